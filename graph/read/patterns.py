"""Stage 1, read: the patterns the reader goes by (punctuation, places, bylines, page furniture)."""
from __future__ import annotations

import re

from graph.vocab import load as load_vocabulary


_FINAL = "。！？!?…"
_CLOSERS = "”’」』）)】》\"'〕］]"
_PAUSE_OR_OPEN = "、，,：:“‘《（(【「『〔—-～~·"
_NO_LINE_START = "”’」』）)】》〕，、；：。！？,;:!?"
_CLAUSE_PUNCT = "，、；：。！？!?,;:…"
_SENTENCE_END = re.compile(r"(?:[。！？!?]+|…+|\.{3,}|(?<=[\u4e00-\u9fff”’）》%])\.(?=[\u4e00-\u9fff“《（\s]|$))"
                           r"[”’」』）)】》\"'〕］]*")

# Marks that open a list's item or a byline: a sentence never starts with one, a name never spans one.
LIST_MARKS = "■□●○◆◇★☆▲△▼▽◎▶►•▪①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑"

# 4.社区党委…, （4）社区党委…, （三）某医院…: an item's number, kept in the text, is no part of its first
# sentence (not 2.5万)
_ITEM_NUMBER_RE = re.compile(r"(?:\d{1,2}[.．、)）]|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])(?:(?![\d.．])|(?=\d{4}年))"
                             r"\s*(?=\S)")  # 3.2019年5月，…

_ADMIN_LEVELS = ("province", "city", "district", "street")


def _admin_endings() -> tuple[str, ...]:
    """The ontology's endings of administrative places (省, 市, 区, 县, 街道, 镇 …), by level and
    then longest first, less the weak endings that name a place only before a body (某某街)."""
    vocabulary = load_vocabulary()
    weak = set(vocabulary.cues.get("weak_place_endings", ()))
    pairs = [(s, lv) for s, lv in vocabulary.place_suffixes.items() if lv in _ADMIN_LEVELS and s not in weak]
    return tuple(s for s, lv in sorted(pairs, key=lambda p: (_ADMIN_LEVELS.index(p[1]), -len(p[0]))))


_ADMIN_ENDINGS = _admin_endings()
# 某区举行区域化…: a verb opens no place name (the ontology's ggl:verbs_not_names)
_JOINED_RE = re.compile(r"[\u4e00-\u9fff]{2}[和与及][\u4e00-\u9fff]")  # 住房和城乡: two words joined, no name
_NAME_VERBS = tuple(w for w in load_vocabulary().cues.get("verbs_not_names", ()) if len(w) >= 2) + tuple(
    load_vocabulary().cues.get("travel_verbs", ()))  # 某县赴某市学习…: the chain ends before the trip
_SUFFIX = "(?:" + "|".join(re.escape(s) for s in sorted(_ADMIN_ENDINGS, key=len, reverse=True)) + ")"
_SUFFIX_CHARS = "".join(s for s in _ADMIN_ENDINGS if len(s) == 1)
_LONG_ENDINGS = tuple(s for s in _ADMIN_ENDINGS if len(s) > 1)  # 工业园区, 街道: no place of their own
_COMPONENT = r"[\u4e00-\u9fff]{1,9}?" + _SUFFIX
_CHAIN = rf"(?:{_COMPONENT}){{1,5}}"
_COMPONENT_RE = re.compile(_COMPONENT)
_CHAIN_RE = re.compile(_CHAIN)
_TITLE_OPENERS = ("关于", "中国共产党", "中共")  # 关于某县…的调研报告, 中共某市某区…: the places follow
# a name of two characters or more before its ending; or a county's one (淇县, 杞县), not 全县, 我县
_LEAD_CHAIN_RE = re.compile(rf"(?:[\u4e00-\u9fff]{{2,9}}?{_SUFFIX}|(?![全本我该各每一郊外邻此])[\u4e00-\u9fff]县){{1,5}}")
_TITLE_RE = re.compile(rf"^[【\[〔]?\s*(?P<chain>{_CHAIN})\s*(?:[:：|｜]|[】\]〕])\s*(?P<rest>\S.*)$")  # 某街道｜…
_BYLINE_MARK_RE = re.compile(r"^(?:[■□●○◆◇★☆▼▽◎]+\s*|(?:文|图文|作者|来源|供稿|撰稿|通讯员|发布机构|发布单位)\s*[/／:：|]\s*)"
                             r"[（(]?(?P<body>[^。，；！？]{2,40}?)[）)]?$")
_BYLINE_BRACKET_RE = re.compile(r"^[（(【\[]\s*(?P<body>(?:中共|中国共产党)[^。，；！？）)】\]]{2,36}?)\s*[）)】\]]$")
_ORG_END = re.compile(r"(?:委员会|工作委员会|组织部|宣传部|统战部|党委|党工委|工委|党组|委|部|局|办公室|办|办事处|中心|政府)$")
_BYLINE_PLACE_RE = re.compile(rf"^(?:中共|中国共产党)?(?P<chain>{_CHAIN})"
                              r"(?=委|党|工委|工作委员会|人民政府|政府|组织部|宣传部|统战部|机关|纪委|编办|办事处)")
_MODIFIERS = (r"城市|农村|城乡|老旧|居民|住宅|商品房|新建|示范|试点|其他|有关|相关|重点|基层|所在|所属|"
              r"辖|驻|全|各|本|该|每|部分|多个|一批|周边|附近|开放式|封闭式|无物业|涉及|这些|有的")
_GENERIC_MODIFIER = re.compile(rf"^(?:{_MODIFIERS})")
# A common noun that looks like a place by its suffix (城区, 老旧小区, 全市), not a name (西城区, 晋城市).
_GENERIC_PLACE = re.compile(rf"^(?:[在于从对])?(?:{_MODIFIERS})?(?:社区|小区|城区|辖区|片区|园区|景区|校区|市区|郊区|山区|街区|营区|"
                            r"城市|城乡|乡镇|县区|区县|市县|地区|新区|[省市区县镇乡])$")
_PLACE_SUBJECT_RE = re.compile(rf"^(?:全[省市区县州旗镇乡]|各[省市区县]|本[省市区县]|(?P<chain>[\u4e00-\u9fff]{{2,8}}?{_SUFFIX}))")
_OPENER_RE = re.compile(r"^(?:\d{4}年(?:以来|\d{1,2}月)?|今年以来|去年以来|近年来|近年以来|近期|近日|目前|当前|截至目前|"
                        r"截至\S{0,12}|同时|与此同时|此外|另外|其中|首先|其次|再次|最后|总之|一是|二是|三是|四是|五是|"
                        r"六是|七是|八是|九是|十是|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)])")
_NUMBERED_RE = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|"
                          r"\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十\d]{1,3}[部分章节篇]?[、，：:\s])")
_PAGE_RE = re.compile(r"^(?:[-－—–_~～·•\s]*\d{1,4}[-－—–_~～·•\s]*|[-－—–~～]\s*[一二三四五六七八九十百]+\s*[-－—–~～]|"
                      r"第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页|"
                      r"\d{1,4}\s*[/／]\s*\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?)$")
_PAGE_TAIL_RE = re.compile(r"(?:第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?|[-－—–]\s*\d{1,4}\s*[-－—–]|"
                           r"\d{1,4}\s*[/／]\s*\d{1,4}|[|｜]\s*\d{1,4})\s*$")
_PAGE_TAIL_LINE_RE = re.compile(_PAGE_TAIL_RE.pattern, re.M)
# A web page's furniture: menus, breadcrumbs, share and print buttons, editor and copyright lines.
_WEB_FURNITURE_RE = re.compile(
    r"^(?:(?:当前位置|您的位置|您现在的位置|您当前的位置|当前的位置|所在位置)\s*[:：]|分享到|【?\s*(?:打印本页|打印|关闭窗口|关闭|收藏本页|返回顶部)\s*】|【\s*字体|"
    r"字号\s*[:：]|(?:[^>。，]{1,24}>\s*){2,}[^>。，]{0,12}$|.{0,12}首页\s*[-|｜>/]|(?:网站)?(?:访问人数|访问量|访问次数)\s*[:：]|"
    r"(?=.{0,40}$)(?=.*登录)(?=.*注册)[^。，]*$|(?:文章搜索|站内搜索|搜索)\s*[:：]|分享至\s*$|.*(?:上一篇|下一篇|返回目录).{0,20}$|"
    r"(?:[^\s。，]{1,4}[ \u3000]+){5,}[^\s。，]{1,4}$|"
    r"(?:责任编辑|编辑|审核|校对|值班编辑)\s*[:：]\s*\S{1,12}$|(?:相关新闻|相关阅读|相关链接|相关文章|推荐阅读|延伸阅读)\s*[:：]?\s*$|"
    r"(?:主办|承办|主办单位|技术支持)\s*[:：]|(?:索引号|组配分类|主题分类|成文日期|发文字号|公开方式|公开范围|"
    r"生成日期)\s*[:：]?\s*\S.{0,60}$|.*(?:版权所有|ICP备|ICP证|网站标识码|公网安备)|"
    r"(?:[^|｜。，；：:]{0,16}[|｜]){3,}[^|｜。，；：:]{0,16}$|"  # a menu bar of short items (not a table row: 序号1｜社区：…)
    # a WeChat article's furniture: follow prompts, the end mark, read-more and like buttons, QR codes
    r".{0,6}点击上方.{0,12}关注|.{0,12}关注我们\s*$|[-－—\s]*END[-－—\s]*$|阅读原文|(?:点赞|在看|分享|转发|收藏)(?:[\s|｜/]+(?:点赞|在看|分享|转发|收藏))+\s*$|"
    r".{0,8}(?:长按|扫码|扫描).{0,6}(?:二维码|关注)|"
    r"(?:原创\s*)?(?:[^\s。，]{1,20}\s+){0,2}\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*发表于\S{1,8})?\s*$|"
    r"[▲△]\s*\S.{0,40}$|"  # ▲图片, ▲某某活动现场: a picture's caption
    r"[（(]\s*(?:图为|图片|摄影|图\s*[:：/／])[^）)]{0,40}[）)]\s*$|图片\s*$|图为[^。]{1,40}。?$|(?:摄影|供图)\s*[:：/／]\s*\S{1,12}$|"
    r"(?:(?:点赞|评论|转发|收藏|阅读|浏览|在看)(?:量|数|次数)?\s*[（(:：]?\s*\d+\s*[）)]?\s*)+$)")  # 点赞（23） 评论（5）
# 2023年12月18日, 二〇二三年十二月十八日: a date on a line of its own (an official document's closing date)
_DATE_LINE_RE = re.compile(r"^\s*(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日\s*$")
# 时间：2026-01-28 来源：…, or the date and time alone before the fields: 2024-05-06 09:12 来源：…
_DATELINE_RE = re.compile(r"^(?:(?:时间|发布时间|日期|发布日期|更新时间)\s*[:：]\s*\d|"
                          r"\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+(?=[^\d\s]\S{1,5}\s*[:：]))")
_RELATED_ITEM_RE = re.compile(r"^[·•●▪◆\-]\s*\S")  # an item of a related-news list
_TWO_PHRASES_RE = re.compile(r"[\u4e00-\u9fff”》）]{3,}[ \u3000]+[“《（\u4e00-\u9fff]{3,}")
_PROSE_RE = re.compile(r"[，、；。！？,;]")
_GLUED_RE = re.compile(r"[。！？!?…][”’」』）)】》\"'〕]*(\u3000{2,}|[ \t]{4,})")
_INVISIBLE = dict.fromkeys([*range(0, 9), 11, *range(14, 32), 0x7F, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF])
_PARTY_BODY_RE = re.compile(r"(?:中共|中国共产党)[^\s。，；：！？、]{2,30}")
# 中共某某区委副书记 张三: a speech's byline names the speaker by the post he holds in a body
_SPEAKER_RE = re.compile(r"^(?P<body>(?:中共|中国共产党)?[^\s。，；：！？、]{2,30}?)(?:常委、?)?副?"
                         r"(?:书记|部长|主任|区长|市长|县长|州长|局长|镇长|主席)(?:\s+[\u4e00-\u9fff]{2,4})?$")
_COLUMN_RE = re.compile(r"^[【\[〔]([^】\]〕]{1,10})[】\]〕]\s*(?=\S)")  # 【基层党建】 before a title
_TITLE_STOP_RE = re.compile(r"[。；]")
_TITLE_CLAUSE_RE = re.compile(r"[，。；！？,;!?]")
_STEM_TITLE_RE = re.compile(r"^[【\[]?(?P<stem>[\u4e00-\u9fff][\u4e00-\u9fff·]{1,13})[】\]]?\s*[:：]\s*(?P<rest>\S.{1,47})$")
_STEM_SUFFIXES = _ADMIN_ENDINGS + ("社区", "小区")
_CLAUSE_MARK_RE = re.compile(r"[，、；：;。！？!?]")
_SENTENCE_MARK_RE = re.compile(r"[；;。！？!?]")
_SPACE_RE = re.compile(r"\s+")
_DIGITS_RE = re.compile(r"\d+")
_FIRST_CLAUSE_RE = re.compile(rf"[^{_CLAUSE_PUNCT}]*")
_ORG_CHAR_RE = re.compile(r"[党委会部局组织机关单位]")
_NOT_IN_PLACE_RE = re.compile("党|委|关于|组织|机关")  # a title's chain ends here (not 关 alone: 潼关县, nor 会: 会理市)
_COMMA_RE = re.compile(r"[，；：,;:]")
_LINE_END_RE = re.compile(r"\r\n|\r|\n")
_INVISIBLE_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in _INVISIBLE) + "]")
_SUBLINE_BREAK = re.compile(r"[\f\v\x1c\x1d\x1e\x85\u2028\u2029]")


_TITLE_PARTS_RE = re.compile(r"\s*[｜|]\s*")  # 《栏目》访谈实录｜某市某社区：…
# 某某县委组织部 某某县住建局关于表彰…的决定: an official document's title, however long
_DOCUMENT_TITLE_RE = re.compile(r"^[^。；，]{0,40}关于[^。；]{2,90}的(?:决定|通知|意见|方案|报告|通报|批复|答复|复函|函|公告|公示|请示|办法)$")
_STUDY_CASE_RE = re.compile(r"——(?:基于|关于|以)\s*(?P<case>\S.*)$")  # …——基于某市某区的调研, ——以某区为例
_TRAILING_NOTE_RE = re.compile(r"[。！？][（(][^（()）\n]{1,60}[)）]$")  # 。（责任单位：某某） after a sentence
_NOTE_RE = re.compile(r"[（(][^（()）\n]{1,60}[)）]")  # （牵头单位：某某；责任单位：某某）, a sentence of its own
# 完成时限：全年。 / 牵头单位：某某；责任单位：某某。: a task's fields, written alike after every task
_FIELDS_RE = re.compile(r"(?:[\u4e00-\u9fff]{2,6}[：:][^：:。；;\n]{1,40}[；;]?)+[。.]?")


def is_repeat(sentence: str, key: str, seen: set[str], recent) -> bool:
    """A sentence read before (its ``key`` of eight characters or more in ``seen``), or the tail of
    one printed again (twelve or more in ``recent``): dropped. Not a bracketed note
    (（牵头单位：街道党建办）) nor a line of fields (完成时限：全年。), which may follow every task of a
    plan and is read each time."""
    return (len(key) >= 8 and key in seen or len(key) >= 12 and key in recent) \
        and _NOTE_RE.fullmatch(sentence.strip()) is None and _FIELDS_RE.fullmatch(sentence.strip()) is None


# 1\t青禾小区\t青禾小区党支部\t…: a table's row, its cells parted by tabs or runs of spaces (three cells or more)
_TABLE_ROW_RE = re.compile(r"\S(?:\t+| {2,})\S(?:.*?\S)?(?:\t+| {2,})\S")


def _is_row(text: str) -> bool:
    """A table's row: three cells or more, parted by tabs or runs of spaces."""
    return ("\t" in text or "  " in text) and _TABLE_ROW_RE.search(text) is not None


# 一、共建单位：某某医院 / 认领项目：… / 时间：…: a record's field on a line of its own, complete as it is
# (甲方：某某社区党委: an agreement's party line, the labels of ggl:party_labels)
_FIELD_WORDS = ("单位", "项目", "内容", "承诺", "名称", "时间", "地点", "人员", "主持人", "记录人", "责任人", "联系人",
                "电话", "地址", "邮编", "邮箱") \
    + load_vocabulary().cues.get("party_labels", ())
_FIELD_LINE_RE = re.compile(r"^(?:[一二三四五六七八九十]+、|\d{1,2}[．.、])?[\u4e00-\u9fff]{0,6}"
                            r"(?:" + "|".join(map(re.escape, _FIELD_WORDS)) + r")[：:]\s*[^：:。]{1,40}。?$")


def _ends_final(text: str) -> bool:
    if _TRAILING_NOTE_RE.search(text.rstrip()):
        return True  # 制定本方案。（责任单位：县委组织部）: a note in brackets after the sentence's end
    if _FIELD_LINE_RE.match(text.strip()):
        return True
    stripped = text.rstrip().rstrip(_CLOSERS)
    return bool(stripped) and (stripped[-1] in _FINAL or stripped.endswith("...")
                               or (stripped[-1] == "." and len(stripped) > 1
                                   and ("\u4e00" <= stripped[-2] <= "\u9fff" or stripped[-2] in "”’）》%")))


def _is_heading_shape(line: str) -> bool:
    """Short, without sentence or clause punctuation; a numbered one (``一、…，…``) may hold commas.

    >>> _is_heading_shape("延伸党建触角 夯实治理根基"), _is_heading_shape("一、高位推动，健全组织体系")
    (True, True)
    >>> _is_heading_shape("推动各类网格整合。"), _is_heading_shape("从社区工作者、")
    (False, False)
    """
    if not 2 <= len(line) <= 40:
        return False
    m = _NUMBERED_RE.match(line)
    body = line[m.end():] if m else line
    if not body.strip() or line[-1] in "，、；：;,:“‘《（(【":
        return False
    if (_SENTENCE_MARK_RE if m else _CLAUSE_MARK_RE).search(body.rstrip("。")) or _SENTENCE_END.search(body[:-1]):
        return False
    if any(line.count(o) != line.count(c) for o, c in ("“”", "《》", "（）", "()")):
        return False              # an open quote or bracket: a cut sentence, not a heading
    ends = line.rstrip(_CLOSERS).endswith(("。", "！", "？", "!", "?"))
    if ends and m and _CLAUSE_MARK_RE.search(body):
        return False  # （三）选派1名联络员，负责日常协调。: a numbered item that is a sentence of clauses
    return not (ends and not m)


def _key(text: str) -> str:
    return _SPACE_RE.sub("", text)


def _width(text: str) -> int:
    """Display width, near enough: three-byte (CJK, full-width) characters count two, ASCII one."""
    return (len(text.encode("utf-8", "surrogatepass")) + len(text)) // 2
