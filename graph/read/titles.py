"""Stage 1, read: titles and bylines of articles, and the places they name (by administrative suffix rules)."""
from __future__ import annotations

import re

from graph.read.patterns import (_BYLINE_BRACKET_RE, _BYLINE_MARK_RE, _DATELINE_RE, _BYLINE_PLACE_RE, _CHAIN_RE, _COLUMN_RE,
                                 _COMPONENT_RE, _GENERIC_PLACE, _JOINED_RE, _LEAD_CHAIN_RE, _LONG_ENDINGS,
                                 _NAME_VERBS, _NOT_IN_PLACE_RE, _ORG_CHAR_RE, _ORG_END, _PARTY_BODY_RE, _SPEAKER_RE, _STEM_SUFFIXES,
                                 _STEM_TITLE_RE, _STUDY_CASE_RE, _SUFFIX_CHARS, _TITLE_CLAUSE_RE, _TITLE_OPENERS,
                                 _TITLE_PARTS_RE, _TITLE_RE, _TITLE_STOP_RE)


def places_in(name: str) -> tuple[str, ...]:
    """The chain of administrative places a title or byline starts with.

    Found by the ontology's endings of administrative places (省/自治区/市/州/盟/区/县/旗/街道/镇/乡 …),
    not by a list of names.

    Examples
    --------
    >>> places_in("甲乙省丙丁市戊己区：某某标题")
    ('甲乙省', '丙丁市', '戊己区')
    >>> places_in("■中共丙丁县戊己街道工作委员会")
    ('丙丁县', '戊己街道')
    >>> places_in("中共丙丁市委组织部")
    ('丙丁市',)
    >>> places_in("中共禾县县委组织部"), places_in("中共丙丁县县委组织部")
    (('禾县',), ('丙丁县',))
    >>> places_in("甲乙省丙州市戊己区：某某标题")
    ('甲乙省', '丙州市', '戊己区')
    >>> places_in("甲乙县丙丁社区党总支关于县委巡察整改情况的通报")  # a body's name ends the chain
    ('甲乙县', '丙丁社区')
    >>> places_in("甲乙县召开全县党建工作会")  # so does a verb
    ('甲乙县',)
    >>> places_in("甲乙县赴丙丁市学习考察城市社区党建工作情况报告")  # and a trip (ggl:travel_verbs)
    ('甲乙县',)
    """
    name = name.strip()
    m = _TITLE_RE.match(name)
    if m is None:
        body = _byline_body(name) or name
        m = _BYLINE_PLACE_RE.match(body)
    if m is None:
        return ()
    chain = _split_chain(m.group("chain"))
    chain = tuple(p[:-1] if len(p) >= 3 and p[-1] == p[-2] and p[-1] in "县市区旗" else p for p in chain)
    # 中共某县县委组织部, 某市市委: the level's character again opens the body's name, it ends no place
    cut = next((k for k, p in enumerate(chain) if _NOT_IN_PLACE_RE.search(p) or k and p.startswith(_NAME_VERBS)), len(chain))
    chain = chain[:cut]  # 某县某社区党总支关于县委…的通报: a body's name and 关于 make no place; nor does a verb (召开全县)
    return () if any(_GENERIC_PLACE.match(p) for p in chain) else chain  # 在全市党建…会议上的讲话


def without_column(title: str) -> str:
    """A title without the name of its column in brackets before it (``【基层党建】某市：…``); a
    bracketed place (``【某街道】…``) stays.

    >>> without_column("【基层党建】甲乙省丙丁市：某某标题"), without_column("【戊己街道】某某动态")
    ('甲乙省丙丁市：某某标题', '【戊己街道】某某动态')
    """
    m = _COLUMN_RE.match(title)
    if m is None or places_in(m.group(1) + "：标题"):
        return title
    return title[m.end():]


def later_places(title: str) -> tuple[str, ...]:
    """The places a title names after its first part: a column's name before ｜ (``《栏目》访谈实录｜某市某社区：…``,
    the part in the colon form only) or a study's case after ——基于 (``…——基于某市某区的调研``).

    >>> later_places("《柳岸面对面》访谈实录｜甲乙市丙丁社区：共建连心桥")
    ('甲乙市', '丙丁社区')
    >>> later_places("某某新闻｜甲乙街道党群服务中心启用")  # no colon form after the column: no place
    ()
    >>> later_places("小区治理的路径——基于甲乙市丙丁区的调研")
    ('甲乙市', '丙丁区')
    >>> later_places("小区治理的实践与启示——以甲乙市丙丁区戊己街道为例")
    ('甲乙市', '丙丁区', '戊己街道')
    """
    for part in _TITLE_PARTS_RE.split(title)[1:]:
        found = places_in(part) if _TITLE_RE.match(part) else ()
        if found:
            return found
    study = _STUDY_CASE_RE.search(title)
    return _leading_places(study.group("case")) if study else ()


def _leading_places(title: str) -> tuple[str, ...]:
    """Places a title without ``：`` starts with (``某某区以党建引领…`` → 某某区), generic words cut off.

    >>> _leading_places("某某省某某市城市社区焕新颜"), _leading_places("城市社区焕新颜")
    (('某某省', '某某市'), ())
    >>> _leading_places("某某区举行区域化党建签约仪式")  # a verb opens no place
    ('某某区',)
    >>> _leading_places("甲乙区赴丙丁区考察学习")  # a place of the same level is no part of the chain
    ('甲乙区',)
    >>> _leading_places("甲乙县住房和城乡建设局工作总结")  # two words joined by 和 make no name
    ('甲乙县',)
    >>> _leading_places("关于甲乙县城市基层党建工作的调研报告")  # a report's 关于 opens no name
    ('甲乙县',)
    >>> _leading_places("关于禾县第一批“五优”社区的公示"), _leading_places("全县社区工作推进会召开")  # a county of one character
    (('禾县',), ())
    >>> _leading_places("关于甲乙市丙丁区戊己街道楼栋长队伍获评区级先进的通报")  # a verb inside a long run
    ('甲乙市', '丙丁区', '戊己街道')
    """
    m = _LEAD_CHAIN_RE.match(title, len(next((w for w in _TITLE_OPENERS if title.startswith(w)), "")))
    if m is None:
        return ()
    out = []
    for comp in _split_chain(m.group()):
        if _ORG_CHAR_RE.search(comp) or _GENERIC_PLACE.match(comp) or comp.endswith(("社区", "小区")) or _JOINED_RE.search(comp) or (
                comp.startswith(_NAME_VERBS)) or (out and out[-1][-1] == comp[-1]) or (
                len(comp) > 5 and any(v in comp[1:] for v in _NAME_VERBS)):
            break  # 某某区赴某某区考察: a place of the same level is no part of the chain; nor is a long
            # run with a verb inside (某街道楼栋长队伍获评区级先进)
        out.append(comp)
    return tuple(out)


def _split_chain(chain: str) -> tuple[str, ...]:
    """Split a matched chain of places into its components, shortest first, as the match did."""
    out = []
    while chain:
        for k in range(2, len(chain) + 1):
            if k < len(chain) and chain[k] in _SUFFIX_CHARS and not _opens_named_place(chain, k):
                continue  # 常州|市钟楼区: a component does not stop before a suffix character
            if k < len(chain) and chain.startswith(_LONG_ENDINGS, k):
                continue  # 苏州|工业园区: a long ending is no place of its own
            if _COMPONENT_RE.fullmatch(chain[:k]) and (k == len(chain) or _CHAIN_RE.fullmatch(chain[k:])):
                out.append(chain[:k])
                chain = chain[k:]
                break
        else:
            out.append(chain)
            break
    return tuple(out)


def _opens_named_place(chain: str, k: int) -> bool:
    """甲乙市|镇丙区: a suffix character may open the next place's name when a place ends right
    before it and the rest reads as places whose first has a name of two characters or more
    (not 甲乙市镇|丙区, whose 丙区 would have a one-character name; not 新|市镇, 新市 being one).

    >>> _split_chain("甲乙市镇丙区"), _split_chain("甲乙县新市镇")
    (('甲乙市', '镇丙区'), ('甲乙县', '新市镇'))
    """
    if k < 3 or not _COMPONENT_RE.fullmatch(chain[:k]) or not _CHAIN_RE.fullmatch(chain[k:]):
        return False
    rest = _split_chain(chain[k:])
    return len(rest[0]) >= 3


def _byline_body(line: str) -> str | None:
    """The author body of a byline line (``■中共某某区委组织部`` → ``中共某某区委组织部``), else None."""
    if len(line) > 48:
        return None
    m = _BYLINE_MARK_RE.match(line) or _BYLINE_BRACKET_RE.match(line)
    if m is None and _DATELINE_RE.match(line):  # 发布时间：2020年8月18日　来源：某某: a field after the date
        m = next((f for f in map(_BYLINE_MARK_RE.match, re.split(r"\u3000+|\s{2,}|(?<=\d)\s+(?=\D)", line)[1:]) if f), None)
    if m:
        body = m.group("body").strip()
        first = body.split()[0]
        if first != body and _ORG_END.search(first):
            body = first                  # ``■中共某某市委组织部 张三``: the body, not the writer
        if body.startswith(("中共", "中国共产党")) or _ORG_END.search(body):
            return body
        return None
    if _PARTY_BODY_RE.fullmatch(line) and _ORG_END.search(line):
        return line
    bodies = line.split()  # 中共某区委组织部　某区住建局: the bodies issuing a document together, the first
    if 1 < len(bodies) <= 4 and _PARTY_BODY_RE.fullmatch(bodies[0]) and all(_ORG_END.search(b) for b in bodies):
        return bodies[0]
    speaker = _SPEAKER_RE.match(line)  # 中共某某区委副书记, 某某市委书记 张三: the speaker's body
    if speaker and _ORG_END.search(speaker.group("body")) and _BYLINE_PLACE_RE.match(speaker.group("body")) \
            and places_in(speaker.group("body")):
        return speaker.group("body")
    return None


def placed_body_line(line: str) -> str | None:
    """A line that is nothing but a body named with its places (南京市栖霞区燕子矶街道党工委, 某县某街道办事处):
    under a title it signs the article, as a byline does."""
    line = line.strip()
    if len(line) > 30 or not _BYLINE_PLACE_RE.match(line) or not _ORG_END.search(line) or not places_in(line):
        return None
    return line if re.fullmatch(r"[\u4e00-\u9fff（）()]+", line) else None


def _is_title(line: str) -> bool:
    if len(line) > 64 or line[-1] in "。，、；：;,:":
        return False
    m = _TITLE_RE.match(line)
    return bool(m) and len(m.group("rest")) <= 48 and not _TITLE_STOP_RE.search(m.group("rest"))


def stem_places(title: str, text: str) -> tuple[str, ...]:
    """Places a title names by bare stems before its colon, found with their suffix in ``text``.

    ``广东肇庆：…`` with ``广东省肇庆市…`` in the article gives (广东省, 肇庆市); a stem the
    article never names with a suffix gives nothing.

    >>> stem_places("甲乙丙丁：某某标题", "这是甲乙省丙丁市的做法。丙丁市推动落实。")
    ('甲乙省', '丙丁市')
    >>> stem_places("甲乙丙丁：某某标题", "这里没有地名。")
    ()
    >>> stem_places("甲乙丙丁：某某标题", "这是丙丁市的做法。")  # the province is not written in the article
    ('丙丁市',)
    """
    m = _STEM_TITLE_RE.match(title.strip())
    if m is None:
        return ()

    def split(stem: str) -> list[str] | None:
        if not stem:
            return []
        for k in range(min(len(stem), 8), 1, -1):
            for suffix in _STEM_SUFFIXES:
                if stem[:k] + suffix in text:
                    rest = split(stem[k:])
                    if rest is not None:
                        return [stem[:k] + suffix, *rest]
        return None

    stem = m.group("stem")
    found = split(stem)
    if not found and len(stem) >= 4:  # 江东青川：… where the article never writes 江东省: the province's
        found = next((f for k in (2, 3) if len(stem) - k >= 2 and (f := split(stem[k:]))), None)  # stem is dropped
    return tuple(found) if found and not any(_GENERIC_PLACE.match(p) for p in found) else ()


def is_stem_title(line: str) -> bool:
    """``广东肇庆：党建“红线”串起…``: bare place stems, a colon, a short title without clauses."""
    m = _STEM_TITLE_RE.match(line.strip())
    return bool(m) and len(line) <= 50 and not _TITLE_CLAUSE_RE.search(m.group("rest"))
