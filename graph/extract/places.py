"""Stage 2, extract: names of places and of bodies built on them (某某街道, 某某社区党支部, 中共某市委组织部).

A name is found by pattern — a short name before a place ending (省, 市, 区, 街道, 社区,
小区 …), a kind of body written after a place, an institution noun before a Party kind —
never by a list of names. The endings and cue words come from the vocabulary.
"""
from __future__ import annotations

import re

from graph.extract.lexicon import (
    ATTACHABLE,
    BREAK,
    LIST_MARKS,
    CLOSE_QUOTES,
    OPEN_QUOTES,
    Lexicon,
    _has_verb,
)
from graph.extract.model import PLACE_RANK

_STARTERS = re.compile("[" + re.escape(BREAK + OPEN_QUOTES + CLOSE_QUOTES + "【】〔〕[]") + "—－-]|\\s")  # 2023年3月　某社区…


def _verbs_inside(lex: Lexicon) -> re.Pattern:
    """Verbs of two or more characters, which no place name holds (书记担任社区)."""
    return lex.joined("verbs_not_names", "post_verbs", "place_left_boundary", min_len=2)


def _name_ok(name: str, suffix: str, lex: Lexicon, chained: bool = False, after_prep: bool = False,
             before_body: bool = False) -> bool:
    """Is ``name + suffix`` plausibly a proper place name? ``chained``: it follows a place of a
    higher level directly (瑶海区和平路街道), so a conjunction cannot open it; nor can it after a
    preposition (``after_prep``: 在和谐家园小区). ``before_body``: a body's kind follows it (和谐社区党委),
    so a community's name that is also a slogan's words (构建和谐社区) is a name there."""
    compound = lex.suffix_level.get(suffix) == "compound"  # (白石古莲城·夏荷里小区: an estate's brand, a dot, a name)
    if not name or len(name) - (name.count("·") if compound else 0) > 8 and not (compound and _LANE.fullmatch(name)):
        return False  # (a compound named by a lane or a works' yard may be longer: 青禾机械厂11号院小区)
    if not _NAME_CHARS.fullmatch(name) or "·" in name and lex.suffix_level.get(suffix) not in ("community", "compound"):
        return False  # (a dot joins an estate's brand to its name; 正观新闻·郑州 is a paper's name)
    if _WORKS_NUMBER.fullmatch(name) and not name.isdigit():
        return lex.suffix_level.get(suffix) in ("community", "compound")  # 602所社区: a numbered institute's
    if re.fullmatch("[一两二三四五六七八九十几百千万]+[个人户]", name):
        return False  # 四个社区, 四万人社区: a count of a kind or of its people, not a name
    if suffix in ("县", "市", "旗") and name[-1] in "两二三四五六七八九十几多":
        return False  # 甲县、乙县、丙丁四县: a count of counties closes a list, it ends no name
    if "局" in name[:-1] and any(ch in lex.cue("place_name_bad_chars") for ch in name[name.index("局") + 1:]):
        return False  # 武宁县住建局以小区: a department's name ends at 局 (国税局宿舍 is a compound's)
    short = len(name) == 2  # 和平, 人和, 普和, 名都: two characters are a name, content characters and all
    if short and lex.resultative_re.fullmatch(name):
        return False  # 打牢社区, 建强小区: a verb and its result
    if len(name) == 3 and name[0] in lex.cue("resultative_verbs") and name[1:] in lex.cue("quality_words"):
        return False  # 建和谐小区, 育美丽社区: a verb and the quality it builds
    if len(name) >= 2 and name[1] in lex.cue("directional_complements") and not chained:
        return False  # 撑起林区, 盘活某某安置小区: a verb and its direction
    opens = (short or chained or after_prep) and name[0] in lex.cue("short_name_chars") or (
        short and chained and name[0] in lex.cue("chained_short_name_chars"))  # 某市从化区; not 自从小区
    road = len(name) >= 3 and name[-1] in lex.cue("road_endings") and not _verbs_inside(lex).search(name[2:])
    if road and len(name) >= 4 and name[0] in lex.cue("place_left_boundary") \
            and name[0] not in {w[0] for w in lex.cue("name_opening_words")}:
        return False  # 由柳岸路街道司法所牵头: a preposition opens no road's name (和兴东路, 同心东路 may be names)
    if not road:  # 建设路街道, 解放路社区: a road's name opens with any word
        street = chained and len(name) == 2 and lex.suffix_level.get(suffix) in ("street", "district", "city") and not \
            name.startswith(lex.cue("name_determiners")) or chained and re.fullmatch(
                "第[一二三四五六七八九十]{1,2}", name) and lex.suffix_level.get(suffix) == "community"
        # 某区建设街道, 某市市北区, 某街道第九社区; not 某市各旗县
        if (lex.joined("place_name_bad_start", "travel_verbs").match(name) and not street
                and not name.startswith(lex.cue("name_opening_words"))) or \
                name.endswith(lex.cue("place_name_bad_end")) and not (
                    chained and len(name) >= 3 and suffix in lex.cue("long_town_endings")):  # 某旗阿拉腾敖包镇
            return False
        verb = lex.pattern(lex.cue("verbs_not_names")).match(name)
        if verb and not name.startswith(lex.cue("name_opening_words")) and (len(verb.group(0)) > 1 or not opens):
            return False  # 和红云社区 is 和 + 红云社区; 和平街, 向阳社区, 同安街道 are names
    weak = suffix in lex.cue("weak_place_endings")  # read only before a body: 裕和苑物业党支部
    # two-character names (人和街道) and compound names (水韵名都小区) may hold some of them
    allowed = lex.cue("short_name_chars") + (lex.cue("chained_short_name_chars") if short and chained else ()) \
        if short or (chained and len(name) <= 4) else (
        lex.cue("compound_name_chars") if lex.suffix_level.get(suffix) == "compound" else ())
    opening = next((w for w in lex.cue("name_opening_words") if name.startswith(w)), "")  # 呼和浩特市
    bad = [ch for ch in name[len(opening):] if ch in lex.cue("place_name_bad_chars") and ch not in allowed
           and not ((road or (chained and len(name) <= 4)) and ch not in lex.cue("name_function_chars"))]
    if any(ch in lex.cue("place_name_bad_inner_chars") for ch in name[1:]):
        return False  # 转机始于小区: 于 after a verb; a name may open with it (于洪区)
    if bad and (not weak or any(ch in lex.cue("name_function_chars") for ch in bad)):
        return False  # 裕和苑物业 may hold 和 before a body, 泉州移动等驻街 never holds 等
    if (name + suffix).endswith(lex.cue("title_place_words")):
        return False  # 获评某市五好示范社区: a title, not a community's name
    if (name + suffix in lex.cue("non_place_words") or name in lex.cue("non_place_words")) and not (
            chained and (suffix == "街道" and name[-1] in "街路" or lex.suffix_level.get(suffix) == "community")) \
            and not (before_body and lex.suffix_level.get(suffix) == "community"
                     and name.startswith(lex.cue("name_opening_words"))):
        return False  # 城市社区, 超市, 构建和谐社区; but under a district 老街街道 is a street's name, and
        # under a street 某街道和谐社区 a community's, as is 和谐社区 before its Party body (和谐社区党委)
    if name in lex.vocab.mechanism_heads and lex.suffix_level.get(suffix) == "compound":
        return False  # 到联盟小区开展指导: a scheme's head noun (联盟, 平台) is no compound's name
    if name in lex.surface or (name + suffix) in lex.surface or lex.suffix_level.get(name, "") == lex.suffix_level.get(suffix):
        return False  # a kind, or an ending of the same level alone (花园小区: garden compounds; 花园社区 is a name)
    if any((name[k:] + suffix) in lex.surface for k in range(1, len(name))):
        return False  # 原行政村, 大社区, 紧盯城市社区: words before a kind make a phrase, not a name
    if len(name) < 2 and (len(suffix) == 1 or lex.suffix_level.get(suffix) in ("street", "community", "compound")) \
            and not (chained and suffix == "街道" and name not in lex.cue("place_name_bad_chars")) \
            and not (suffix == "县" and name not in lex.cue("place_name_bad_chars") + lex.cue("place_name_bad_start")
                     + lex.cue("district_bad_last_char") + lex.cue("not_county_chars")):  # 莒县; not 小县, 邻县
        return False  # 以小区党支部为核心: a one-character "name" before 小区/社区/街道 is a word (not 相山区西街道)
    if lex.suffix_level.get(suffix) == "compound" and len(name) > 4 and any(
            lex.surface[k.group(0)].type == "Place" for k in lex.kinds_re.finditer(name)) and not _named_compound(name, lex):
        return False  # 紧盯城市社区小区: a long compound's name holds no kind of place (but 桂香安置点小区 is 桂香安置点)
    if _verbs_inside(lex).search(name) or any(
            lex.surface[k.group(0)].type not in ("Place", "Mechanism") for k in lex.kinds_re.finditer(name)):
        return False  # 书记担任社区; 文联党组到宁安路街道: no verb and no kind of body inside a place's name
    if lex.suffix_level.get(suffix) in ("district", "city") and _COUNTED.search(name):
        return False  # 柳岸、青禾两家区属: a count of units before 区属, no district's name
    if any(name.find(e + j) >= 0 for e in lex.suffix_level if len(e) > 1 for j in "和与及、"):
        return False  # 柳岸片区和青禾小区: two places joined, not one name
    if name[-1] in "和与及" and (name[:-1].endswith(tuple(lex.unit_heads) + lex.cue("member_nouns")
                                                   + lex.cue("holder_nouns")) or len(name) >= 4 or name[:-1] in lex.surface):
        return False  # 司法局和社区, 背街小巷和小区, 村和社区: a conjunction after a kind, not a name (普和小区 is one)
    if any((name + suffix).endswith(w) and (name + suffix)[:-len(w)].endswith(tuple(lex.suffix_level))
           for w in lex.cue("urban_area_words")):
        return False  # 东营区城区, 某县老城区: the urban area of the place named, no place of its own
    if suffix == "区" and name[-1] in "".join(lex.cue("district_bad_last_char")) and not (
            short and name[-1] in lex.cue("short_district_chars")):  # 房山区, 金山区
        return False
    if any(ch.isdigit() for ch in name) and not (
            lex.suffix_level.get(suffix) == "compound" and _LANE.fullmatch(name)) and not (
            _WORKS_NUMBER.fullmatch(name) and lex.suffix_level.get(suffix) in ("community", "compound")):
        return False  # figures are no names, but a lane is one (临汾路99弄小区), and so is a works' number (912社区)
    return True


def _named_compound(name: str, lex: Lexicon) -> bool:
    """Is ``name`` itself a compound's name (桂香安置点, before 小区)?"""
    ending = next((e for e in sorted(lex.suffix_level, key=len, reverse=True)
                   if lex.suffix_level[e] == "compound" and name.endswith(e) and len(name) > len(e) + 1), None)
    return ending is not None and _name_ok(name[:-len(ending)], ending, lex)


_COUNTED = re.compile("[一二两三四五六七八九十几多]+[家个名所]$")  # 两家区属: a count closing the words before 区 (三家河市 is a name)
_WORKS_NUMBER = re.compile(r"[1-9]\d{2,3}(?:所|厂)?")  # 912社区, 261小区, 602所社区: the community of a numbered works
_LANE = re.compile(r"[\u4e00-\u9fff]{1,6}[路街巷道]\d{1,5}(?:弄|号院?|号大院)?|[\u4e00-\u9fff]{1,6}厂\d{1,3}号院"
                   r"|[\u4e00-\u9fff]{2,5}[里村苑园]?\d{1,3}号")  # 荆东4号小区, 岗子村63号小区: a numbered compound
_NAME_CHARS = re.compile(r"[\w\u3400-\u4dbf\u4e00-\u9fff]+(?:·[\w\u3400-\u4dbf\u4e00-\u9fff]+)*")  # 凯德·嘉博名邸



_SUFFIXES: list = [None, None]


def _suffix_positions(text: str, lex: Lexicon) -> dict:
    """Where a place-name ending starts in ``text`` (position -> match); one text cached."""
    if _SUFFIXES[0] is not text:
        first = {sfx[0] for sfx in lex.suffix_level}
        _SUFFIXES[0] = text
        _SUFFIXES[1] = {j: m for j, ch in enumerate(text) if ch in first
                        for m in (lex.suffix_re.match(text, j),) if m}
    return _SUFFIXES[1]


def _places_follow(text: str, pos: int, lex: Lexicon) -> bool:
    """Is a place of a lower level named right at ``pos`` (和平街红云社区)?"""
    sfx = _suffix_positions(text, lex)
    return any(j in sfx and PLACE_RANK[lex.suffix_level[sfx[j].group(0)]] > PLACE_RANK["street"]
               for j in range(pos + 2, min(len(text), pos + 6)))


def _lower_place_at(text: str, pos: int, level: str, lex: Lexicon, known) -> bool:
    """Does a place of a lower level than ``level``, a name even standing alone, start at ``pos``
    (县 + 城关街道; not 区 + 域内街道)?"""
    nxt = place_chain(text, pos, lex, known)
    if not nxt and PLACE_RANK["street"] > PLACE_RANK.get(level, 0):  # 县 + 城区街道: a town centre's street
        return any(text.startswith(w + e, pos) for w in lex.cue("town_centre_names")
                   for e, lv in lex.suffix_level.items() if lv == "street")
    if not nxt or PLACE_RANK.get(nxt[0][2], 0) <= PLACE_RANK.get(level, 0):
        return False
    s, e, _ = nxt[0]
    m = _suffix_positions(text, lex)
    ending = next((m[k].group(0) for k in range(s + 1, e) if k in m and m[k].end() == e), None)
    return ending is not None and _name_ok(text[s:e - len(ending)], ending, lex)


def _town_ends_at(text: str, pos: int, lex: Lexicon) -> bool:
    """Does a town's name end at ``pos``: a break follows, or a place below a town?"""
    if pos >= len(text) or text[pos] in BREAK:
        return True
    below = place_chain(text, pos, lex)
    return bool(below) and PLACE_RANK.get(below[0][2], 0) > PLACE_RANK["street"]


ORDINAL_PART = re.compile(r"第[一二三四五六七八九十\d]{1,3}(?:居民区|社区)")


def place_chain(text: str, pos: int, lex: Lexicon, known: dict[str, str] | None = None) -> list[tuple[int, int, str]]:
    """Parse a chain of place names starting at ``pos``: [(start, end, level), ...].

    Each segment is a name followed by a place suffix (省, 市, 区, 街道, 社区, 小区 …);
    the name is the shortest that makes a plausible place. ``known`` maps place names
    already found in the document to their level, and matches them first.
    """
    # 广西梧州市, 内蒙古兴安盟: a name written without its ending (ggl:bare_place_names) heads a chain
    for name, level, full in bare_places(lex):
        if text.startswith(name, pos) and not lex.suffix_re.match(text, pos + len(name)):  # not 湖北省襄阳市
            rest = place_chain(text, pos + len(name), lex, known)
            short = full is not None  # a province written short: only before a short name (山西临县, 江西武宁县);
            # 河北秦皇岛海港区 writes its city short too, which no ending tells
            if rest and PLACE_RANK.get(rest[0][2], 0) > PLACE_RANK.get(level, 0) and not (
                    short and rest[0][1] - rest[0][0] > 3):
                return [(pos, pos + len(name), level)] + rest
    out = []
    i = pos
    suffixes = _suffix_positions(text, lex)
    while i < len(text):
        seg = None
        name = known_at(known, text, i) if known else None
        if name and lex.suffix_re.match(text, i + len(name)) and not lex.ending_of(name):
            name = None  # 江苏 known from 江苏泰州, then 江苏省泰州市: the name written in full
        if name:
            seg = (i, i + len(name), known[name])
            if name.endswith(lex.cue("county_zone_names")):  # 杞县产业集聚区: its county first, then the zone
                seg = next(((i, i + n, known[name[:n]]) for n in range(2, len(name) - 2) if known.get(name[:n]) in (
                    "district", "city") and _county_zone(text, (i, i + n, known[name[:n]]), lex) == i + len(name)), seg)
        elif known:
            seg = _town_and_compound(text, i, known, lex)
        if seg is None:
            for j in range(i + 1, min(len(text), i + 9) + 1):
                m = suffixes.get(j)
                if m is None:
                    continue
                name, suffix = text[i:j], m.group(0)
                if any(k in suffixes and suffixes[k].end() == m.end() and suffixes[k].group(0) not in lex.cue(
                        "weak_place_endings") for k in range(max(i + 2, j - 4), j)):
                    continue  # 秦皇半岛一区小区: 区 is the end of the longer ending 一区, read there
                after = suffixes.get(m.end())
                level = lex.suffix_level[suffix]
                if after is not None and after.start() == m.end() and (
                        len(suffix) == 1 and PLACE_RANK["street"] <= PLACE_RANK[level] or level == "compound"):
                    continue  # 北大街街道, 某某新村小区, 某某花园小区: the ending is inside a longer name
                if suffix == "市" and text[m.end():m.end() + 1] in ("镇", "乡") and _town_ends_at(text, m.end() + 1, lex):
                    continue  # 某市横沟市镇罗家台村: 市 inside a town's name (not 宁波市镇海区)
                if suffix in lex.cue("weak_place_endings") and (text.startswith(lex.cue("name_continuations"), m.end())
                                                                or text[m.end():m.end() + 1].isdigit()
                                                                and suffix in lex.cue("road_endings")):
                    continue  # 汤河街西段社区, 龙都新苑三期小区, 桂香街28号院: a section, a phase or a number carries the name on
                under = out[-1][2] if out else None  # 某市和平街, 某社区青禾花园: under its parent, a name
                if suffix in lex.cue("weak_place_endings") and not (
                        under and (level == "street" or (level, under) == ("compound", "community"))) and not (
                        lex.kinds_re.match(text, m.end()) or m.end() in suffixes or _places_follow(text, m.end(), lex)) \
                        and not _LANE.fullmatch(name + suffix):
                    continue  # 长安街沿线: a road; 和平街党工委, 和平街红云社区: a street (a numbered lane, 某路99弄, is a name)
                nonplace = lex.cue("non_place_words")
                if (text[j:m.end() + 1] in nonplace or text[m.end() - 1:m.end() + 1] in nonplace) and not (
                        _lower_place_at(text, m.end(), level, lex, known)):
                    continue  # 专业市场, 区域: the suffix starts another word (not 临颍县城关街道)
                if text[j - 1:m.end()] in nonplace and len(suffix) == 1 and len(name) >= 3 or (
                        text[j - 2:m.end()] in nonplace and len(name) >= 4 and level == "district"):
                    continue  # 补齐城市, 姜堰老城区: the name's last characters make a common word with the
                    # suffix (not after a two-character name: 房山区, 厦门市, 西城区; 老城街道 is a name)
                if suffix == "区" and "区" in name[:-2]:
                    break  # 西塞山区新建区社区: no district's name holds another district's ending
                probe = name + suffix
                if known and any(probe.find(k, 1) >= 0 for k in known if len(k) > len(suffix)):
                    break  # 隶属某某街道: the known name starts later
                chained = bool(out) and PLACE_RANK[level] > PLACE_RANK.get(out[-1][2], 0)
                after_prep = not out and i > 0 and text[i - 1] in "在于到由从向对"  # 在和谐家园小区
                kind = lex.kinds_re.match(text, m.end()) if level == "community" else None
                before_body = kind is not None and lex.surface[kind.group(0)].type not in ("Place", "Role", "Mechanism")
                if _name_ok(name, suffix, lex, chained, after_prep, before_body) or (
                        chained and suffix == "区" and len(name) == 3 and name[-1] in lex.cue("short_district_chars")
                        and _name_ok(name[1:], suffix, lex, chained) and not text.startswith("的", m.end())):
                    seg = (i, m.end(), lex.suffix_level[suffix])  # 赤峰市元宝山区, 北京市石景山区 (not 某市偏远山区的社区)
                    break
                # a name never runs across a character that cannot be inside it
                if text[j - 1] in BREAK:
                    break
        if seg is None:
            break
        if seg[2] in ("compound", "community"):  # 工人新村南村街道: a low place's ending inside a higher one's name
            for j in range(seg[1] + 1, min(len(text), seg[1] + 4)):
                m = suffixes.get(j)
                if m is None or any(ch in BREAK for ch in text[seg[1]:j]):
                    continue
                level = lex.suffix_level[m.group(0)]
                if level == "street" and len(m.group(0)) > 1 and (not out or PLACE_RANK[level] > PLACE_RANK[out[-1][2]]) \
                        and _name_ok(text[seg[0]:j], m.group(0), lex, chained=bool(out)):
                    seg = (seg[0], m.end(), level)
                    break
        if known and known.get(text[seg[0]:seg[1]] + "市") in ("city", "district"):
            seg = (seg[0], seg[1], known[text[seg[0]:seg[1]] + "市"])  # 景德镇 after 景德镇市: the city written short
        ordinal = ORDINAL_PART.match(text, seg[1]) if seg[2] == "community" else None
        if ordinal:  # 通河三村第二居民区: a numbered part of a village or community is one community's name
            seg = (seg[0], ordinal.end(), "community")
        if out and seg[2] == out[-1][2] == "city" and text.endswith("市", seg[0], seg[1]):
            seg = (seg[0], seg[1], "district")  # 泉州市晋江市: a city under a city is a county-level one
        if out and out[-1][2] == "community" and seg[2] == "district" and text[seg[1] - 1] == "区" \
                and lex.ending_of(text[seg[0]:seg[1]]) == "区" and not lex.suffix_re.match(text, seg[1]):
            seg = (seg[0], seg[1], "compound")  # 青禾社区柳岸北区: a section of an estate under its community
        ending = lex.suffix_re.match(text, seg[1]) if out and seg[2] == "district" else None
        if ending and lex.suffix_level[ending.group(0)] == "community" \
                and PLACE_RANK[out[-1][2]] >= PLACE_RANK["district"]:
            seg = (seg[0], ending.end(), "community")  # 某区新建区社区, 某街道鲁矿东区社区: no district sits
            # under a district or a street, so 区 is inside the community's name
        if out and PLACE_RANK.get(seg[2], 0) <= PLACE_RANK.get(out[-1][2], 0):
            break
        out.append(seg)
        i = seg[1]
        zone = _county_zone(text, seg, lex)
        if zone:  # 杞县产业集聚区: the county, and the zone named by it
            out.append((seg[0], zone, "district"))
            i = zone
    return out


def bare_places(lex: Lexicon) -> tuple[tuple[str, str, str | None], ...]:
    """(name, level, full label or None) of each of ggl:bare_place_names, read once per lexicon."""
    return lex.derived("bare-places", lambda: tuple(
        (parts[0], parts[1], parts[2] if len(parts) > 2 else None)
        for parts in (entry.split(":") for entry in lex.cue("bare_place_names"))))


def _county_zone(text: str, seg: tuple[int, int, str], lex: Lexicon) -> int | None:
    """Where a zone named by the county ``seg`` ends (杞县产业集聚区), or None (ggl:county_zone_names)."""
    if seg[2] not in ("district", "city") or text[seg[1] - 1] not in "县市旗区":
        return None
    m = lex.pattern(lex.cue("county_zone_names")).match(text, seg[1])
    return m.end() if m else None


def _town_and_compound(text: str, i: int, known: dict, lex: Lexicon) -> tuple[int, int, str] | None:
    """青禾机场安置区 after 青禾镇 and 机场安置区: a known compound written with its town's name
    before it is one compound."""
    for stem in town_stems(known, lex):
        if text.startswith(stem, i):
            name = known_at(known, text, i + len(stem))
            if name and known[name] == "compound":
                return (i, i + len(stem) + len(name), "compound")
    return None


def town_stems(known: dict, lex: Lexicon) -> tuple[str, ...]:
    """The names of the known towns and streets without their endings (青禾 of 青禾镇), read once
    per document where ``known`` is a Known."""
    if isinstance(known, Known):
        if known._stems is None:
            known._stems = _town_stems(known, lex)
        return known._stems
    return _town_stems(known, lex)


def _town_stems(known: dict, lex: Lexicon) -> tuple[str, ...]:
    out = []
    for town, level in known.items():
        ending = lex.ending_of(town) if level == "street" else None
        if ending and len(town) - len(ending) >= 2:
            out.append(town[:-len(ending)])
    return tuple(out)


class Known(dict):
    """The place names found so far in a document (name -> level)."""

    _lengths: tuple | None = None
    _stems: tuple | None = None

    def __setitem__(self, key, value):
        self._lengths = self._stems = None
        super().__setitem__(key, value)

    def setdefault(self, key, value=None):
        if key not in self:
            self._lengths = self._stems = None
        return super().setdefault(key, value)

    def lengths(self) -> tuple[int, ...]:
        if self._lengths is None:
            self._lengths = tuple(sorted({len(k) for k in self}, reverse=True))
        return self._lengths



def known_at(known: dict, text: str, i: int) -> str | None:
    """The longest known place name written at ``i``, or None."""
    if not known:
        return None
    lengths = known.lengths() if isinstance(known, Known) else sorted({len(k) for k in known}, reverse=True)
    for n in lengths:
        if text[i:i + n] in known:
            return text[i:i + n]
    return None


def chain_starts(text: str, lex: Lexicon, known: dict[str, str]) -> list[int]:
    """Positions where a place chain may begin: clause starts, after a cue word, known names."""
    starts = {0}
    starts.update(m.end() for m in _STARTERS.finditer(text))
    for m in lex.joined("place_left_boundary", "name_openers", "post_verbs", "travel_verbs").finditer(text):
        # 担任某社区副主任: a name may open after a verb of holding a post
        starts.add(m.end())
    for m in lex.pattern(lex.cue("name_opening_words")).finditer(text):
        starts.add(m.start())  # 依托和谐家园小区: the name opens at 和谐, not after 和
    for name in known:
        i = text.find(name)
        while i >= 0:
            starts.add(i)
            i = text.find(name, i + 1)
    inside = {k for v in lex.pattern(tuple(w for w in lex.cue("verbs_not_names") if len(w) > 1)).finditer(text)
              for k in range(v.start() + 1, v.end())}  # 对接盟市直单位: no name opens inside a verb
    return sorted(s for s in starts if s < len(text) and s not in inside)


NAME_STOPS = "的和与及等在对将是了把为从向由被经同跟到或、，。；：！？,;:!?（）()《》“”\"「」『』【】〔〕[] \n\t—" + LIST_MARKS
_SUB_UNIT = re.compile(r"[\u4e00-\u9fff0-9]{1,8}")


def party_after(text: str, at: int, lex: Lexicon):
    """The Party kind that closes a unit's Party body's name, right after the unit or after a few
    words naming a part of it (某学院医学院第一党支部, 某局某项目党支部); None where there is none."""
    at += next((len(w) for w in lex.cue("own_office_words") if text.startswith(w, at)), 0)  # 某学院机关党委
    run = _SUB_UNIT.match(text, at)
    stop = run.end() if run else at
    for k in lex.kinds_re.finditer(text, at, stop + 5):
        if lex.surface[k.group(0)].type != "PartyOrganisation":  # 党支部书记: a post over a Party kind
            k = next((p for n in range(len(k.group(0)) - 1, 1, -1)
                      for p in (lex.kinds_re.fullmatch(text, k.start(), k.start() + n),)
                      if p and lex.surface[p.group(0)].type == "PartyOrganisation"), k)
        if lex.surface[k.group(0)].type != "PartyOrganisation":
            if k.start() < stop:
                return None  # 某医院社区党支部: another kind between the unit and the Party kind
            continue
        gap = text[at:k.start()]
        if gap and (k.start() > stop or lex.name_breakers.search(gap) or any(c in NAME_STOPS for c in gap)
                    or any(lex.surface.get(k.group(0)[:n]) for n in range(2, len(k.group(0))))):
            return None  # 某医院帮扶党支部, 某医院帮扶社区党支部: a verb, or a kind that opens with a kind
        return k
    return None


def _named_org(text: str, start: int, lex: Lexicon):
    """A body with a proper name that ends in an institution noun and a Party kind
    (市水务集团党委, 某区第十二中学党支部): (end, type, kind) or None."""
    insts = lex.cue("institution_nouns")
    window = text[start + 1:start + 14]
    if not lex.pattern(insts).search(window):
        return None
    for j in range(start + 1, min(len(text), start + 14)):
        if text[j - 1] in BREAK or text[j - 1] in OPEN_QUOTES + CLOSE_QUOTES:
            return None
        inst = next((w for w in insts if text.startswith(w, j)), None)
        if inst is None:
            continue
        k = party_after(text, j + len(inst), lex)
        if not k:
            continue
        kind = lex.surface[k.group(0)]
        name = text[start:j]
        chain = place_chain(text, start, lex)
        if chain and chain[-1][1] > j + len(inst):
            return None  # 某街道602所社区党支部: the noun is inside a place's name, read as a chain
        opening = next((w for w in lex.cue("name_opening_words") if name.startswith(w)), "")  # 向阳桥商业街商圈党委
        if not opening and any(name.startswith(w) for w in lex.cue("verbs_not_names")) or lex.name_breakers.search(
                name) or any(ch in name[len(opening):] for ch in "的和与及等在对将是了把为从向由被、"):
            return None
        if lex.surface.get(text[start:j + len(inst)]) or re.match("[0-9一二两三四五六七八九十百几多]+[个家所]", name) \
                or lex.joined("brand_not_names", min_len=2).match(name):
            return None  # 与3家物业公司党支部: a count of a kind, no name; 第三方物业公司党支部: a kind's adjective
        return k.end(), kind.type, kind.name
    return None


def _kind_prefixes(text: str, i: int, lex: Lexicon):
    """Every kind surface form that starts at ``i``, longest first."""
    for n in range(min(16, len(text) - i), 1, -1):
        kind = lex.surface.get(text[i:i + n])
        if kind is not None:
            yield i + n, kind, text[i:i + n]


def opens_road(text: str, at: int, lex: Lexicon) -> bool:
    """A road's ending is written at ``at`` (学院|路, 医院|路; not 学院|街道): the word before it opens
    the road's name and ends no unit."""
    return text.startswith(lex.cue("road_endings"), at) and not text.startswith("街道", at)


def _attached_kind(text: str, chain, lex: Lexicon):
    """A kind of body written right after (or over the suffix of) a named place, maybe with a
    short modifier between (某某街道综合党委): (end, type, kind name) or Nones."""
    last_s, last_e, _ = chain[-1]
    suffix_start = last_e
    for sfx in lex.suffix_level:
        if text.endswith(sfx, last_s, last_e):
            suffix_start = max(last_s + 1, last_e - len(sfx))
            break
    starts = [suffix_start, last_e]
    # a modifier of up to eight characters before a Party kind: 综合党委, 联合党支部, 跨境电商产业链党委
    for gap in range(1, 9):
        j = last_e + gap
        if j >= len(text) or any(ch in BREAK or ch in OPEN_QUOTES for ch in text[last_e:j]):
            break
        starts.append(j)
    close = text.find("”", last_e, last_e + 6) if text.startswith("“", last_e) else -1
    if close > 0:  # 东升社区“大党委”, 某街道“大工委”: a quoted kind written over the place's ending
        for i in (suffix_start, last_e):
            kind = lex.surface.get(text[i:last_e] + text[last_e + 1:close])
            if kind is not None and kind.type == "PartyOrganisation":
                return close + 1, kind.type, kind.name
        for k in range(6, 0, -1):  # 某社区“红色物业”服务站: a quoted word, then the head of a site
            kind = lex.surface.get(text[last_e + 1:close] + text[close + 1:close + 1 + k])
            if kind is not None and kind.type == "Facility" and not lex.vocab.is_hidden(kind.zh):
                return close + 1 + k, kind.type, kind.name
        following = list(_kind_prefixes(text, close + 1, lex))
        after = next((x for x in following if x[1].type == "PartyOrganisation" and not x[1].generic), None)
        if after is not None and "星" not in text[last_e:close] and not any(k.type == "Place" for _, k, _ in following):
            # 某社区“红色管家”临时党支部: a quoted word modifies the Party body (not a rating, “五星级”党组织,
            # nor the bodies of a kind of place, 某街道“五化”小区党支部)
            return after[0], after[1].type, after[1].name
    best = None
    for n, i in enumerate(starts):
        for end, kind, surface in _kind_prefixes(text, i, lex):
            if end <= last_e or kind.type not in ATTACHABLE or lex.vocab.is_hidden(surface):
                continue
            if opens_road(text, end, lex):
                continue  # 某区医院路小学: the kind opens a road's name
            if n >= 2 and (kind.type != "PartyOrganisation" or _has_verb(text[last_e:i], lex)
                           or _verbs_inside(lex).search(text[last_e:i])
                           or text[last_e:i].startswith(lex.cue("adverbial_preps") + lex.cue("name_determiners"))
                           or COUNT.search(text[last_e:i])
                           or any(w in text[last_e:i] and w != "型" for w in lex.cue("place_name_bad_chars"))
                           or i - last_e > 4 and (any(lex.surface[k.group(0)].type == "Place" for k in
                                                      lex.kinds_re.finditer(text, last_e, i)) or lex.pattern(
                               tuple(lex.unit_heads)).search(text, last_e, i))):
                continue  # a long modifier holds no place and no unit (某市第一医院帮扶社区党支部); it may
                # hold a type (某小区功能型综合党支部)
            if n >= 2 and any(k.type == "Place" for e2, k, _ in _kind_prefixes(text, i, lex) if e2 < end):
                continue  # 某街道试点社区党组织: the Party bodies of a kind of place, after a modifier
            if best is None or (n < 2 and end > best[0]):  # 某社区党总支部: the longest kind over the ending
                best = (end, kind.type, kind.name)
            break
        if best is not None and n >= 1:
            break
    head = lex.unit_heads_re.match(text, best[0]) if best is not None and best[1] == "GovernmentBody" else None
    more = head and lex.unit_heads_re.search(text, head.end(), head.end() + 8)
    if head is not None and lex.unit_heads[head.group(0)][0] == "GovernmentBody" and not (
            more and not any(ch in BREAK or ch in "、和与及" for ch in text[head.end():more.start()])):
        best = (head.end(),) + best[1:]  # 某县城管执法局: a kind of office, then a unit's head, is one unit
        # (not 某县公安局交警大队: a unit inside another, read whole as a named unit)
    if best is not None and best[1] != "PartyOrganisation":
        party = lex.kinds_re.match(text, best[0])  # 长河街道办事处党委: the body's own Party body
        if party and lex.surface[party.group(0)].type == "PartyOrganisation" and party.group(0) in (
                "党委", "党总支", "党支部", "党组", "机关党委", "党工委"):
            return party.end(), "PartyOrganisation", lex.surface[party.group(0)].name
    return best if best is not None else (None, None, None)


COUNT = re.compile(r"[\d一二两三四五六七八九十几每各某][位名个家支所批]")  # 一位, 一支队伍, 一所党校: a count is no name


_PARTY_OFFICE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,10}?)(?:委员会办公室|领导小组办公室|委员会|办公室)")


_TERM = re.compile(r"第[一二三四五六七八九十\d]+届")
DEPARTMENT_PARTY = re.compile(r"(?:机关)?(?:联合|第[一二三四五六七八九十\d]+)?(?:党委|党总支|党支部|党组)")  # a department's own Party body (联合党支部, 第一党支部 too)


def _party_body(text: str, start: int, lex: Lexicon, known):
    """中共XX市委组织部 / 中共XX区委 / XX市委组织部: a Party committee (or its department) named
    by its place; without 中共 the department must be written. After another of
    ``ggl:committee_prefixes`` (政协XX县委员会, 共青团XX市委) the committee is of that prefix's class."""
    prefixes = lex.committee_prefixes
    prefix = next((w for w in prefixes if text.startswith(w, start)), None)
    party = prefixes.get(prefix) == "PartyOrganisation"
    chain = place_chain(text, start + len(prefix or ""), lex, known)
    if not chain:
        return None
    end = chain[-1][1]
    if prefix and not party and (term := _TERM.match(text, end)):
        end = term.end()  # 政协某县第十届委员会: the committee's term before its ending
    suffixes = lex.cue("party_committee_suffixes")
    if prefix and not party:  # 政协某县委员会, 共青团某市委: a committee of the prefix's class, its longest ending
        suffixes = sorted(suffixes, key=len, reverse=True)
    committee = next((w for w in suffixes if text.startswith(w, end)), None)
    if committee is None or prefix and len(prefix) == 1 and (
            committee != "委" or PLACE_RANK.get(chain[-1][2], 0) > PLACE_RANK["district"]):
        return None  # a one-character prefix opens only 团某市委, 团某区委 (团结新村社区党委 is a name)
    end += len(committee)
    if prefix and not party:
        return end, chain, text[start:end], prefixes[prefix]
    dept = next((w for w in sorted(lex.cue("party_departments"), key=len, reverse=True)
                 if text.startswith(w, end)), None)
    if dept:
        end += len(dept)  # 某市委党校: a unit of the committee takes its head noun's class
        own = DEPARTMENT_PARTY.match(text, end)  # 某市委宣传部机关党支部: the department's Party body
        if own:
            return own.end(), chain, text[start:own.end()], "PartyOrganisation"
        return end, chain, text[start:end], lex.unit_heads.get(dept, ("GovernmentBody",))[0]
    if not party:
        return None
    office = _PARTY_OFFICE.match(text, end)  # 中共某市委城乡基层治理委员会办公室: a department by its ending
    if office and not any(ch in lex.cue("name_function_chars") for ch in office.group("name")):
        return office.end(), chain, text[start:office.end()], "GovernmentBody"
    return end, chain, text[start:end], "PartyOrganisation"


def opens_post(text: str, start: int, end: int) -> bool:
    """The head noun at ``start:end`` opens the name of a post (某局局长, 某所所长), no unit."""
    return end - start == 1 and text.startswith("长", end)


def _named_unit(text: str, chain, lex: Lexicon):
    """A department or unit named by its place (某区住建局, 某区人民医院): (end, type) or None."""
    end = chain[-1][1]
    heads = lex.pattern(tuple(lex.unit_heads))  # longest first
    best = None
    for gap in range(0, 5):
        j = end + gap
        if j > len(text) or any(ch in BREAK or ch in OPEN_QUOTES or ch in CLOSE_QUOTES for ch in text[end:j]):
            break
        noun = heads.match(text, j)
        if noun and lex.pattern(lex.cue("not_units")).match(text, noun.start()):
            continue  # 江门市中心城区: a word over the head noun, no unit
        if noun and gap == 0 and lex.pattern(lex.cue("place_centre_words")).match(text, j):
            continue  # 地处某市中心，: the middle of the place
        if noun and (opens_road(text, noun.end(), lex) or opens_post(text, noun.start(), noun.end())):
            continue  # 某区学院路实验学校, 某局局长: a head noun opening a road's or a post's name ends no unit
        between = text[end:j]  # 某街道吸纳某派出所: a verb that brings a unit in opens no part of its name
        if noun and between.startswith(lex.cue("name_determiners")):
            break  # 某区不少物业公司, 某区各学校: a determiner after the place, no unit's name
        if noun and not _has_verb(between, lex) and not lex.joined(
                "people_introducers", "founding_verbs", "appoint_verbs").search(between) and not lex.pattern(
                lex.cue("place_name_bad_chars")).search(between):
            if best is None or noun.end() > best[0]:  # 某区燃气集团: the longest head, not 燃气
                best = (noun.end(), lex.unit_heads[noun.group(0)][0])
    while best is not None and (more := heads.match(text, best[0])) and not opens_post(text, *more.span()):
        best = (more.end(), best[1])  # 某市轨道交通集团有限公司: a head written right after the head
    return best
