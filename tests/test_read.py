"""Tests for stage 1, read: decoding, layout repair, articles, sentences with offsets, the CLI."""
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from graph.cli import cli
from graph.errors import InputError
from graph.read import (Document, continues, decode, document_to_dict, line_of, paragraph_text, places_in,
                        read_bytes, read_file, read_paths, read_text)
from graph.read.titles import _byline_body
from graph.read.patterns import _DATELINE_RE

NOISE = Path(__file__).resolve().parent / "corpus" / "noise"
GOLD = Path(__file__).resolve().parent / "gold" / "seed" / "000_494ed71236812c41.json"


@pytest.fixture(scope="module")
def seed(seed_path) -> Document:
    return read_file(seed_path)


def _sentence_with(doc: Document, fragment: str):
    hits = [s for s in doc.sentences if fragment in s.text]
    assert len(hits) == 1, (fragment, [s.text for s in hits])
    return hits[0]


ITEM_NUMBER = re.compile(r"(?:\d{1,2}[.．、)）]|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])\s*")


def check_offsets(doc: Document) -> None:
    """Every span slices exactly its text; parts nest in paragraphs and articles."""
    for s in doc.sentences:
        assert doc.text[s.start:s.end] == s.text
        assert s.text and s.text == s.text.strip()
        para = doc.paragraphs[s.paragraph]
        assert para.start <= s.start < s.end <= para.end
        art = doc.articles[s.article]
        assert art.start <= s.start < s.end <= art.end
        assert s.line >= 1 and line_of(doc, s.start) == s.line
    for h in doc.headings:
        assert doc.text[h.start:h.end] == h.text
    for i, p in enumerate(doc.paragraphs):
        assert p.sentences and all(doc.sentences[k].paragraph == i for k in p.sentences)
        first = doc.sentences[p.sentences[0]]  # an item's number (4.) may open the paragraph before it
        assert first.start == p.start or ITEM_NUMBER.fullmatch(doc.text[p.start:first.start])
        assert doc.sentences[p.sentences[-1]].end == p.end
    for a in doc.articles:
        for span in (a.title_span, a.author_span):
            if span:
                assert a.start <= span[0] < span[1] <= a.end
        if a.title_span:
            assert doc.text[slice(*a.title_span)] == a.title
        if a.author_span:
            assert doc.text[slice(*a.author_span)] == a.author
        if a.places:
            assert a.place == a.places[-1]
    starts = [a.start for a in doc.articles]
    assert starts == sorted(starts)


# --- the seed ---------------------------------------------------------------------------------


def test_seed_articles(seed):
    assert [a.place for a in seed.articles] == ["德阳市", "三河市", "蓬莱区"]
    assert [a.places for a in seed.articles] == [("四川省", "德阳市"), ("河北省", "三河市"),
                                                 ("山东省", "烟台市", "蓬莱区")]
    assert [a.author for a in seed.articles] == ["中共德阳市委组织部", "中共三河市委组织部", "中共蓬莱区委组织部"]
    assert seed.articles[0].title == "四川省德阳市：党建强基添动力 治理强效解难题"
    assert seed.encoding == "utf-8"
    check_offsets(seed)


def test_seed_title_is_quotable_and_maps_to_its_line(seed):
    art = seed.articles[0]
    assert seed.text.startswith(art.title)      # the title line is part of the text (gold evidence)
    assert line_of(seed, art.title_span[0]) == 3
    assert line_of(seed, seed.articles[2].author_span[0]) == 59


def test_seed_no_paragraph_or_sentence_twice(seed):
    paras = [re.sub(r"\s", "", paragraph_text(seed, i)) for i in range(len(seed.paragraphs))]
    assert len(paras) == len(set(paras))
    long_sentences = [re.sub(r"\s", "", s.text) for s in seed.sentences if len(s.text) >= 8]
    assert len(long_sentences) == len(set(long_sentences))
    for text in ["健全“家园议事协商”机制。", "激励党员示范当先。", "应是小区治理的题中应有之义。",
                 "位，实行定岗管理；"]:
        assert seed.text.count(text) == 1, text


def test_seed_headings(seed):
    assert [h.text for h in seed.headings] == [
        "坚持系统规范 健全党建引领制度机制", "突出有效管用 深化党建引领小区治理", "加强网格统筹 实现精细治理精准服务",
        "提升服务效能 完善社区综合服务体系", "强化选育力度 加强社区干部队伍建设", "紧扣重点工作 提升行业领域党建质效",
        "聚焦薄弱环节 整合力量补齐治理短板", "筑牢“红色阵地”根基 夯实城市基层党建基础",
        "构建“一核多元”体系 提升城市基层治理效能", "健全“平稳转换”机制 激发基层治理红色动能",
        "聚焦“一社一品”创建 打造社区治理特色品牌", "延伸党建触角 夯实治理根基", "凝聚多元力量 激发治理活力",
        "聚焦民生关切 提升服务实效"]
    assert [seed.articles[h.article].place for h in seed.headings].count("三河市") == 3
    heading_texts = {h.text for h in seed.headings}
    assert not heading_texts & {s.text for s in seed.sentences}
    assert seed.headings[0].line == 9 and seed.headings[-1].line == 91


@pytest.mark.parametrize("joined", [
    "全市社区党组织联合驻区单位，结合实际打造各具特色的“五型”社区品牌。",
    "采取查阅资料、现场检查、问卷调查3种方式，在国有企业、中小学校、公立医院3个领域全面开展",
    "聚力打造居民小区“人间仙境·幸福睦邻”党建品牌，推进组织",
    "小区党建“1+5”制度文件，把党建引领小区治理作为系统工程",
    "从社区工作者、党员网格员、离退休党员、物业服务企业党员 选任101名",
    "为民服务岗位，实行定岗管理；推选123名",
    "逐个小区（网格）配齐配强1名社区工作者",
    "登州街道居佳领海小区实行“党支部先议制度”，凡业委会",
    "让资源下来、服务上去、群众满意，应是小区治理的题中应有之义。",
])
def test_seed_cut_sentences_rejoined(seed, joined):
    sentence = _sentence_with(seed, joined)
    assert not sentence.fragment


def test_seed_cut_sentence_lines(seed):
    s = _sentence_with(seed, "全市社区党组织联合驻区单位")
    assert s.line == 52
    assert line_of(seed, s.start + len("全市社区党组织联合驻区")) == 55
    # the heading inserted in the cut follows the re-joined sentence
    s = _sentence_with(seed, "在国有企业、中小学校、公立医院3个领域")
    heading = next(h for h in seed.headings if h.text.startswith("聚焦薄弱环节"))
    assert s.end < heading.start


@pytest.mark.parametrize("stray, following", [
    ("逐项明确牵头单位、责任单位和完成时限，强化", "实施小区建党组织攻坚行动。"),
    ("开展网格调整“回头看”，对网格设", "规划建设三级社区便民服务中心综合体。"),
    ("全市208个城市社区，阵地面积全部达到", "落实落细上级要求。"),
    ("为主要内容的城", None),
    ("截至目前，全市已建成社", None),
    ("社区党员干部“领单”开展工作，及时解", None),
])
def test_seed_stray_fragments_kept_and_marked(seed, stray, following):
    s = _sentence_with(seed, stray)
    assert s.fragment and s.text.endswith(stray)
    nxt = seed.sentences[seed.sentences.index(s) + 1]
    assert nxt.paragraph != s.paragraph
    if following:
        assert nxt.text == following


def test_seed_fragment_line_before_heading_is_not_a_heading(seed):
    assert "全市社区党组织联合驻区" not in {h.text for h in seed.headings}
    assert seed.text.count("聚焦“一社一品”创建 打造社区治理特色品牌") == 1
    assert seed.text.count("延伸党建触角 夯实治理根基") == 1


def test_seed_print_spaces_kept(seed):
    assert "1名物业管理 员和若干名" in seed.text
    assert "先由党支部 议定方案" in seed.text


def test_seed_semicolons_do_not_end_sentences(seed):
    assert all(not s.text.endswith("；") or s.fragment for s in seed.sentences)


def test_seed_gold_evidence_is_quotable(seed):
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    missing = [r["evidence"] for r in gold["relations"] if r["evidence"] not in seed.text]
    assert missing == []


GOLDS = sorted((Path(__file__).resolve().parent / "gold").glob("*.json"))


@pytest.mark.parametrize("gold_path", GOLDS, ids=[g.stem for g in GOLDS])
def test_corpus_gold_evidence_is_quotable(gold_path, seed_path):
    """Every evidence sentence of the hand-made gold slices out of the repaired text."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    path = next(p for p in (NOISE.parent / gold["document"], seed_path.parent / gold["document"]) if p.exists())
    doc = read_file(path)
    check_offsets(doc)
    assert [r["evidence"] for r in gold["relations"] if r["evidence"] not in doc.text] == []


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16", "utf-8-sig"])
def test_seed_reads_identically_in_other_encodings(seed, seed_path, tmp_path, encoding):
    path = tmp_path / f"seed-{encoding}.txt"
    path.write_bytes(seed_path.read_text(encoding="utf-8").encode(encoding))
    other = read_file(path)
    assert other.encoding == encoding
    assert other.text == seed.text
    assert other.sentences == seed.sentences and other.articles == seed.articles
    assert other.headings == seed.headings and other.paragraphs == seed.paragraphs


def test_seed_with_crlf_and_full_width_indents_reads_identically(seed, seed_path):
    raw = seed_path.read_text(encoding="utf-8")
    noisy = "\r\n".join("\u3000\u3000" + line if "。" in line else line for line in raw.split("\n"))
    other = read_bytes(noisy.encode("utf-8"), "crlf.txt")
    assert other.text == seed.text and other.sentences == seed.sentences


def _print_layout(raw: str, widths, indent: bool, header: str | None, per_page: int) -> str:
    """The seed as a PDF scrape: body lines cut at the given widths (cycled), page numbers,
    an optional running header."""
    lines, k = [], 0
    for line in raw.split("\n"):
        if len(line) <= min(widths) and "。" not in line:
            lines.append(line)
            continue
        pos = 0
        while pos < len(line):
            w = widths[k % len(widths)]
            k += 1
            lines.append(("\u3000\u3000" if indent and pos == 0 else "") + line[pos:pos + w])
            pos += w
    out = []
    for n in range(0, len(lines), per_page):
        out += ([header] if header else []) + lines[n:n + per_page] + ["", f"- {n // per_page + 1} -", ""]
    return "\n".join(out)


@pytest.mark.parametrize("widths, indent, header", [
    ((30,), True, None), ((36,), False, None), ((40,), True, "某某党建　2024年第3期"),
    ((26, 33, 38, 29, 40, 31), True, None), ((26, 33, 38, 29, 40, 31), False, "某某党建　2024年第3期"),
    ((35, 27, 39, 30), True, "某某党建　2024年第3期"), ((35, 27, 39, 30), False, None),
])
def test_seed_printed_with_hard_wraps_reads_back(seed, seed_path, widths, indent, header):
    """Hard-wrapped at fixed or ragged widths, with or without indents: same sentences and headings."""
    raw = seed_path.read_text(encoding="utf-8")
    doc = read_text(_print_layout(raw, widths, indent, header, per_page=30))
    check_offsets(doc)

    def keys(d):
        return [re.sub(r"\s", "", s.text) for s in d.sentences]   # a space at a cut may go

    assert keys(doc) == keys(seed)
    assert [h.text for h in doc.headings] == [h.text for h in seed.headings]
    assert [(a.place, a.author) for a in doc.articles] == [(a.place, a.author) for a in seed.articles]


@pytest.mark.parametrize("indent", [True, False])
def test_running_header_without_page_numbers_is_dropped(seed, seed_path, indent):
    text = _print_layout(seed_path.read_text(encoding="utf-8"), (30, 36, 33), indent, "党建研究　2024年第5期", 25)
    doc = read_text(re.sub(r"(?m)^- \d+ -$", "", text))
    assert "党建研究" not in doc.text
    assert [re.sub(r"\s", "", s.text) for s in doc.sentences] == [re.sub(r"\s", "", s.text) for s in seed.sentences]
    assert [h.text for h in doc.headings] == [h.text for h in seed.headings]


def _random_print(raw: str, rnd) -> str:
    """The seed re-printed with a random PDF layout: wrap widths, indents, header, footer style."""
    lo = rnd.randint(22, 34)
    widths = [rnd.randint(lo, lo + rnd.randint(0, 10)) for _ in range(50)]
    header = rnd.choice([None, "某某党建　2024年第3期", "党建工作简报"])
    text = _print_layout(raw, widths, rnd.random() < 0.5, header, per_page=rnd.randint(18, 40))
    footer = rnd.choice(["第{}页", "{}", "— {} —", "- {} -"])
    return re.sub(r"(?m)^- (\d+) -$", lambda m: footer.format(m.group(1)), text)


@pytest.mark.parametrize("layout_seed", range(12))
def test_seed_in_random_print_layouts_reads_back(seed, seed_path, layout_seed):
    import random
    doc = read_text(_random_print(seed_path.read_text(encoding="utf-8"), random.Random(layout_seed)))
    check_offsets(doc)
    assert [re.sub(r"\s", "", s.text) for s in doc.sentences] == [re.sub(r"\s", "", s.text) for s in seed.sentences]
    assert [h.text for h in doc.headings] == [h.text for h in seed.headings]


# --- own noisy documents -----------------------------------------------------------------------

QINGLAN_PARAGRAPHS = [
    "青岚市坚持把党建引领城市基层治理作为“一把手”工程，围绕“组织共建、资源共享、治理共抓”思路，推动党的组织和工作"
    "有效覆盖城市小区，基层治理体系不断完善。",
    "健全小区组织体系。全市612个住宅小区全部建立党组织，组建楼栋党小组1380个，推行“街道党工委—社区党委—小区党支部"
    "—楼栋党小组”四级架构，实现党的工作有效覆盖。",
    "推行交叉任职机制。推动社区“两委”成员通过法定程序兼任业委会成员，全市共有356名社区“两委”成员在业委会任职，218名"
    "物业服务企业负责人担任社区党组织兼职委员。",
    "深化“双报到”制度。组织全市427个机关企事业单位党组织和9800余名在职党员到社区报到，认领服务项目1260个，与社区结对"
    "共建，推动资源下沉、力量下沉。",
    "健全“红色物业”联席会议制度。由社区党组织牵头，每月召集业委会、物业服务企业、驻区单位召开联席会议，协调解决停车难、"
    "漏水等问题312件。",
    "建设小区党群服务站。利用物业用房、闲置用房等资源建成小区党群服务站186处，配备专职网格员和志愿服务队，为居民提供代办"
    "代缴、助老助餐等服务。",
    "下一步，青岚市将持续深化党建引领基层治理，推动小区治理提质增效。",
]


def test_wrapped_paged_gb18030_document():
    """Hard wrapping at 32 columns, page numbers, a running header, CRLF, full-width indents."""
    path = NOISE / "qinglan_wrapped_gb18030.txt"
    doc = read_file(path)
    check_offsets(doc)
    assert doc.encoding == "gb18030"
    [art] = doc.articles
    assert (art.title, art.author, art.place, art.places) == (
        "江西省青岚市：党建引领聚合力 小区治理见实效", "中共青岚市委组织部", "青岚市", ("江西省", "青岚市"))
    assert [paragraph_text(doc, i) for i in range(len(doc.paragraphs))] == QINGLAN_PARAGRAPHS
    assert [h.text for h in doc.headings] == [
        "夯实组织基础 织密小区组织体系", "整合多方力量 激发共建共治活力", "聚焦群众需求 提升为民服务水平"]
    assert "简报" not in doc.text and not re.search(r"- \d+ -", doc.text)
    assert not any(s.fragment for s in doc.sentences)
    # sentences map back to the file line they start on
    raw_lines = path.read_bytes().decode("gb18030").split("\r\n")
    for s in doc.sentences:
        assert s.text[:6] in raw_lines[s.line - 1].replace("\f", "")


def test_utf16_document_with_two_articles_and_page_numbers():
    doc = read_file(NOISE / "fenglin_yunling_utf16.txt")
    check_offsets(doc)
    assert doc.encoding == "utf-16"
    note, fenglin, yunling = doc.articles
    assert note.title is None and note.author is None and note.place is None
    assert doc.text.startswith("编者按：")
    assert fenglin.title == "党建引领\u3000激活社区治理“一池春水”"       # full-width space kept
    assert (fenglin.author, fenglin.place, fenglin.places) == (
        "中共临溪县枫林街道工作委员会", "枫林街道", ("临溪县", "枫林街道"))
    assert (yunling.place, yunling.places, yunling.author) == (
        "云岭区", ("甘肃省", "丰源市", "云岭区"), "中共云岭区委组织部")
    assert [(h.text, h.article) for h in doc.headings] == [
        ("一、建强组织体系", 1), ("二、完善共治机制", 1), ("三、提升服务效能", 1)]
    for joined in ["吸纳辖区23家驻区单位参与，", "由业委会、居民代表每季度对物业服务企业进行评分，",
                   "由小区党支部书记担任召集人，物业服务企业、业委会负责人和居民代表共同参与，"]:
        assert not _sentence_with(doc, joined).fragment
    assert _sentence_with(doc, "枫林街道还将探索").fragment
    assert _sentence_with(doc, "全区已建成“红色驿站”").fragment
    assert _sentence_with(doc, "云岭区建立小区治理积分制度").article == 2
    assert doc.text.count("推行“四议两公开”协商机制。") == 1
    assert "第2页" not in doc.text and "— 3 —" not in doc.text


def test_double_spaced_wrap_with_title_as_running_header():
    doc = read_file(NOISE / "shazhou_double_spaced_bom.txt")
    check_offsets(doc)
    assert doc.encoding == "utf-8-sig"
    [art] = doc.articles
    assert (art.author, art.place, art.places) == ("中共沙洲区委组织部", "沙洲区", ("湖北省", "江城市", "沙洲区"))
    assert doc.text.count("“红色管家”激活小区治理末梢") == 1 and "页" not in doc.text
    assert [h.text for h in doc.headings] == ["建强红色引擎", "做实为民服务"]
    assert len(doc.paragraphs) == 3
    s = _sentence_with(doc, "区直部门和街道执法力量30分钟内响应")     # cut by a page break
    assert s.line == 23 and line_of(doc, doc.text.index("门和街道执法", s.start)) == 29
    assert not any(s.fragment for s in doc.sentences)


def test_cr_gbk_glued_paragraphs_and_byline_with_writer():
    doc = read_file(NOISE / "shawan_gbk_cr.txt")
    check_offsets(doc)
    assert doc.encoding in ("gb18030", "gbk")
    [art] = doc.articles
    assert (art.title, art.author, art.place) == ("沙湾社区的“板凳会”", "中共河口县委组织部", "河口县")
    assert [paragraph_text(doc, i)[:8] for i in range(len(doc.paragraphs))] == [
        "近日，河口县沙湾", "推行“板凳议事”", "沙湾社区党委书记"]
    assert _sentence_with(doc, "办结率达到").fragment          # a named community opens the next one
    assert [s.line for s in doc.sentences] == [5, 5, 5, 7]


def test_ragged_unindented_wrap_with_heading_inside_a_paragraph():
    """Lines cut at 26-40 characters, no indents, journal header and 第n页 footers."""
    doc = read_file(NOISE / "rongchuan_ragged.txt")
    check_offsets(doc)
    assert [a.place for a in doc.articles] == ["榕川市"]
    assert [h.text for h in doc.headings] == ["建强阵地 搭好议事平台", "规范程序 议出治理实效"]
    assert [paragraph_text(doc, i) for i in range(len(doc.paragraphs))] == [
        "榕川市坚持党建引领小区治理，在全市建成“红色议事厅”214个，推动小区大事小情由居民协商解决，小区治理难题化解率达到91%。",
        "建强议事阵地。利用小区物业用房、闲置架空层等场所建设议事厅，统一配备议事桌椅和公示栏，做到有场所、有制度、有台账。",
        "规范议事程序。按照“居民提事、支部定事、多方议事、公开晒事”流程，由小区党支部召集业委会、物业服务企业和居民代表共同议事，"
        "议定事项在小区公示栏公开。",
        "榕川市东湖街道春晖小区党支部通过议事厅协调解决加装电梯问题，12部电梯已投入使用。",
    ]
    assert "通讯" not in doc.text and "页" not in doc.text


def test_an_indented_numbered_heading_in_a_narrow_wrapped_column_is_a_heading():
    """Print wrapped at about 30 characters: an indented 一、… line short of the column is a heading,
    and the indented line after it opens the section's first paragraph."""
    text = ("青石县党建引领物业管理工作经验材料\n\n"
            "　　物业管理连着千家万户，是城市基层治理的“最后一公里”。\n"
            "近年来，青石县紧盯城市社区治理痛点难点问题，以县城所在地\n"
            "桂香镇为主阵地，积极发挥党建引领作用，推动基层党建、社区\n"
            "治理与物业管理融合共进，党的组织和工作覆盖面持续扩大。\n\n"
            "　　一、典型引路：东大社区的实践\n"
            "　　桂香镇东大社区成立于2004年，位于桂香镇中心地域，辖区面\n"
            "积约1.08平方公里，总户数约4331户，居民多为老职工家庭。\n"
            "东大社区党总支下设5个小区党支部，推动小区党支部与业委会双\n"
            "向进入、交叉任职，小区业委会成员中党员占比达到百分之六十。\n")
    doc = read_text(text, "x.txt")
    assert [h.text for h in doc.headings] == ["一、典型引路：东大社区的实践"]
    assert paragraph_text(doc, 1).startswith("桂香镇东大社区成立于2004年")


def test_ascii_full_stops_after_chinese_end_sentences_but_decimals_do_not():
    doc = read_text("某某市：标题\n推动落实.建立1.5万个机制.加强“红色物业”.\n完成率达98.5%.")
    assert [s.text for s in doc.sentences] == ["推动落实.", "建立1.5万个机制.", "加强“红色物业”.", "完成率达98.5%."]
    assert doc.headings == [] and not any(s.fragment for s in doc.sentences)


@pytest.mark.parametrize("text, expected", [
    ("■中共甲乙市委组织部\n某省甲乙市：标题甲\n正文一句。",                       # byline printed first
     [("某省甲乙市：标题甲", "中共甲乙市委组织部", "甲乙市")]),
    ("某省甲乙市：标题甲\n正文一句。\n（中共甲乙市委组织部）\n某省丙丁市：标题乙\n■中共丙丁市委组织部\n正文二句。",
     [("某省甲乙市：标题甲", "中共甲乙市委组织部", "甲乙市"), ("某省丙丁市：标题乙", "中共丙丁市委组织部", "丙丁市")]),
    ("某省甲乙市：标题甲\n■中共某省委组织部\n正文一句。\n某省丙丁市：标题乙\n■中共某省委组织部\n正文二句。",  # one author
     [("某省甲乙市：标题甲", "中共某省委组织部", "甲乙市"), ("某省丙丁市：标题乙", "中共某省委组织部", "丙丁市")]),
    ("某省甲乙市：标题甲\n■中共甲乙市委组织部\n正文一句。\n某省甲乙市：标题甲\n■中共甲乙市委组织部\n正文一句。",
     [("某省甲乙市：标题甲", "中共甲乙市委组织部", "甲乙市")]),                  # an article printed twice
])
def test_bylines_before_after_and_shared(text, expected):
    doc = read_text(text)
    check_offsets(doc)
    assert [(a.title, a.author, a.place) for a in doc.articles] == expected


def test_title_with_bare_place_stems_takes_places_from_the_article():
    doc = read_text("西海青城：党建“红线”串起幸福圈\n\n本报讯（记者 某某）这是西海省青城市的做法。青城市推动小区建立党组织。")
    [art] = doc.articles
    assert (art.title, art.place, art.places) == ("西海青城：党建“红线”串起幸福圈", "青城市", ("西海省", "青城市"))
    assert doc.sentences[0].text.startswith("本报讯")          # the title is not run into the first sentence
    other = read_text("某省某某市：标题\n正文一句。\n主要做法：强化组织领导\n推动落实见效，取得成效。")
    assert len(other.articles) == 1                          # no place stems: not a title


def test_title_stems_may_name_a_new_district_and_a_compound():
    doc = read_text("青城浦江青禾·嘉博名邸：业委会辞职之后\n\n这是青城市浦江新区青禾·嘉博名邸小区的事。")
    [art] = doc.articles
    assert art.places == ("青城市", "浦江新区", "青禾·嘉博名邸小区") and art.place == "青禾·嘉博名邸小区"


def test_first_line_without_place_is_the_title():
    doc = read_text("社区微治理的“红色密码”\n\n　　近年来，某某区推动党组织覆盖小区。\n建强组织。推动落实。")
    [art] = doc.articles
    assert (art.title, art.place, art.author) == ("社区微治理的“红色密码”", None, None)
    assert doc.headings == [] and len(doc.sentences) == 3



def test_first_line_headline_with_a_colon_is_the_title():
    doc = read_text("青城市某某街道推进“红色物业”：把党组织建到物业一线\n\n某某网记者 张三 文/图\n\n"
                    "某某网讯 5月31日，街道召开推进会。")
    [art] = doc.articles
    assert (art.title, art.place) == ("青城市某某街道推进“红色物业”：把党组织建到物业一线", "某某街道")


WEB_PAGE = ("某某组工网\n首页 | 组工要闻 | 基层党建 | 干部工作 | 专题专栏\n当前位置：首页 > 基层党建\n\n"
            "青州荔湾：党建引领老旧小区由乱转治\n时间：2026-01-28 10:29:15　来源：某某日报客户端　【字体：大 中 小】\n"
            "分享到：微信 微博 QQ空间\n\n清晨，小区里的党员志愿者正擦拭楼道扶手。\n\n"
            "支部建起来，乱小区有序了\n青禾小区建成于上世纪80年代，公共区域权属模糊，长期无人管理，居民意见很大，多次反映也没有结果。\n\n"
            "责任编辑：陈某\n【打印本页】　【关闭窗口】\n\n相关新闻\n· 市住建局到某某小区调研物业服务工作\n"
            "· 某某区物业服务行业党委召开季度工作会议\n\n主办：中共某某省委组织部　版权所有　某ICP备05000000号")


def test_a_web_pages_furniture_is_dropped():
    doc = read_text(WEB_PAGE)
    text = doc.text
    for furniture in ("首页", "当前位置", "分享到", "责任编辑", "打印本页", "相关新闻", "季度工作会议", "版权所有", "来源："):
        assert furniture not in [s.text for s in doc.sentences] and not any(furniture in s.text for s in doc.sentences), furniture
    assert "青禾小区建成于上世纪80年代" in text
    doc = read_text(WEB_PAGE.replace("相关新闻\n", "相关新闻：\n"))  # the list's header with a colon
    assert not any("季度工作会议" in s.text for s in doc.sentences)


PORTAL_PAGE = ("某某新闻网 | 数字报 | 某某日报 | 某某晨刊\n今日 | 首页 - 在线投稿 - 往期报纸 - 常见问题\n文章搜索：   [搜索]\n"
               "您当前的位置：首页 > 某某晨刊 > A06版\n上一期  下一期  |  上一篇  下一篇  |  返回目录\n"
               "新闻 体育 娱乐 财经 汽车 科技 旅游 房产\n搜索  登录  注册  手机版\n字号：大 中 小\n网站访问人数：127952\n\n"
               "青石街道推动“红色物业”建设\n\n青石街道青禾社区党委与桂香物业公司签订共建协议。\n")


def test_a_table_row_written_with_bars_is_text_not_a_menu():
    doc = read_text("青禾社区结对共建台账\n\n说明如下。\n\n序号1｜社区：青禾社区｜共建单位：柳岸街道办事处｜共建项目：加装电梯政策解读。\n"
                    "首页｜新闻｜政务｜服务｜互动\n")
    assert any("共建单位：柳岸街道办事处" in s.text for s in doc.sentences)
    assert not any("政务" in s.text for s in doc.sentences)  # a menu bar of short items goes


def test_a_portals_menus_search_and_counters_are_dropped():
    doc = read_text(PORTAL_PAGE)
    assert doc.articles[0].title == "青石街道推动“红色物业”建设"
    for furniture in ("首页", "搜索", "上一篇", "体育", "登录", "字号", "访问人数"):
        assert not any(furniture in s.text for s in doc.sentences), furniture


WECHAT_PAGE = ("点击上方蓝字 关注我们\n\n桂香街道｜“同心圆”越画越大！党建联盟聚合力\n\n桂香发布 2026-07-18 17:30\n\n"
               "桂香街道下辖12个社区，常住人口8.3万。\n▲图片\n桂香社区党委与3家单位签订共建协议。\n"
               "▲“同心圆”党建联盟启动仪式现场\n\n- END -\n\n长按识别二维码 关注我们\n\n分享 点赞 在看\n阅读原文\n")


def test_a_wechat_articles_furniture_and_captions_are_dropped():
    doc = read_text(WECHAT_PAGE)
    for furniture in ("关注我们", "▲", "END", "二维码", "点赞", "阅读原文"):
        assert not any(furniture in s.text for s in doc.sentences), furniture
    assert len(doc.articles) == 1 and doc.articles[0].place == "桂香街道"  # a title's place before ｜
    assert any(s.text.startswith("桂香社区党委与3家单位") for s in doc.sentences)


NEWS_APP_PAGE = ("青石街道：党建联盟聚合力\n\n2026-05-06 09:12:31 来源：桂香新闻客户端 作者：王青\n\n"
                 "青石街道党工委与5家单位签订共建协议。\n\n图片\n（图为签约现场）\n\n"
                 "青禾社区党委组建“红色物业”联盟。\n\n责任编辑：李某\n相关阅读：\n青石街道召开推进会\n桂香区物业服务提质行动启动\n"
                 "点赞（23）  评论（5）\n")


def test_a_news_apps_captions_counters_related_titles_and_dateline_are_dropped():
    doc = read_text(NEWS_APP_PAGE)
    assert [s.text for s in doc.sentences] == ["青石街道党工委与5家单位签订共建协议。", "青禾社区党委组建“红色物业”联盟。"]
    assert doc.headings == []


def test_a_title_after_a_blank_line_ends_a_related_news_list():
    doc = read_text("青石街道推动治理\n\n青石街道党工委与5家单位签订共建协议。\n\n相关链接：\n· 桂香街道召开推进会\n\n"
                    "桂香区财政局开展志愿服务\n\n桂香区财政局党支部与青禾社区党委结对共建。\n")
    assert "桂香区财政局开展志愿服务" in [h.text for h in doc.headings] + [a.title for a in doc.articles]
    assert not any("推进会" in s.text for s in doc.sentences)


def test_a_date_and_time_before_a_source_field_is_a_dateline():
    assert _byline_body("2026-05-06 09:12 来源：青石区委组织部 编辑：王青") == "青石区委组织部"
    assert not _DATELINE_RE.match("2026-05-06 09:12　青石区融媒体中心")  # no field after the date and time


def test_a_subtitle_of_two_short_phrases_is_a_heading():
    doc = read_text(WEB_PAGE)
    assert "支部建起来，乱小区有序了" in [h.text for h in doc.headings]
    assert any(s.text.startswith("青禾小区建成于") for s in doc.sentences)


def test_a_short_line_of_two_phrases_joined_by_a_colon_heads_its_paragraph():
    doc = read_text("桂香街道：一纸协议聚合力\n\n■桂香街道党工委\n\n会上，桂香街道党工委与四家单位签订协议。\n\n"
                    "银行：金融服务送上门\n青石银行将与街道共建“金融便民驿站”。\n")
    assert "银行：金融服务送上门" in [h.text for h in doc.headings]
    assert any(s.text.startswith("青石银行将与街道共建") for s in doc.sentences)


def test_a_source_line_is_no_sentence_and_the_line_before_it_is_the_title():
    doc = read_text("青石花园：业委会集体辞职之后，党总支顶了上去\n\n来源：社区广角　撰稿：张三\n\n"
                    "去年，青石花园业委会集体辞职。")
    [art] = doc.articles
    assert (art.title, art.author) == ("青石花园：业委会集体辞职之后，党总支顶了上去", None)
    assert [s.text for s in doc.sentences] == ["去年，青石花园业委会集体辞职。"]


def test_a_dash_subtitle_makes_the_line_above_the_title_and_names_the_place():
    doc = read_text("·32·\n经验交流                              城市基层党建\n以物业党建联建破解小区治理难题\n"
                    "——江东省青石市党建引领小区协同治理的实践\n物业矛盾纠纷多。青石市出台指导意见。")
    titled = [a for a in doc.articles if a.title]
    assert [(a.title, a.place) for a in titled] == [("以物业党建联建破解小区治理难题", "青石市")]


def test_a_body_named_with_its_places_under_a_title_and_subtitle_signs_the_article():
    # 标题 / ——在某会上的交流发言 / 某市某区某街道党工委: a speech's signature line, the place its "we" speak for
    doc = read_text("力量沉下去 资源通起来\n——在全市党建引领基层治理工作推进会上的交流发言\n\n"
                    "青川市青石区柳岸街道党工委\n\n尊敬的各位领导：\n\n我们构建四级联动体系。\n")
    assert doc.articles[0].author == "青川市青石区柳岸街道党工委"
    assert doc.articles[0].place == "柳岸街道"
    body = read_text("一、基本情况\n\n柳岸街道党工委\n\n辖区有社区12个。\n")  # no title above: a body line
    assert body.articles[0].author is None


def test_a_source_line_naming_an_office_is_its_byline():
    doc = read_text("某某街道推动治理\n\n来源：某某街道办事处　　发布时间：2024-11-18\n\n某某街道推动落实。")
    assert doc.articles[0].author == "某某街道办事处"


@pytest.mark.parametrize("line, body", [
    ("中共青川市青石区委副书记", "中共青川市青石区委"),   # a speech's byline: the speaker's post in a body
    ("青川市委书记 张青", "青川市委"),
    ("社区党委书记", None),                             # a post in a body of no named place
])
def test_a_speakers_post_names_the_byline_body(line, body):
    assert _byline_body(line) == body


def test_a_speech_takes_its_place_from_the_speakers_byline():
    doc = read_text("在全区党建引领基层治理推进会上的讲话\n\n中共青川市青石区委副书记\n\n同志们：\n\n全区推行“三方议事”。", "t")
    assert (doc.articles[0].author, doc.articles[0].place) == ("中共青川市青石区委", "青石区")


def test_a_title_opening_with_the_partys_name_names_its_place():
    doc = read_text("中国共产党青川市青石区物业行业委员会党员大会召开\n\n7月18日上午，大会召开。", "t")
    assert doc.articles[0].place == "青石区"


def test_a_title_of_parts_names_the_place_of_a_later_part():
    doc = read_text("《柳岸面对面》访谈实录｜江东省青川市青石街道青禾社区：共建连心桥\n\n主持人：欢迎收看。", "t")
    assert doc.articles[0].place == "青禾社区"


def test_a_study_titled_with_its_case_names_the_cases_place():
    doc = read_text("高密度小区的党建引领与“柳岸协商”——基于江东省青川市青石区柳岸街道青禾社区的调研\n\n（课题组）\n\n"
                    "【摘要】本文以青禾社区为研究对象。", "t")
    assert doc.articles[0].place == "柳岸街道"


def test_a_byline_of_two_issuing_bodies_names_the_first():
    doc = read_text("关于命名示范小区的通报\n\n中共青川市青石区委组织部　青川市青石区住房和建设局\n\n各街道：现将结果通报如下。", "t")
    assert (doc.articles[0].author, doc.articles[0].place) == ("中共青川市青石区委组织部", "青石区")


def test_a_numbered_item_after_a_bracketed_note_starts_its_own_paragraph():
    # a plan's items end in （责任单位：…） after the sentence's full stop; the next item is no continuation
    items = "\n".join(f"{n}.完善组织架构。健全三级组织架构，{'把党的组织延伸到楼栋单元，' * n}推动小区党支部规范运行。"
                      f"（责任单位：县委组织部，各乡镇党委）" for n in range(1, 6))
    doc = read_text("青川县工作方案\n\n" + items + "\n", "t")
    assert "2.完善组织架构。" in [doc.text[s.start - 2:s.end] for s in doc.sentences]


def test_read_text_helper_and_byline_forms():
    doc = read_text("■中共某某县某某街道工作委员会\n党建引领见实效。推动组织覆盖。", "t")
    assert (doc.articles[0].author, doc.articles[0].place) == ("中共某某县某某街道工作委员会", "某某街道")
    assert [s.text for s in doc.sentences] == ["党建引领见实效。", "推动组织覆盖。"]


@pytest.mark.parametrize("name, chain", [
    ("广西壮族自治区某某市：标题", ("广西壮族自治区", "某某市")),
    ("某某省某某朝鲜族自治州某某县：标题", ("某某省", "某某朝鲜族自治州", "某某县")),
    ("【某某市】标题", ("某某市",)),
    ("■中共某沙市区委组织部", ("某沙市区",)),
    ("中共某某旗委组织部", ("某某旗",)),
    ("一篇没有地名的标题", ()),
    ("江东省青州工业园区：标题", ("江东省", "青州工业园区")),   # a zone's ending is no place of its own
    ("在全市党建引领基层治理工作推进会议上的讲话", ()),   # a speech's title: 在全市 is no place
    ("在全区物业管理工作会议上的讲话（摘要）", ()),
    ("青州市镇禾区：标题", ("青州市", "镇禾区")),   # a suffix character may open the next name
    ("青石县新市镇：标题", ("青石县", "新市镇")),   # … not one that leaves a one-character name
])
def test_places_by_suffix_rules(name, chain):
    assert places_in(name) == chain


def _admin_endings():
    from graph.vocab import load
    v = load()
    weak = set(v.cues["weak_place_endings"])
    return sorted(s for s, lv in v.place_suffixes.items()
                  if lv in ("province", "city", "district", "street") and s not in weak)


@pytest.mark.parametrize("ending", _admin_endings())
def test_the_reader_reads_every_administrative_ending_of_the_ontology(ending):
    """One suffix grammar: a title opens with a place by any ending the ontology gives an
    administrative level (苏木, 民族乡 as well as 省, 市, 街道), except the weak ones (某某街)."""
    assert places_in(f"甲乙{ending}：某某标题") == (f"甲乙{ending}",)


def test_a_weak_ending_opens_no_title_place():
    assert places_in("甲乙街：某某标题") == ()


def test_a_department_after_a_title_place_is_no_place_of_the_article():
    doc = read_text("青石县住房和城乡建设局2022年度物业行业党建工作总结\n\n一是建强行业党组织。\n", "x.txt")
    assert doc.articles[0].place == "青石县"  # not 住房和城乡: two words joined by 和


def test_a_byline_under_a_title_and_its_subtitle_opens_no_new_article():
    text = ("江东省临江市青石街道：党建引领让弃管小区变成齐管小区\n——访青石街道党工委书记\n\n■本报记者\n\n"
            "青石街道辖区内老旧小区多。\n\n记者：小区一再被弃管，街道是怎么破题的？\n")
    doc = read_text(text, "x.txt")
    assert len(doc.articles) == 1 and doc.articles[0].place == "青石街道"


def test_join_rules():
    assert continues("组织推动", "落实，")                         # very short first clause
    assert not continues("加强统筹", "一是完善网格。二是强化力量。")  # an opener
    assert not continues("推动落实", "近年来，某某区持续发力。")
    assert continues("在某地建成“", "红色驿站”12个。")                 # open quote


def test_hard_wrap_is_not_guessed_in_unwrapped_text():
    text = "\n".join(["某某市：标题"] + [f"第{i}项工作取得成效，完成任务{i * 7}项，群众满意度" + "持续" * (i % 9) + "提升。"
                                     for i in range(12)])
    doc = read_text(text)
    assert len(doc.paragraphs) == 12


# --- bad input ------------------------------------------------------------------------------------


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"  \r\n\n\t \xe3\x80\x80\n", "empty"),
    (b"\xef\xbb\xbf", "empty"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
    (bytes(range(128, 256)) * 8, "undecodable"),
    (b"abc\x00\x01\x02\x03" * 200, "binary"),
])
def test_bad_bytes_give_input_error(tmp_path, data, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as exc:
        read_file(path)
    assert reason in str(exc.value) and str(path) in str(exc.value)


def test_missing_file_and_directory_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_file(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_file(tmp_path)
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "notes.json").write_text("{}")
    err, refused = list(read_paths([tmp_path]))
    assert isinstance(refused, InputError) and "image.png" in str(refused) and "PNG image" in str(refused)
    assert isinstance(err, InputError) and "no reports" in str(err) and str(tmp_path) in str(err)


def test_mixed_directory_reads_good_files_and_reports_bad(tmp_path, seed_path):
    (tmp_path / "b_seed.txt").write_bytes(seed_path.read_bytes())
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "c_photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "d.md").write_text("某某市：标题\n正文一句。", encoding="gb18030")
    (sub / "ignored.json").write_text("{}")
    results = list(read_paths([tmp_path]))
    assert [type(r).__name__ for r in results] == ["InputError", "Document", "InputError", "Document"]
    assert "a_empty.txt" in str(results[0]) and "c_photo.txt" in str(results[2])
    assert results[3].articles[0].place == "某某市"


def test_large_file_is_read_correctly(tmp_path, seed_path):
    """A 50 MB file: the seed repeated; every repeat is dropped, leaving the seed's document."""
    data = seed_path.read_bytes()
    path = tmp_path / "big.txt"
    path.write_bytes(data * (50 * 2**20 // len(data) + 1))
    assert path.stat().st_size > 50 * 2**20
    big = read_file(path)
    assert big.text == read_bytes(data, "seed").text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list("党建引领社区小区省市区县街道：■中共委组织部。，、；！？“”（）\n \u3000\r12"))
               | st.characters(), max_size=300))
def test_any_text_reads_or_fails_cleanly(text):
    try:
        doc = read_text(text, "h")
    except InputError:
        return
    check_offsets(doc)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
@example(b"0.\r!")  # an item's number alone on its line: the sentence opens on the next line (found by this test)
def test_any_bytes_read_or_fail_cleanly(data):
    try:
        doc = read_bytes(data, "h.txt")
    except InputError:
        return
    check_offsets(doc)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([
    "四川省某某市：党建强基 治理强效", "■中共某某市委组织部", "", "加强统筹 实现精细治理",
    "健全组织领导机制。全面落实主任要求，建立联席会议制度。", "全市社区党组织联合驻区", "单位，结合实际打造品牌。",
    "在国有企业、中小学校、", "推动各类网格整合。开展网格调整，对网格设", "- 3 -", "第4页", "某某简报",
    "实施攻坚行动。采取单独建的方式。", "某某区建立机制，应对风险。", "\f",
]), max_size=40))
def test_any_genre_layout_reads_with_exact_offsets(lines):
    text = "\n".join(lines)
    try:
        doc = read_text(text, "h")
    except InputError:
        return
    check_offsets(doc)
    paras = [re.sub(r"\s", "", paragraph_text(doc, i)) for i in range(len(doc.paragraphs))]
    assert len(paras) == len(set(paras))


# --- the command line ----------------------------------------------------------------------------


def test_cli_read_text(seed_path):
    result = CliRunner().invoke(cli, ["read", str(seed_path)])
    assert result.exit_code == 0, result.output
    assert "place:  蓬莱区  (山东省 > 烟台市 > 蓬莱区)" in result.output
    assert "author: 中共三河市委组织部" in result.output
    assert "# " in result.output and "(fragment)" in result.output
    assert re.search(r"\d+-\d+ L52  全市社区党组织联合驻区单位，", result.output)


def test_cli_read_json_keeps_chinese(seed_path):
    result = CliRunner().invoke(cli, ["read", str(seed_path), "--format", "json"])
    assert result.exit_code == 0
    assert "德阳市" in result.output and "\\u" not in result.output
    [doc] = json.loads(result.output)
    assert [a["place"] for a in doc["articles"]] == ["德阳市", "三河市", "蓬莱区"]
    s = doc["sentences"][5]
    assert doc["text"][s["start"]:s["end"]] == s["text"]
    assert doc == json.loads(json.dumps(document_to_dict(read_file(seed_path)), ensure_ascii=False))


def test_cli_read_mixed_inputs_exit_1(tmp_path, seed_path):
    (tmp_path / "good.txt").write_bytes(seed_path.read_bytes())
    (tmp_path / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(cli, ["read", str(tmp_path), str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert "德阳市" in result.stdout
    err_lines = result.stderr.strip().splitlines()
    assert len(err_lines) == 3
    assert err_lines[0].startswith(str(tmp_path / "bad.txt") + ": binary file (PNG image)")
    assert err_lines[1].startswith(str(tmp_path / "empty.txt") + ": empty")
    assert "missing.txt: no such file" in err_lines[2]
    assert "Traceback" not in result.output


def test_cli_read_help_has_example():
    result = CliRunner().invoke(cli, ["read", "--help"])
    assert result.exit_code == 0 and "govgraph read seeds/" in result.output


def test_decode_prefers_gb18030_for_short_chinese():
    text = "四川省某某市：党建强基添动力\n■中共某某市委组织部\n健全组织领导机制。"
    assert decode(text.encode("gb18030")) == (text, "gb18030")


def test_a_report_titled_with_guanyu_is_about_the_place_after_it():
    doc = read_text("关于青禾省青石县城市基层党建工作的调研报告\n\n为摸清全县情况，开展调研。\n", "r.txt")
    assert doc.articles[0].place == "青石县"
    doc = read_text("关于进一步加强物业管理的通知\n\n为摸清情况，开展调研。\n", "r.txt")
    assert doc.articles[0].place is None


def test_a_wechat_header_line_with_its_time_is_no_title():
    text = ("青川县：小区党支部建到家门口\n\n原创 青川发布 2026-05-06 09:12 发表于江东\n\n点击蓝字 关注我们\n\n"
            "■中共青川县委组织部\n\n青川县在全县推进小区党支部建设。柳岸社区党委指导桂香小区成立党支部。\n")
    doc = read_text(text)
    assert len(doc.articles) == 1 and doc.articles[0].title == "青川县：小区党支部建到家门口"
    assert "发表于" not in doc.text


def test_a_dateline_between_the_title_and_the_byline_keeps_one_article():
    text = ("柳岸街道：共建单位认领微项目\n\n发布时间：2026-05-06 来源：青川网 字号：大 中 小\n\n"
            "■中共青川县柳岸街道工作委员会\n\n柳岸街道组织辖区单位认领微项目。\n\n"
            "桂香社区党委与青石银行签订共建协议。\n")
    doc = read_text(text)
    assert len(doc.articles) == 1
    assert doc.articles[0].title == "柳岸街道：共建单位认领微项目"
    assert doc.articles[0].author == "中共青川县柳岸街道工作委员会"


def test_a_source_line_at_the_very_end_belongs_to_the_article():
    text = ("柳岸街道：共建单位认领微项目\n\n来源：青川融媒体中心\n\n柳岸街道组织辖区单位认领微项目。\n\n"
            "桂香社区党委与青石银行签订共建协议。\n\n来源：青川发布\n")
    assert len(read_text(text).articles) == 1


WRAPPED = ("青川县柳岸街道：楼院治理的几点做法\n■中共青川县委组织部\n"
           "　　柳岸街道坚持把党组织建到楼院，推动驻区单位与社区结对共建，形成楼院\n"
           "治理合力。桂香社区党委下设网格党支部6个，覆盖辖区全部楼院，每个网格由社\n"
           "区“两委”成员兼任网格党支部书记。桂香社区党委与青石供电公司党支部签订共\n"
           "建协议，青石供电公司选派2名党员电工进驻网格，定期排查楼院用电隐患，\n"
           "\n— 2 —\n\n青川县党建引领基层治理经验汇编\n\n"
           "帮助居民解决用电难题。\n"
           "供电公司：电力网格守平安\n"
           "　　青石供电公司党支部与桂香社区党委联合开展“电力进楼院”活动，每月走访\n"
           "困难家庭一次，已为居民更换老化线路120米，维修楼道灯具36盏，受到居民好评。\n"
           "【桂香社区】桂香社区辖区面积0.8平方公里，有驻区单位12家，单位宿舍区\n"
           "和居民楼院23个。桂香社区党委聘请驻区单位党组织负责人担任兼职委员。\n")


def test_a_running_header_printed_once_inside_a_cut_sentence_is_dropped():
    doc = read_text(WRAPPED)
    assert "经验汇编" not in doc.text
    assert any("进驻网格，定期排查楼院用电隐患，帮助居民解决用电难题。" in s.text for s in doc.sentences)


def test_the_last_piece_of_a_cut_sentence_before_a_page_number_is_kept():
    text = ("青川县：双报到见实效\n■中共青川县委组织部\n"
            "　　一是深化“双报到”。全县86家机关企事业单位党组织、920名在职党员到\n社区\n\n— 18 —\n\n"
            "报到，认领服务岗位1100个。二是开展结对共建，青石银行与桂香社区结对。\n")
    doc = read_text(text)
    assert any("在职党员到社区报到" in s.text for s in doc.sentences)


def test_a_short_heading_with_a_colon_in_wrapped_text_is_no_part_of_its_paragraph():
    doc = read_text(WRAPPED)
    assert "供电公司：电力网格守平安" in [h.text for h in doc.headings]
    assert any(s.text.startswith("青石供电公司党支部与桂香社区党委联合开展") for s in doc.sentences)


def test_a_run_in_labels_paragraph_cut_at_the_wrap_width_is_joined_not_a_title():
    doc = read_text(WRAPPED)
    assert len(doc.articles) == 1
    assert any(s.text.startswith("【桂香社区】桂香社区辖区面积0.8平方公里，有驻区单位12家，单位宿舍区和居民楼院23个")
               for s in doc.sentences)


def test_html_entities_in_copied_text_are_decoded():
    doc = read_text("青川县：共建聚合力\n\n&nbsp;&nbsp;桂香社区党委推行&ldquo;三方办&rdquo;机制。\n")
    assert any(s.text == "桂香社区党委推行“三方办”机制。" for s in doc.sentences)


def test_a_markdown_files_heading_and_bold_marks_are_dropped():
    doc = read_text("# 青川县：共建聚合力\n\n## 一、建强组织\n\n桂香社区党委推行**“三方办”机制**。\n")
    assert doc.articles[0].title == "青川县：共建聚合力"
    assert "一、建强组织" in [h.text for h in doc.headings]
    assert any(s.text == "桂香社区党委推行“三方办”机制。" for s in doc.sentences)


def test_a_page_copied_without_line_breaks_is_parted_at_its_indents():
    body = ("桂香社区下辖12个小区，常住人口1.2万人，是典型的老旧小区集中社区。", "一、建强组织",
            "桂香社区党委指导青禾小区成立党支部，推行“三方办”机制，小区党支部书记兼任业委会主任。"
            "青石物业公司成立党支部，与青禾小区党支部结对共建。",
            "■中共青川县委组织部")
    doc = read_text("青川县：共建聚合力\n" + "".join("\u3000\u3000" + p for p in body) + "\n")
    assert "一、建强组织" in [h.text for h in doc.headings]
    assert doc.articles[0].author == "中共青川县委组织部"
    assert any(s.text.startswith("桂香社区党委指导青禾小区成立党支部") for s in doc.sentences)


def test_a_long_line_of_text_that_opens_like_furniture_is_kept():
    text = ("青川县：共建聚合力\n\n您当前的位置：首页 > 基层动态 > 正文 " + "桂香社区党委与青石银行党支部签订共建协议，"
            "双方在党员教育、志愿服务和金融知识宣传等方面开展合作，共同推动社区治理。" * 2
            + "青禾小区党支部书记兼任业委会主任，小区业委会成员中党员占比过半，小区治理有了主心骨。\n")
    doc = read_text(text)
    assert any(s.text.startswith("青禾小区党支部书记兼任业委会主任") for s in doc.sentences)


def test_a_pdfs_letter_spaced_text_is_closed_up():
    doc = read_text("青 川 县 ： 共 建 聚 合 力\n\n桂 香 社 区 党 委 与 12 家 驻 区 单 位 签 订 共 建 协 议 。\n")
    assert doc.articles[0].place == "青川县"
    assert any(s.text == "桂香社区党委与12家驻区单位签订共建协议。" for s in doc.sentences)


def test_a_column_name_in_brackets_before_the_title_hides_no_place():
    doc = read_text("【基层党建】江东省青川县：共建聚合力\n\n桂香社区党委与青石银行签订共建协议。\n")
    assert doc.articles[0].places == ("江东省", "青川县")


def test_a_long_first_line_of_a_headlines_shape_before_a_byline_is_the_title():
    text = ("【基层党建】把“红色物业”建在居民心坎上——江东省青川县桂香街道柳岸社区党委书记某某同志的先进事迹材料汇报\n\n"
            "■中共青川县桂香街道工作委员会\n\n今年5月，青石物业公司把一面锦旗送到柳岸社区。\n")
    doc = read_text(text)
    assert len(doc.articles) == 1 and doc.articles[0].title.startswith("【基层党建】把“红色物业”")
    assert doc.articles[0].place == "桂香街道"


def test_a_government_disclosure_pages_metadata_lines_are_no_title():
    text = ("索引号 11330206/2025-218418\n组配分类 部门工作　发布机构 桂香街道\n成文日期 2025-10-30　公开方式 主动公开\n\n"
            "江东省青川县桂香街道党工委2025年工作总结\n\n2025年，桂香街道党工委坚持党建引领。\n")
    doc = read_text(text)
    assert doc.articles[0].title == "江东省青川县桂香街道党工委2025年工作总结"
    assert doc.articles[0].place == "桂香街道"


def test_a_publishing_body_line_is_the_byline_that_names_the_author():
    text = ("桂香街道党工委2025年工作总结\n\n发布机构：桂香街道办事处\u3000\u3000发布日期：2026-02-10\n\n"
            "2025年，桂香街道党工委坚持党建引领。\n")
    doc = read_text(text)
    assert doc.articles[0].author == "桂香街道办事处" and "发布机构：桂香街道办事处" in doc.text


def test_a_source_after_a_date_on_one_line_names_the_author():
    text = ("青川县：打造“红色网格”\n\n发布时间：2020年08月18日\u3000来源：中共青川县委组织部\n\n"
            "推行“网格化”党建以来，青川县坚持以党建为统领。\n")
    doc = read_text(text)
    assert doc.articles[0].author == "中共青川县委组织部"


def test_an_official_documents_long_title_is_the_title():
    text = ("中共青川县委组织部 青川县住房和城乡建设局关于表彰2024年度“红色物业”示范企业、示范小区和先进社区党组织的决定\n\n"
            "青组字〔2024〕27号\n\n各街道党工委：\n\n2024年以来，全县各级党组织认真落实部署要求。\n")
    doc = read_text(text)
    assert doc.articles[0].title.endswith("的决定") and doc.articles[0].place == "青川县"


def test_a_breadcrumb_with_a_long_site_name_is_furniture():
    doc = read_text("江东省青川县人民政府门户网站　>　政务公开　>　工作动态\n\n青川县：党建引领小区治理\n\n"
                    "青川县推进小区党支部建设。\n")
    assert doc.articles[0].title == "青川县：党建引领小区治理" and "门户网站" not in doc.text


def test_a_records_fields_on_lines_of_their_own_are_neither_headings_nor_joined():
    text = ("桂香社区：共建项目清单\n\n桂香社区党委与6家单位结对共建。\n\n一、共建单位：青石医院\n认领项目：社区慰问服务\n"
            "服务承诺：每月义诊1次。\n")
    doc = read_text(text)
    assert doc.headings == []
    assert [s.text for s in doc.sentences][1:4] == ["一、共建单位：青石医院", "认领项目：社区慰问服务", "服务承诺：每月义诊1次。"]


def test_a_forms_fields_under_its_headings_are_no_titles_and_join_no_cut_line():
    text = ("青川县桂香社区邻里中心项目申报书\n\n一、项目名称\n桂香社区“亲邻之家”邻里中心项目\n\n二、申报单位及实施主体\n"
            "申报单位：江东省青川县桂香镇桂香社区党委\n实施主体：桂香社区党委、桂香社区居民委员会\n"
            "指导单位：中共青川县桂香镇委员会\n\n三、合作单位\n社区“大党委”成员单位、辖区物业服务企业。\n")
    doc = read_text(text)
    assert len(doc.articles) == 1
    assert "申报单位：江东省青川县桂香镇桂香社区党委" in [s.text for s in doc.sentences]
    assert "实施主体：桂香社区党委、桂香社区居民委员会" in [s.text for s in doc.sentences]


def test_an_agreements_party_lines_are_fields_and_its_numbered_clauses_are_sentences():
    text = ("桂香社区共建协议书\n\n甲方：中共青石市桂香社区委员会\n乙方：桂香社区爱心商户（共9家，名单见附件）\n"
            "丙方：桂香社区快递站点（名单见附件）\n\n为服务好新就业群体，三方签订本协议。\n\n第二条 甲方职责\n"
            "（一）负责驿站的日常管理和运行维护，免费提供饮水、充电等基础物资，全天向骑手开放。\n"
            "（二）选派1名社区“两委”成员担任驿站联络员，负责三方沟通协调。\n")
    doc = read_text(text)
    sentences = [s.text for s in doc.sentences]
    assert "乙方：桂香社区爱心商户（共9家，名单见附件）" in sentences  # not joined with the paragraph after it
    assert sentences.index("丙方：桂香社区快递站点（名单见附件）") < sentences.index("为服务好新就业群体，三方签订本协议。")
    assert "（二）选派1名社区“两委”成员担任驿站联络员，负责三方沟通协调。" not in [h.text for h in doc.headings]


def test_a_plans_note_after_each_task_is_read_every_time():
    note = "（牵头单位：街道党建办；责任单位：各社区党委）"
    text = (f"青禾街道2025年工作要点\n\n一、强化组织\n1.健全网格。青禾街道推进网格党支部建设，每个网格配备1名网格员。{note}\n"
            f"2.健全协商。青禾街道推进联席会议制度，共同商讨解决社区治理难题。{note}\n")
    doc = read_text(text)
    assert doc.text.count(note) == 2
    assert "共同商讨解决社区治理难题。" + note in doc.text


def test_the_space_a_web_page_puts_between_chinese_and_a_figure_is_dropped():
    doc = read_text("青川县：共建聚合力\n\n桂香街道建立 12 个小区党支部，覆盖率达 95% 以上。\n")
    assert any(s.text == "桂香街道建立12个小区党支部，覆盖率达95%以上。" for s in doc.sentences)


def test_a_date_or_a_time_keeps_its_space_and_table_columns_stay_apart():
    from graph.read.layout import plain
    assert plain("原创 青川发布 2024-05-06 09:12 发表于江东") == "原创 青川发布 2024-05-06 09:12 发表于江东"
    assert plain("1     城市小区      140      个") == "1     城市小区      140      个"


def test_a_lists_mark_opens_no_sentence():
    doc = read_text("青川县：共建聚合力\n\n● 桂香社区党委与青石银行签订共建协议。\n\n◆ 青禾小区成立党支部。\n")
    assert [s.text for s in doc.sentences] == ["桂香社区党委与青石银行签订共建协议。", "青禾小区成立党支部。"]


def test_an_items_number_opens_no_sentence_and_a_decimal_stays():
    doc = read_text("青川县：共建聚合力\n\n4.桂香社区党委与青石银行签订共建协议，每季度召开一次联席会议，通报共建项目进展。"
                    "2.5万名党员到社区报到。\n\n①青禾小区成立党支部，党支部书记兼任业委会主任，推动两委成员交叉任职。\n\n"
                    "（3）柳岸社区推行“三方办”机制，由社区党委牵头召开会议，业委会和物业公司共同参与，解决停车难题。\n\n"
                    "(三)青石医院与桂香社区党委结对共建，每月选派医务人员到桂香社区开展义诊活动，服务居民。\n")
    assert [s.text[:6] for s in doc.sentences] == ["桂香社区党委", "2.5万名党", "青禾小区成立", "柳岸社区推行", "青石医院与桂"]
    assert "4.桂香社区党委" in doc.text and "（3）柳岸社区" in doc.text  # the numbers stay in the text
    assert all(doc.text[s.start:s.end] == s.text for s in doc.sentences)
    dated = read_text("青川县：大事记\n\n3.2019年5月　青禾小区党支部联合青石医院开展义诊活动，服务居民410人次，反响良好。\n")
    assert dated.sentences[0].text.startswith("2019年5月")  # a numbered record opening with its year


def test_a_tasks_field_line_written_alike_after_every_task_is_kept_each_time():
    doc = read_text("青川县青禾社区三张清单\n\n1.“银龄暖心”助老项目。牵头单位：青禾社区党支部。完成时限：全年。\n\n"
                    "2.“法润青禾”调解项目。牵头单位：青禾镇司法所。完成时限：全年。\n", "a.txt")
    assert [s.text for s in doc.sentences].count("完成时限：全年。") == 2
    assert doc.text.count("完成时限：全年。") == 2


def test_one_space_after_a_punctuation_mark_is_dropped_two_part_paragraphs():
    doc = read_text("青川县：共建聚合力\n\n桂香社区党委成立，\u3000青石银行党支部参与共建。\u3000青禾小区成立党支部。\n")
    assert [s.text for s in doc.sentences] == ["桂香社区党委成立，青石银行党支部参与共建。", "青禾小区成立党支部。"]


def test_a_tables_rows_stay_apart():
    rows = "".join(f"{n}\t{name}小区\t{name}小区党支部\t江东物业服务有限公司\t已成立，委员5名\t青石银行\n"
                   for n, name in enumerate(("青禾", "柳岸", "桂香"), start=1))
    doc = read_text("青川县某社区小区党建工作台账\n\n现将各小区情况列表如下，供参考\n\n序号\t小区名称\t党组织\t物业企业\t业委会\t共建单位\n"
                    + rows + "\n备注：共建单位与小区党组织每年签订一次协议\n")
    assert [s.text.split("\t")[1] for s in doc.sentences if "\t" in s.text] == ["青禾小区", "柳岸小区", "桂香小区"]
    assert not any("\t" in s.text and "备注" in s.text for s in doc.sentences)


def test_corner_bracket_quotes_are_read_as_the_usual_quotes():
    doc = read_text("青川县：共建聚合力\n\n桂香社区推行「三方办」机制。\n")
    assert any(s.text == "桂香社区推行“三方办”机制。" for s in doc.sentences)
    assert "「" in read_text("青川县：共建聚合力\n\n桂香社区推行“三方办”机制，居民称之为「家门口的议事厅」。\n").text


def test_a_notices_contact_lines_and_closing_signature_stay_with_it():
    text = ("关于禾县第一批示范社区的公示\n\n经社区申报，拟确定以下3个社区为第一批示范社区，现予以公示。\n\n"
            "联系电话：0392-7200000\n通讯地址：禾县县委组织部\n\n中共禾县县委组织部　禾县民政局\n2023年12月18日\n")
    doc = read_text(text)
    assert len(doc.articles) == 1  # the contact lines are fields, the signature and its date close the notice
    assert doc.articles[0].place == "禾县"
    assert "通讯地址：禾县县委组织部" in [s.text for s in doc.sentences]


def test_a_sentence_after_its_items_number_alone_on_a_line_is_on_the_next_line():
    doc = read_bytes("2.\n推行网格化管理。\n".encode(), "a.txt")  # the number joins the line it numbers
    s = _sentence_with(doc, "网格化")
    assert s.text == "推行网格化管理。" and s.line == 2 == line_of(doc, s.start)
