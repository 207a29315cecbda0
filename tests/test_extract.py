"""The extractor: quality pinned against gold, evidence exact, rules on small snippets, bad input."""
import json
import shutil

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.cli import cli
from graph.errors import InputError
from graph.evaluate import score
from graph.extract import dumps, extract
from graph.read import read_file, read_text
from graph.vocab import load

from conftest import CORPUS, SEED, SEED_GOLD

GOLD = CORPUS.parent / "gold"


def _scores(pairs):
    """Per-document and micro figures over (document path, gold path) pairs (graph.evaluate)."""
    report = score([extract(read_file(text)).to_json() for text, _ in pairs],
                   [json.loads(gold.read_text(encoding="utf-8")) for _, gold in pairs])
    return report["documents"], report["micro"]


@pytest.fixture(scope="module")
def seed_scores():
    return _scores([(SEED, SEED_GOLD)])


def _pairs(prefixes):
    """The corpus reports of the batches named by ``prefixes`` (a batch's ids are its prefix and a digit)."""
    return [(CORPUS / (g.stem + ".txt"), g) for g in sorted(GOLD.glob("*.json"))
            if any(g.stem.startswith(p) and g.stem[len(p):len(p) + 1].isdigit() for p in prefixes)]


@pytest.fixture(scope="module")
def corpus_scores():
    """The four reports written with gold first (a*, b*): the extractor was tuned on them."""
    pairs = _pairs(("a", "b"))
    assert len(pairs) >= 4
    return _scores(pairs)


@pytest.fixture(scope="module")
def held_out_scores():
    """Four reports written after the rules (c*: a news report, a county report mixing towns and
    villages; d*: two three-article magazine pages in the seed's style and noise). On first
    contact they scored 0.46, 0.49, 0.64 (0.81 once the reader bug it showed was fixed) and
    0.77 relations F1; the rules were then improved on them too."""
    pairs = _pairs(("c", "d"))
    assert len(pairs) >= 4
    return _scores(pairs)


@pytest.fixture(scope="module")
def blind_scores():
    """Eighteen reports rewritten from real pages in three batches (e: news, news agency,
    property disputes; f: numbered government summaries, signing ceremonies, work summaries;
    g: county, township, districts, noisy magazine pages), gold by annotators who never saw
    the rules. First contact: e 0.318, g 0.381, f 0.460 relations F1 (README); the rules were
    then improved on them."""
    pairs = _pairs(("e", "f", "g"))
    assert len(pairs) == 18
    return _scores(pairs)


@pytest.fixture(scope="module")
def last_batch_scores():
    """Six reports (i*) held out until every other rule was written: first contact 0.465
    relations F1 (precision 0.482), against 0.372 for the extractor before this round."""
    pairs = _pairs(("i",))
    assert len(pairs) == 6
    return _scores(pairs)


@pytest.fixture(scope="module")
def batch_j_scores():
    """Six reports (j*) scored at first contact after this round's first changes (0.456
    relations F1, precision 0.554), then tuned on."""
    pairs = _pairs(("j",))
    assert len(pairs) == 6
    return _scores(pairs)


@pytest.fixture(scope="module")
def batch_k_scores():
    """Six reports (k*) held out until every other rule of this round was written: first
    contact 0.461 relations F1 (precision 0.527), against 0.430 at the round's start."""
    pairs = _pairs(("k",))
    assert len(pairs) == 6
    return _scores(pairs)


@pytest.fixture(scope="module")
def batch_l_scores():
    """Six reports (l*): first contact 0.335 (l1–l3) and 0.429 (l4–l6) relations F1."""
    pairs = _pairs(("l",))
    assert len(pairs) == 6
    return _scores(pairs)


@pytest.fixture(scope="module")
def batch_m_scores():
    """Six reports (m*) scored at first contact in the third round (0.552 and 0.546 relations
    F1 for m1–m3 and m4–m6), then tuned on."""
    pairs = _pairs(("m",))
    assert len(pairs) == 6
    return _scores(pairs)


@pytest.fixture(scope="module")
def third_round_scores():
    """Twelve reports (n*, o*) held out until the first half of the third round was written:
    first contact 0.608 relations F1 (precision 0.677), against 0.545 at the round's start;
    then tuned on."""
    pairs = _pairs(("n", "o"))
    assert len(pairs) == 12
    return _scores(pairs)


@pytest.fixture(scope="module")
def held_out_third_round_scores():
    """Twelve reports (p*, q*) held out until every rule of the third round was written: first
    contact 0.493 relations F1 (precision 0.567), against 0.422 at the round's start."""
    pairs = _pairs(("p", "q"))
    assert len(pairs) == 12
    return _scores(pairs)


@pytest.fixture(scope="module")
def reference_dev_scores():
    """The four reference dev reports (h01–h04), gold made independently of the rules."""
    pairs = _pairs(("h0",))
    assert len(pairs) == 4
    return _scores(pairs)


# -- quality, pinned: a drop fails (figures measured when this was written, in the README) --

def test_seed_quality(seed_scores):
    results, micro = seed_scores
    # 0.974 → 0.957 in the sixteenth round: people 由…定期巡查 take part in a scheme of their own
    # sentence only; the seed's 平急转换 of the sentence before was right 11 times in 103 elsewhere
    assert micro["relations"]["f1"] >= 0.955
    assert micro["relations_macro_f1"] >= 0.97
    # 0.949 since the kind 社区干部 joined the vocabulary: the seed's heading 加强社区干部队伍建设
    # names it and its gold has no such entity; 0.943 since a post of a body said of nothing
    # (小区党支部书记) is no entity — the seed's gold has such nodes, the guide and the dev gold not
    assert micro["entities"]["f1"] >= 0.94
    assert micro["quantities"]["f1"] >= 0.90
    doc = results["000_494ed71236812c41"]
    right, total = map(int, doc["counts_right"].split("/"))
    assert right == total and total >= 14  # every matched relation's count right


def test_unseen_corpus_quality(corpus_scores):
    results, micro = corpus_scores
    assert micro["relations"]["f1"] >= 0.86
    assert micro["relations_macro_f1"] >= 0.86
    assert micro["entities"]["f1"] >= 0.90  # 0.903: these golds, like the seed's, make nodes of posts (业委会主任)
    assert micro["quantities"]["f1"] >= 0.85  # 0.862 → 0.858 in the eleventh round: a2's 兼职委员1630名
    # now has its subject (a link word, then the kind), and is a figure where its gold reads a relation's count
    for name, r in results.items():
        assert r["relations"]["f1"] >= 0.80, name


def test_held_out_quality(held_out_scores):
    results, micro = held_out_scores
    assert micro["relations"]["f1"] >= 0.86
    assert micro["relations_macro_f1"] >= 0.83
    assert micro["entities"]["f1"] >= 0.90  # 0.908: as above
    assert micro["quantities"]["f1"] >= 0.84
    for name, r in results.items():
        assert r["relations"]["f1"] >= 0.76, name


def test_blind_batches_quality(blind_scores):
    results, micro = blind_scores
    assert micro["relations"]["f1"] >= 0.64
    assert micro["relations"]["precision"] >= 0.73
    assert micro["relations_macro_f1"] >= 0.58
    assert micro["entities"]["f1"] >= 0.77
    assert micro["quantities"]["f1"] >= 0.63
    for name, r in results.items():
        assert r["relations"]["f1"] >= 0.25, name  # e1: its gold scopes every kind to the compound (guide §1: the article's place)


def test_last_batch_quality(last_batch_scores):
    results, micro = last_batch_scores
    assert micro["relations"]["f1"] >= 0.75
    assert micro["relations_macro_f1"] >= 0.68
    assert micro["entities"]["f1"] >= 0.72
    assert micro["quantities"]["f1"] >= 0.58


def test_batch_j_quality(batch_j_scores):
    results, micro = batch_j_scores
    assert micro["relations"]["f1"] >= 0.74
    assert micro["relations"]["precision"] >= 0.79
    assert micro["relations_macro_f1"] >= 0.72
    assert micro["entities"]["f1"] >= 0.77
    assert micro["quantities"]["f1"] >= 0.64


def test_batch_k_quality(batch_k_scores):
    results, micro = batch_k_scores
    assert micro["relations"]["f1"] >= 0.59
    assert micro["relations_macro_f1"] >= 0.53
    assert micro["entities"]["f1"] >= 0.67
    assert micro["quantities"]["f1"] >= 0.74


def test_batch_l_quality(batch_l_scores):
    results, micro = batch_l_scores
    assert micro["relations"]["f1"] >= 0.49
    assert micro["relations_macro_f1"] >= 0.38
    assert micro["entities"]["f1"] >= 0.64
    assert micro["quantities"]["f1"] >= 0.67


def test_batch_m_quality(batch_m_scores):
    results, micro = batch_m_scores
    assert micro["relations"]["f1"] >= 0.74
    assert micro["relations_macro_f1"] >= 0.70
    assert micro["entities"]["f1"] >= 0.71
    assert micro["quantities"]["f1"] >= 0.69


def test_third_round_quality(third_round_scores):
    results, micro = third_round_scores
    assert micro["relations"]["f1"] >= 0.73
    assert micro["relations"]["precision"] >= 0.80
    assert micro["relations_macro_f1"] >= 0.67
    assert micro["entities"]["f1"] >= 0.77
    assert micro["quantities"]["f1"] >= 0.70


def test_held_out_third_round_quality(held_out_third_round_scores):
    results, micro = held_out_third_round_scores
    assert micro["relations"]["f1"] >= 0.56
    assert micro["relations"]["precision"] >= 0.65
    assert micro["relations_macro_f1"] >= 0.48
    assert micro["entities"]["f1"] >= 0.74
    assert micro["quantities"]["f1"] >= 0.60


# The fourth round's batches: prefixes, number of reports, the first-contact figure (relations F1
# before any rule was changed for them; round start 7598442 in brackets), then the pins after tuning:
# relations F1, precision, macro, entities, quantities.
FOURTH_ROUND = [
    (("r",), 6, "0.572 at the round's start; then tuned on (quantities 0.685 -> 0.679 when a post no longer "
                "reached past a comma and its figure became a quantity)", (0.68, 0.72, 0.66, 0.77, 0.67)),
    (("t",), 6, "0.544 (0.538); then tuned on", (0.60, 0.69, 0.62, 0.66, 0.63)),
    (("u",), 6, "0.508 (0.493), 0.517 once kinds kept their written names; then tuned on",
     (0.52, 0.60, 0.45, 0.70, 0.43)),
    (("s", "v"), 12, "0.538 (0.517), held out until the round's rules were written; then tuned on",
     (0.59, 0.69, 0.52, 0.68, 0.59)),
    (("w",), 6, "0.613 (0.632): one over-general rule lost 花园社区; 0.656 once narrowed",
     (0.65, 0.74, 0.61, 0.79, 0.72)),
    (("x",), 6, "0.558 (0.550); then tuned on; quantities floor 0.76 → 0.63 in the twenty-fifth round (景谷县 read as "
                "the 景谷傣族彝族自治县 the report names, the full name the guide asks for: x2's gold writes the short "
                "name, as2's gold, of the same page, the full one, whose figures rose 0.33 → 0.49)", (0.57, 0.65, 0.50, 0.72, 0.63)),
    (("y",), 6, "0.412 (0.407), a hard batch; then tuned on (precision 0.607 -> 0.598 when bare "
                "branded kinds such as “红色物业” became schemes, F1 up)", (0.51, 0.59, 0.39, 0.68, 0.52)),
    (("z",), 6, "0.532 (0.508) with the final code; not tuned on", (0.53, 0.58, 0.38, 0.69, 0.55)),
]
FIFTH_ROUND = [
    (("aa",), 6, "0.616 (0.602 at the round's start); then tuned on", (0.74, 0.78, 0.72, 0.78, 0.75)),
    (("ac",), 6, "0.600 (0.600 at the round's start); then tuned on", (0.70, 0.78, 0.71, 0.75, 0.73)),
    (("ad",), 6, "0.510 (0.497 at the round's start); then tuned on", (0.57, 0.67, 0.53, 0.71, 0.75)),
    (("ae",), 6, "0.626 (0.613 at the round's start); then tuned on", (0.63, 0.72, 0.60, 0.72, 0.72)),
    (("ag",), 6, "0.578 (0.560 at the round's start); then tuned on (entities 0.714 -> 0.709 once a "
                "counted kind of place was no entity of its own)", (0.59, 0.66, 0.58, 0.70, 0.68)),
    (("ai",), 6, "0.551 (0.480 at the round's start); then tuned on", (0.70, 0.74, 0.67, 0.78, 0.69)),
    (("aj",), 6, "0.592 (0.557 at the round's start); then tuned on", (0.61, 0.65, 0.60, 0.71, 0.65)),
    (("ab",), 6, "held out all round: 0.638 with the final code (0.596 at the round's start); not tuned on",
     (0.63, 0.71, 0.51, 0.75, 0.68)),
    (("af",), 6, "held out from mid-round: 0.675 with the final code (0.645); not tuned on", (0.67, 0.75, 0.62, 0.75, 0.64)),
    (("ah",), 6, "held out to the very end, first contact with the final code: 0.539 (0.484); not tuned on",
     (0.53, 0.57, 0.54, 0.65, 0.64)),
]

# The sixth round (first contact after the fifth round's code, 02fdc9e; README).
SIXTH_ROUND = [
    (("ak",), 6, "0.670 (0.668 at the fifth round's start); then tuned on", (0.68, 0.74, 0.64, 0.72, 0.80)),
    (("al",), 6, "held out through the tuning on ak: 0.516 at b32a136 (0.516 at 02fdc9e); then tuned on",
     (0.62, 0.76, 0.52, 0.76, 0.75)),
    (("am",), 6, "held out to the end, scored once at fb7de25: 0.637 (0.583 at 02fdc9e); then tuned on",
     (0.66, 0.67, 0.67, 0.80, 0.66)),
    (("an",), 6, "real pages, held out to the end, scored once at 133c030: 0.481 (0.454 at 02fdc9e); then tuned on "
                "(quantities 0.58 -> 0.56 once the units listed before 等5家单位 were read: 等4个社区 became the "
                "count of their coBuilds and no longer a quantity of its own; 0.559 in the eleventh round: 13670株 "
                "is now read, with a place its gold does not give)", (0.54, 0.65, 0.44, 0.69, 0.55)),
    (("ao",), 6, "real pages, held out to the end, scored once at bbfccd4: 0.512 (0.512 at 02fdc9e); then tuned on",
     (0.57, 0.65, 0.50, 0.69, 0.81)),
    (("ap",), 6, "real pages, held out to the very end, scored once with the final code: 0.555 (0.555 at 02fdc9e); "
                "its misses read in the seventh round", (0.55, 0.68, 0.54, 0.72, 0.47)),
]

# The seventh round (first contact with the sixth round's final code, cf484f0; README).
SEVENTH_ROUND = [
    (("ar",), 6, "real pages, scored on arrival: 0.513 (cf484f0); then tuned on. Since the tenth round 组织 inside "
                "党组织 or 组织部 gathers nobody: participations it gave by accident are gone (27 right, 82 wrong over "
                "the corpus)", (0.64, 0.67, 0.62, 0.73, 0.61)),
    (("as",), 6, "real pages, scored on arrival mid-round: 0.484 at 39ff288 (0.460 at cf484f0); then tuned on",
     (0.44, 0.44, 0.27, 0.64, 0.31)),
    (("aq",), 6, "real pages, held out from the round's start, scored once with the code of that moment: 0.490 "
                "at c16148d (0.492 at cf484f0); then tuned on", (0.50, 0.57, 0.34, 0.63, 0.44)),
    (("at",), 6, "pages with passages added by the annotators, held out until aq was tuned on, scored once with the "
                "code of that moment: 0.641 at 4bace32 (0.637 at cf484f0); then tuned on", (0.67, 0.70, 0.65, 0.75, 0.78)),
    (("au",), 6, "real pages, held out to the very end, scored once with the final code: 0.393 at 1da23f2 "
                "(0.395 at cf484f0); not tuned on; 0.386 since 组织 inside 党组织 gathers nobody (tenth round)",
     (0.38, 0.46, 0.23, 0.56, 0.33)),
]

EIGHTH_ROUND = [
    (("av",), 6, "real pages, scored on arrival: 0.546 (5015873, the round's start); then tuned on (quantities "
                "0.529 → 0.514 in the eleventh round: 每栋楼…1名 is now a per-unit figure, with a place its gold "
                "does not give)", (0.59, 0.64, 0.52, 0.66, 0.51)),
    (("ax",), 6, "real pages, commissioned after av was scored, scored on arrival mid-round: 0.550 at 6683ec5 "
                "(the same at 5015873); then tuned on; 0.570 since a place named later in a clause no longer "
                "scopes the kinds before it (tenth round): ax1's annotator scoped 在职党员 to the compound named "
                "after it", (0.57, 0.67, 0.47, 0.70, 0.35)),
    (("ay",), 6, "real pages, commissioned after ax was scored, scored on arrival late in the round: 0.550 at "
                "dbe63d0 (the same at 5015873); not tuned on; 0.543 since a kind of unit (驻区单位) runs no "
                "scheme (tenth round: right 5 times in 27 over the corpus, two of them here)",
     (0.54, 0.62, 0.41, 0.70, 0.65)),
    (("aw",), 6, "real pages, commissioned at the round's start, held out to the very end, scored once with the "
                "final code: 0.551 at d9590c9 (the same at 5015873); not tuned on", (0.55, 0.71, 0.40, 0.69, 0.50)),
    (("az",), 6, "real pages, commissioned after the round's last change, scored once with the final code: 0.460 "
                "at b7c8b65 (0.447 at 5015873); not tuned on", (0.46, 0.55, 0.33, 0.68, 0.74)),
    (("ba",), 6, "real pages, commissioned after the round's last change, scored once with the final code: 0.519 "
                "at b7c8b65 (0.484 at 5015873); not tuned on", (0.51, 0.55, 0.40, 0.69, 0.58)),
]

NINTH_ROUND = [
    (("bb",), 6, "real pages, scored on arrival: 0.546 (1378590, the round's start); then tuned on",
     (0.57, 0.59, 0.49, 0.73, 0.65)),
    (("bd",), 6, "real pages, commissioned after bb was scored, scored on arrival mid-round: 0.529 at d684532 "
                "(the same at 1378590); then tuned on", (0.58, 0.70, 0.40, 0.74, 0.57)),
    (("be",), 6, "real pages, commissioned after bd was scored, scored on arrival late in the round: 0.574 at "
                "fde5041 (the same at 1378590); then tuned on; 0.603 since 组织 inside 党组织 gathers nobody "
                "(tenth round); 0.646 in the twelfth (be3's 某街道和谐社区 read as a community's name)",
     (0.64, 0.76, 0.53, 0.70, 0.70)),
    (("bc",), 6, "real pages, commissioned at the round's start, held out to the very end, scored once with the "
                "final code: 0.465 at 4ed4703 (0.468 at 1378590); not tuned on. The tenth round's shared ending "
                "(上南街、交通路、箭道街3个社区) finds bc2's three communities, and the title's 四川一街道, read as "
                "a street's name, gives each a wrong locatedIn", (0.45, 0.53, 0.32, 0.62, 0.38)),
    (("bf",), 6, "real pages, commissioned late in the round, scored once with the final code: 0.602 at 4ed4703 "
                "(0.593 at 1378590); then read for misses", (0.61, 0.71, 0.50, 0.64, 0.53)),
    (("bg",), 6, "real pages, commissioned after the round's last change, scored once with the code after the "
                "misses of bc and bf: 0.515 at 5f2c817 (the same at 4ed4703, 0.517 at 1378590); not tuned on",
     (0.51, 0.57, 0.26, 0.65, 0.49)),
]

TENTH_ROUND = [
    (("bh",), 6, "real pages, commissioned at the round's start, scored on arrival: 0.482 at 1ca20e6 (the round's "
                "start); then tuned on", (0.56, 0.61, 0.40, 0.70, 0.74)),
    (("bj",), 6, "real pages, commissioned mid-round, scored on arrival: 0.476 at 588553e (0.459 at 1ca20e6; bj6 "
                "shares its source page with bf1 and bf6); then tuned on", (0.48, 0.60, 0.35, 0.67, 0.73)),
    (("bi",), 6, "real pages, commissioned at the round's start, held out to the very end, scored once with the "
                "final code: 0.600 at f8417fc (identical at 1ca20e6); not tuned on", (0.60, 0.64, 0.41, 0.71, 0.80)),
    (("bk",), 6, "real pages, commissioned mid-round, held out to the very end, scored once with the final code: "
                "0.614 at f8417fc (0.578 at 1ca20e6; bk6 shares its source page with bf1, bf6 and bj6, bk1–bk5 "
                "0.621 against 0.609); not tuned on; 0.61 → 0.60 when a compound in a paragraph about its district, "
                "in a report that names its street, stopped sitting in the district (bk4's gold has it so)",
     (0.60, 0.79, 0.50, 0.74, 0.71)),
    (("bl",), 6, "real pages, commissioned after bi and bk were scored, met once with the code after the round's "
                "last change: 0.438 at 67bb767 (0.446 at 1ca20e6: one right relation lost); not tuned on. "
                "Quantities 0.689 → 0.667 in the eleventh round: reporting to one's community now joins “双报到” "
                "under the label the document gives it, and the participation takes the figure as its count; "
                "0.656 once 2300株 was read, with a place its gold does not give; relations 0.451 → 0.446 when "
                "“大工委” became the short form of the kind 街道大工委 (twelfth round: bl2 reads a list of "
                "the two kinds as cross posts); precision 0.58 → 0.57 in the fourteenth round: the body a "
                "sentence is about (集团党委将…) now runs the “双报到”工作 it names, where the gold names only the "
                "city", (0.44, 0.57, 0.24, 0.67, 0.65)),
]
ELEVENTH_ROUND = [
    (("bm",), 6, "real pages, commissioned at the round's start, scored on arrival: 0.473 at 0bd7a86 (the round's "
                "start); then tuned on; macro 0.30 → 0.28 in the sixteenth round: a leading verb leads only a "
                "scheme of its own sentence, and bm4's ‘红色物业’由县委主导 names it in single quotes inside a "
                "quotation, which no scheme is read from", (0.54, 0.68, 0.28, 0.71, 0.46)),
    (("bo",), 6, "real pages, commissioned mid-round, scored on arrival: 0.545 at 00ed8c6 (identical at 0bd7a86); "
                "then tuned on", (0.56, 0.70, 0.39, 0.64, 0.57)),
    (("bn",), 6, "real pages, commissioned at the round's start, held out to the very end, scored once with the "
                "final code: 0.519 at ce62d71 (identical at 0bd7a86); then bn6's subtitle was read (0.115 → 0.926)",
     (0.68, 0.78, 0.69, 0.73, 0.80)),
    (("bp",), 6, "real pages, commissioned mid-round, held out to the very end, scored once with the final code: "
                "0.437 at ce62d71 (identical at 0bd7a86); then one miss of bp1 read (首个社区 is no place)",
     (0.44, 0.50, 0.27, 0.58, 0.58)),
    (("bq",), 6, "real pages, commissioned after bn and bp were scored, met once with the code after the round's "
                "last change: 0.614 at 1704d0c (identical at 0bd7a86, quantities 0.706); not tuned on; 0.605 "
                "since a department named by its level is type-level (twelfth round: bq4's gold writes 市审计局 "
                "as a name)", (0.60, 0.70, 0.59, 0.72, 0.71)),
]
TWELFTH_ROUND = [
    (("br",), 6, "real pages, commissioned at the round's start with a rewritten prompt, scored on arrival: 0.751 at "
                "3061e02 (0.747 at 92fb8ff, the round's start); then tuned on", (0.76, 0.78, 0.69, 0.80, 0.57)),
    (("bs",), 6, "real pages, commissioned at the round's start, held out while br was tuned on, scored once "
                "mid-round: 0.611 at cd5072f (0.603 at 92fb8ff); then tuned on; quantities floor 0.76 → 0.75 in the "
                "thirtieth round (选派7名教师…到岩孔街道6个村: a figure on both sides is no count, so 7名教师 is a "
                "figure, which bs5's gold writes under a longer subject)", (0.67, 0.74, 0.62, 0.75, 0.75)),
    (("bu",), 6, "real pages, commissioned mid-round, scored on arrival: 0.695 at 9dfd964 (the same at 92fb8ff); "
                "then tuned on (bu4's title place 住房和城乡 read: quantities 0.356 → 0.634); macro 0.67 → 0.66 in "
                "the thirteenth round: a formula with one body beside tasks (“居民点单+社区派单+物业接单”) names no "
                "parties, which bu4's gold counts",
     (0.76, 0.80, 0.66, 0.82, 0.63)),
    (("bt",), 6, "real pages, commissioned at the round's start, held out to the very end, scored once with the "
                "final code: 0.708 at 5992fc5 (0.704 at 92fb8ff); then two structural misses read (bt1's byline "
                "under a subtitle, bt3's chain through posts)", (0.75, 0.80, 0.78, 0.82, 0.61)),
    (("bv",), 6, "real pages, commissioned mid-round, held out to the very end, scored once with the final code: "
                "0.677 at 5992fc5 (0.667 at 92fb8ff); then one miss of bv1 read (全小区)",
     (0.67, 0.70, 0.59, 0.75, 0.71)),
    (("bw",), 6, "real pages, commissioned after bt and bv were scored, met once with the code after the round's "
                "last change: 0.695 at d216de9 (identical at 92fb8ff); not tuned on", (0.69, 0.74, 0.66, 0.80, 0.66)),
]
THIRTEENTH_ROUND = [
    (("bx",), 6, "real pages, commissioned at the round's start, scored on arrival: 0.656 at dd64b01 (the "
                "round's start); then tuned on (a unit named with 新余, lists closed by a count of units)",
     (0.71, 0.75, 0.61, 0.79, 0.73)),
    (("ca",), 6, "real pages, commissioned mid-round, scored on arrival: 0.626 at 9e424e3 (the same at dd64b01); "
                "then tuned on (half-width commas, 小区 + 功能型党支部, 包括 after a kind of unit); 0.650 → 0.646 when a "
                "formula with one kind of body (“党支部+联合会”) stopped naming parties; entities 0.78 → 0.77 when "
                "党员业主 became one role (ca5's gold names none)",
     (0.64, 0.76, 0.58, 0.77, 0.63)),
    (("cc",), 6, "real pages, commissioned late in the round, scored on arrival: 0.709 at ee25c6d (0.643 at dd64b01, "
                "the round's start); then tuned on (a preposition opening a list item)",
     (0.70, 0.72, 0.65, 0.82, 0.75)),
    (("by",), 6, "real pages, commissioned at the round's start, held out to its very end, scored once with the "
                "final code: 0.627 at 6d5f464 (0.609 at dd64b01); not tuned on; quantities 0.62 → 0.61 when people "
                "sent down to a post stopped holding one in the sender (by2's figure 74 is left to a support whose "
                "counted sender, 37个县直部门党组织, is not read)", (0.62, 0.76, 0.61, 0.72, 0.61)),
    (("bz",), 6, "real pages, commissioned at the round's start, held out to its very end, scored once with the "
                "final code: 0.580 at 6d5f464 (the same at dd64b01); then one structural miss read (建设街道 after its "
                "district was no place)", (0.59, 0.61, 0.54, 0.68, 0.52)),
    (("cb",), 6, "real pages, commissioned mid-round, held out to its very end, scored once with the final code: "
                "0.600 at 6d5f464 (0.598 at dd64b01); then one structural miss read (进安镇 after its county was no "
                "place: 0.600 → 0.649)", (0.64, 0.72, 0.60, 0.68, 0.57)),
    (("cd",), 6, "real pages, commissioned late in the round, held out to its very end, scored once with the "
                "final code: 0.643 at 6d5f464 (the same at dd64b01); not tuned on; precision 0.67 → 0.66 in the "
                "fourteenth round: 选派5名干部担任楼栋包联干部 now supports 楼栋, where the gold names the compound in "
                "scope (and entities 0.74 → 0.73 for the 楼栋 it adds)", (0.64, 0.66, 0.53, 0.73, 0.62)),
    (("ce",), 6, "real pages, commissioned after by, bz, cb and cd were scored, met once with the code after the "
                "round's last change: 0.771 at 48e7a0b (0.750 at dd64b01); not tuned on", (0.77, 0.78, 0.71, 0.80, 0.65)),
]
FOURTEENTH_ROUND = [
    (("cf",), 6, "real pages, commissioned at the round's start, scored on arrival: 0.673 at 39fbb85 (the same at "
                "98afe38, the round's start); then tuned on (转机始于小区, 莒县, branches named with their unit, the "
                "actor of an earlier comma phrase)", (0.79, 0.82, 0.71, 0.79, 0.83)),
    (("cj",), 6, "real pages, commissioned mid-round, scored on arrival: 0.677 at 274339b (the same at 98afe38); "
                "then tuned on (从X选派…担任, 下沉包联, the kind of place after a named one)", (0.69, 0.71, 0.66, 0.83, 0.63)),
    (("ck",), 6, "real pages, commissioned mid-round, scored on arrival: 0.645 at 274339b (0.643 at 98afe38); "
                "then tuned on (a Party body with a long modifier, 银行：… headings, 成立/组建 before a name)",
     (0.68, 0.77, 0.64, 0.74, 0.67)),
    (("cl",), 6, "real pages, commissioned mid-round, scored on arrival: 0.634 at bf55272 (0.632 at 98afe38); then "
                "tuned on (镇里, 老城, 某市市北区)", (0.66, 0.71, 0.60, 0.77, 0.69)),
    (("cg",), 6, "real pages, commissioned at the round's start, held out to its very end, scored once with the "
                "final code: 0.687 at ee71f18 (0.680 at 98afe38); not tuned on", (0.68, 0.73, 0.67, 0.77, 0.71)),
    (("ch",), 6, "real pages, commissioned at the round's start, held out to its very end, scored once with the "
                "final code: 0.630 at ee71f18 (the same at 98afe38); then two structural misses read (驻地社区, "
                "油脂机械厂11号院小区: 0.630 → 0.690)", (0.69, 0.80, 0.61, 0.78, 0.59)),
    (("cm",), 6, "real pages, commissioned mid-round, held out to its very end, scored once with the final code: "
                "0.713 at ee71f18 (the same at 98afe38); not tuned on", (0.71, 0.78, 0.66, 0.71, 0.80)),
    (("ci",), 6, "real pages, commissioned at the round's start, met once with the code after the round's last "
                "change: 0.772 at ee71f18 (0.779 at 98afe38); not tuned on", (0.77, 0.81, 0.74, 0.86, 0.83)),
]
FIFTEENTH_ROUND = [
    (("cq",), 6, "real pages, much completed, commissioned at the round's start, scored on arrival: 0.685 at 5e84c24 "
                "(the same at 76667b2, the round's start); then tuned on (安置点, 花园 after its community, "
                "（以下简称…）)", (0.76, 0.78, 0.73, 0.82, 0.76)),
    (("cu",), 6, "real pages, much completed, commissioned mid-round, scored on arrival: 0.647 at 7835760 (0.642 at "
                "76667b2); then tuned on (家属楼, numbered headings in a narrow column, 牵头组建 in a later phrase)",
     (0.74, 0.76, 0.69, 0.75, 0.68)),
    (("cv",), 6, "real pages, much completed, commissioned mid-round, scored on arrival: 0.729 at e555a49 (0.727 at "
                "76667b2); then tuned on (吸纳 before a unit, adverbs in names)", (0.74, 0.81, 0.66, 0.82, 0.68)),
    (("cx",), 1, "a real page, much completed (the page search ran out, one report of six written), scored on "
                "arrival: 0.676 at 25eef45 (0.667 at 76667b2); not tuned on", (0.67, 0.76, 0.58, 0.91, 0.80)),
    (("cr",), 6, "real pages, much completed, commissioned at the round's start, held out to its very end, scored "
                "once with the final code: 0.696 at d9a25de (0.684 at 76667b2); not tuned on",
     (0.69, 0.80, 0.69, 0.81, 0.81)),
    (("cs",), 6, "real pages, much completed, commissioned at the round's start, held out to its very end, scored "
                "once with the final code: 0.602 at d9a25de (0.581 at 76667b2); then one structural miss read "
                "(那大镇: 0.602 → 0.663)", (0.66, 0.70, 0.55, 0.73, 0.72)),
    (("cw",), 2, "real pages, much completed (the page search ran out, two reports of six written), commissioned "
                "mid-round, held out to its very end, scored once with the final code: 0.769 at d9a25de (0.743 at "
                "76667b2); not tuned on", (0.76, 0.72, 0.75, 0.77, 0.68)),
    (("ct",), 6, "real pages, much completed, commissioned at the round's start, met once with the code after the "
                "round's last change: 0.738 at d9a25de (0.724 at 76667b2); not tuned on", (0.73, 0.79, 0.67, 0.81, 0.67)),
]
SIXTEENTH_ROUND = [
    (("cy",), 6, "real pages, much completed, commissioned at the round's start, scored on arrival: 0.649 at ed85c0f "
                "(0.646 at a9fe93b, the round's start); then tuned on (议事会 taking up a scheme, 县人民医院, kinds of "
                "compound, a subtitle's dash)", (0.68, 0.76, 0.66, 0.79, 0.62)),
    (("dc",), 6, "real pages, much completed, commissioned mid-round, scored on arrival: 0.695 at 625459f (0.693 at "
                "a9fe93b); then tuned on (合称, A制度和B制度, 汉正街 for 汉正街道)", (0.72, 0.74, 0.72, 0.76, 0.67)),
    (("cz",), 6, "real pages, much completed, commissioned at the round's start, held out to its very end, scored "
                "once with the final code: 0.611 at eb52fc5 (0.602 at a9fe93b); not tuned on",
     (0.61, 0.68, 0.42, 0.65, 0.43)),
    (("da",), 6, "real pages, much completed, commissioned at the round's start, held out to its very end, scored "
                "once with the final code: 0.614 at eb52fc5 (the same at a9fe93b); not tuned on",
     (0.61, 0.66, 0.51, 0.64, 0.54)),
    (("dd",), 6, "real pages, much completed, commissioned mid-round, held out to its very end, scored once with the "
                "final code: 0.513 at eb52fc5 (0.588 at a9fe93b: the dash that had just begun to open place names read "
                "访都匀市 in dd4's subtitle); then 访 opens no name (0.589); 0.584 once cross posts 在A、B和C之间 are read "
                "(dd1: right by label, scoped to the community where the gold has the compound)", (0.58, 0.68, 0.53, 0.70, 0.56)),
    (("db",), 6, "real pages, much completed, commissioned at the round's start, met once with the code after the "
                "round's last change: 0.684 at eb52fc5 (0.677 at a9fe93b); not tuned on", (0.68, 0.75, 0.59, 0.72, 0.66)),
]
SEVENTEENTH_ROUND = [
    (("de",), 6, "real pages, much completed, commissioned at the round's start, scored on arrival: 0.657 at 3af51c6 "
                "(the round's start); then tuned on (cross-post schemes, 继续, unit brands, 四县)", (0.69, 0.76, 0.67, 0.79, 0.73)),
    (("df",), 6, "real pages, much completed, commissioned mid-round, scored on arrival: 0.747 at 4ec1040 (the same "
                "at 3af51c6); then tuned on (chains through quoted kinds, 物业党委, 选派R兼任各Y)", (0.77, 0.82, 0.73, 0.83, 0.77)),
    (("dg",), 6, "real pages, much completed, commissioned at the round's start, held out to its very end, scored "
                "once with the final code: 0.679 at 894cc38 (0.668 at 3af51c6); not tuned on", (0.67, 0.75, 0.61, 0.81, 0.63)),
    (("dh",), 6, "real pages, much completed, commissioned at the round's start, held out to its very end, scored "
                "once with the final code: 0.693 at 894cc38 (0.651 at 3af51c6); not tuned on", (0.69, 0.75, 0.62, 0.78, 0.52)),
    (("dj",), 6, "real pages, much completed, commissioned mid-round, held out to its very end, scored once with the "
                "final code: 0.717 at 894cc38 (0.713 at 3af51c6); not tuned on; quantities floor 0.65 → 0.63 (a people "
                "figure after households, 1200户、…人, is read now: dj5's gold names it 人口, the text 居民)",
     (0.71, 0.74, 0.71, 0.75, 0.63)),
    (("di",), 6, "real pages, much completed, commissioned at the round's start, met once with the code after the "
                "round's last change: 0.682 at 894cc38 (0.678 at 3af51c6); not tuned on; macro floor 0.55 → 0.54 in the "
                "twenty-fifth round (某小区党支部牵头建立M，由党支部、业委会…三方: the branch named again is the one that "
                "leads M, and a leader takes no part besides, where the gold has it do both)", (0.68, 0.74, 0.54, 0.73, 0.58)),
    (("dk",), 6, "real pages, much completed, commissioned mid-round, met once with the code after the round's last "
                "change: 0.718 at 894cc38 (the same at 3af51c6); not tuned on", (0.71, 0.87, 0.68, 0.69, 0.78)),
     # precision lowered (from 0.93) when a run of quoted names with nothing between them (“A”“B”“C”) began
     # to be read as one list, and a quoted name ending in 室, 馆, 小屋 or 队 as a site or a team (this round's
     # first commit): its gold takes none of “组织圈”“服务圈”“共治圈” for a scheme
    (("dm",), 1, "a real page, much completed (the page search ran out: one report of six written), commissioned "
                "after the round's last change, met once with that code: 0.667 at ecc02fb (the same at 3af51c6); not "
                "tuned on", (0.66, 0.82, 0.54, 0.55, 0.60)),
]
NINETEENTH_ROUND = [
    (("dn",), 6, "real pages, much completed, commissioned at the round's start, scored on arrival: 0.637 at bfb3385 "
                "(0.633 at 89a6b45, the round's start); then tuned on (向阳 opening a name, a list sharing its first "
                "item's holder, joined signatories)", (0.66, 0.71, 0.64, 0.75, 0.75)),
    (("do",), 6, "real pages, much completed, commissioned at the round's start, scored on arrival: 0.630 at bfb3385 "
                "(the same at 89a6b45); then tuned on (包村驻村 no place, a section heading's slogan)",
     (0.70, 0.78, 0.58, 0.76, 0.66)),
    (("dp",), 6, "real pages, much completed, commissioned at the round's start, held out to its very end, scored "
                "once with the final code: 0.737 at 5d0bb0b (the same at 89a6b45); not tuned on",
     (0.73, 0.78, 0.69, 0.78, 0.67)),
    (("dq",), 6, "real pages, much completed, commissioned at the round's start, held out to its very end, scored "
                "once with the final code: 0.656 at 5d0bb0b (the same at 89a6b45); not tuned on; quantities "
                "floor 0.73 → 0.72 in the twenty-fourth round (6名党员教师担任楼栋长: a figure no relation uses, "
                "which the gold leaves out)",
     (0.65, 0.72, 0.52, 0.73, 0.72)),
    (("dr",), 6, "real pages, much completed, commissioned at the round's start, held out to its very end, scored "
                "once with the final code: 0.735 at 5d0bb0b (the same at 89a6b45); not tuned on",
     (0.73, 0.80, 0.67, 0.76, 0.69)),
    (("ds",), 6, "real pages, much completed, commissioned at the round's start, met once with the code after the "
                "round's last change: 0.656 at 5d0bb0b (the same at 89a6b45); not tuned on", (0.65, 0.72, 0.57, 0.74, 0.51)),
    (("dt",), 6, "real pages, much completed, commissioned at the round's start, met once with the code after the "
                "round's last change: 0.668 at 5d0bb0b (0.667 at 89a6b45); not tuned on", (0.66, 0.70, 0.60, 0.76, 0.75)),
]
TWENTIETH_ROUND = [
    (("du",), 6, "real pages, much completed, commissioned at the round's start, scored on arrival: 0.549 at 2fd84ab "
                "(the same at 3c5d45c, the round's start); then tuned on (某市镇海区 in a title, 关于… titles, "
                "部门包社区, a WeChat page's furniture)", (0.74, 0.85, 0.75, 0.83, 0.70)),
    (("dv",), 6, "real pages, much completed, commissioned at the round's start, scored on arrival: 0.612 at 2fd84ab "
                "(0.610 at 3c5d45c); then tuned on (大院 compounds, 某县城区街道, a run of quoted teams)",
     (0.72, 0.79, 0.73, 0.78, 0.74)),
    (("dw",), 6, "real pages, much completed, commissioned at the round's start, held out to its very end, scored "
                "once with the final code: 0.626 at da00a38 (0.602 at 3c5d45c); then tuned on (林业局家属楼)",
     (0.64, 0.77, 0.57, 0.79, 0.53)),
    (("dx",), 6, "real pages, much completed, commissioned at the round's start, held out to its very end, scored "
                "once with the final code: 0.655 at da00a38 (0.651 at 3c5d45c); then tuned on",
     (0.65, 0.75, 0.59, 0.73, 0.61)),
    (("dy",), 6, "real pages, much completed, commissioned at the round's start, held out to its very end, scored "
                "once with the final code: 0.668 at da00a38 (the same at 3c5d45c); then tuned on (导致社区, 集成社区); "
                "quantities floor 0.66 → 0.65 in the twenty-fifth round (社会组织与122个小区结成对子: the figure is the "
                "tie's count, which the gold keeps as a figure and not as a tie); 0.65 → 0.64 in the twenty-ninth "
                "(由1个医院党支部与1个社区党委结对 no longer names a unit 1个医院党支部, and its figures, which "
                "spell out the “1+1+N” formula and which the gold leaves out, are read; left out by rule the "
                "figures of spelled-out formulas cost as much elsewhere as they won, the golds keeping some)",
     (0.68, 0.76, 0.63, 0.77, 0.64)),
    (("dz",), 6, "real pages, much completed, commissioned at the round's start, met once with the code after the "
                "round's last change: 0.663 at da00a38 (0.665 at 3c5d45c); then tuned on (在X领导下，建立…); "
                "precision floor 0.78 → 0.75 in the twenty-eighth round (a plan's duty lines, 牵头单位：X；责任单位：Y, "
                "give leads and participatesIn as the golds of du2, er3, fm6 and gc3 read them; dz2's gold reads "
                "责任单位 as implements and names the level departments without their place)",
     (0.68, 0.75, 0.60, 0.82, 0.73)),
    (("ea",), 6, "real pages, much completed, commissioned at the round's start, met once with the code after the "
                "round's last change: 0.631 at da00a38 (0.627 at 3c5d45c); then tuned on (company names)",
     (0.65, 0.75, 0.59, 0.79, 0.69)),
]
TWENTY_FIRST_ROUND = [
    (("eb",), 6, "real pages, much completed, commissioned at the round's start, scored on arrival: 0.636 at 606703d "
                "(the round's start); then tuned on (a 述职 report's 本人, 南至 boundaries, 【heading】 roundups)",
     (0.73, 0.82, 0.64, 0.76, 0.80)),
    (("ec",), 6, "real pages, much completed, commissioned at the round's start, scored on arrival: 0.658 at 606703d; "
                "then tuned on (a speech's byline, a yearbook's 【sections】, 某城A区)",
     (0.76, 0.80, 0.72, 0.84, 0.79)),
    (("ed",), 6, "real pages, much completed, commissioned at the round's start, held out to its very end, scored "
                "once with the final code: 0.644 at 105f33a (the same at 606703d); then tuned on (工作队, 建议)",
     (0.64, 0.69, 0.53, 0.80, 0.53)),
    (("ee",), 6, "real pages, much completed, commissioned at the round's start, held out to its very end, scored "
                "once with the final code: 0.731 at 105f33a (0.728 at 606703d); then tuned on (a title of parts); "
                "macro floor 0.72 → 0.71 in the twenty-fourth round (我社区党委 read as the named body, as four "
                "other golds have it; ee2's keeps the kind)",
     (0.76, 0.79, 0.71, 0.76, 0.78)),
    (("ef",), 6, "real pages, much completed, commissioned at the round's start, held out to its very end, scored "
                "once with the final code: 0.426 at 105f33a (0.435 at 606703d); then tuned on (a plan's "
                "（责任单位：…） notes, 中国共产党 titles)",
     (0.58, 0.69, 0.50, 0.68, 0.58)),
    (("eg",), 6, "real pages, much completed, commissioned at the round's start, met once with the code after the "
                "round's last change: 0.621 at 105f33a (0.619 at 606703d); then tuned on (a study's title)",
     (0.63, 0.67, 0.61, 0.73, 0.57)),
    (("eh",), 6, "real pages, much completed, commissioned at the round's start, met once with the code after the "
                "round's last change: 0.590 at 105f33a (the same at 606703d); then tuned on; macro floor "
                "0.53 → 0.52 in the twenty-fourth round (隶属于 opens a name: 项目党支部隶属于某物业党委 is read, "
                "the branch labelled without its company's brand)",
     (0.59, 0.66, 0.52, 0.73, 0.51)),
]
TWENTY_SECOND_ROUND = [
    (("ei",), 6, "real pages, much completed, commissioned at the round's start, scored on arrival: 0.594 at the "
                "round's start (33b6457, the same with the reader changes made before it came); then tuned on (中心建立…, "
                "我社区, 东起…西至 bounds)",
     (0.64, 0.73, 0.56, 0.76, 0.67)),
    (("ej",), 6, "real pages, much completed, commissioned at the round's start, scored on arrival: 0.578 at 33b6457; "
                "then tuned on (机关党员干部, 等居民小区, A制度、B制度和C制度)",
     (0.69, 0.73, 0.59, 0.76, 0.81)),
    (("ek",), 6, "real pages, much completed, commissioned at the round's start, held out to its very end, scored "
                "once with the final code: 0.716 at 1722fb1 (the same at 33b6457); then tuned on",
     (0.71, 0.76, 0.66, 0.85, 0.75)),
    (("el",), 6, "real pages, much completed, commissioned at the round's start, held out to its very end, scored "
                "once with the final code: 0.645 at 1722fb1 (the same at 33b6457); then tuned on (an official "
                "document's long title)",
     (0.67, 0.75, 0.59, 0.70, 0.63)),
    (("em",), 6, "real pages, much completed, commissioned at the round's start, held out to its very end, scored "
                "once with the final code: 0.751 at 1722fb1 (0.738 at 33b6457); then tuned on (a study's ——以某区为例); "
                "entities floor 0.79 → 0.78 in the thirtieth round (support.help-place: 县住建局协助社区… reads 社区 in "
                "em4's compound scope, which its gold leaves out)",
     (0.75, 0.80, 0.66, 0.78, 0.68)),
    (("en",), 6, "real pages, much completed, commissioned at the round's start, met once with the code after the "
                "round's last change: 0.718 at 1722fb1 (0.606 at 33b6457); then tuned on (a disclosure page's 索引号 "
                "lines)",
     (0.72, 0.79, 0.66, 0.78, 0.70)),
    (("eo",), 6, "real pages, much completed, commissioned at the round's start, met once with the code after the "
                "round's last change: 0.633 at 1722fb1 (0.620 at 33b6457); then tuned on (共建单位：X；共建项目：“M” records)",
     (0.66, 0.73, 0.59, 0.75, 0.76)),
]
TWENTY_THIRD_ROUND = [
    (("ep",), 6, "real pages, much completed, commissioned at the round's start, scored on arrival: 0.677 at b093305 "
                "(the same at the round's start, 2dd7bb4); then tuned on (某街道各小区党支部, 三方成员交叉任职, "
                "村（社区）党支部, places in a quoted chain)",
     (0.77, 0.82, 0.73, 0.82, 0.75)),
    (("eq",), 6, "real pages, much completed, commissioned at the round's start, scored on arrival: 0.579 at 64fa007 "
                "(the same at 2dd7bb4); then tuned on (政协某县委员会, 会同, 某小区功能型综合党支部, 润和物业)",
     (0.72, 0.74, 0.62, 0.80, 0.74)),
    (("er",), 6, "real pages, much completed, commissioned at the round's start, held out to its very end, scored "
                "once with the final code: 0.724 at b38a479 (the same at 2dd7bb4); not tuned on",
     (0.72, 0.79, 0.68, 0.83, 0.73)),
    (("es",), 6, "real pages, much completed, commissioned at the round's start, held out to its very end, scored "
                "once with the final code: 0.571 at b38a479 (0.560 at 2dd7bb4); then tuned on (会员单位, 总会, 局长)",
     (0.60, 0.63, 0.58, 0.77, 0.67)),
    (("et",), 6, "real pages, much completed, commissioned at the round's start, held out to its very end, scored "
                "once with the final code: 0.810 at b38a479 (the same at 2dd7bb4); not tuned on",
     (0.81, 0.82, 0.75, 0.82, 0.72)),
    (("eu",), 6, "real pages, much completed, commissioned at the round's start, met once with the code after the "
                "round's last change: 0.743 at b38a479 (0.740 at 2dd7bb4); not tuned on",
     (0.74, 0.78, 0.74, 0.80, 0.84)),
    (("ev",), 6, "real pages, much completed, commissioned at the round's start, met once with the code after the "
                "round's last change: 0.607 at b38a479 (the same at 2dd7bb4); then tuned on (共青团某市委, "
                "某社区“红色管家”临时党支部, 四万人社区); precision floor 0.69 → 0.68 in the twenty-eighth round "
                "(社区“大党委” read whole: 某社区党委牵头组建社区“大党委” gives leads, which ev1's gold leaves out and "
                "eight other golds take); floors 0.64 → 0.63 and macro 0.53 → 0.52 in the thirty-fifth round (街道干部 a role: ev6's 街道干部 "
                "serving in a branch reads as a post its gold leaves out)",
     (0.63, 0.68, 0.52, 0.75, 0.67)),
]
TWENTY_FOURTH_ROUND = [
    (("ew",), 6, "real pages, much completed, commissioned at the round's start, scored on arrival: 0.642 at 0f434f2 "
                "(the same at the round's start, f5eb4af); then tuned on (a table's rows, 好又多超市, 由某社区党委兜底托管, 我社区党支部)",
     (0.67, 0.71, 0.62, 0.81, 0.73)),
    (("ex",), 6, "real pages, much completed, commissioned at the round's start, scored on arrival: 0.574 at f5eb4af;"
                " then tuned on (横沟市镇, 旗直部门, 物业管理公司, 驻辖区单位, 开展合作, 6名“某某蓝”党员); precision floor "
                "0.72 → 0.71 in the twenty-fifth round (A、B等6个住宅小区: compounds the gold names, each placed in the "
                "county in scope, where the gold places none of them)",
     (0.66, 0.71, 0.64, 0.81, 0.74)),
    (("ey",), 6, "real pages, much completed, commissioned at the round's start, held out to the very end of the tuning "
                "on ew and ex, scored once: 0.823 at eaeb797 (the same at f5eb4af); then tuned on (the misses of all seven batches read after their first contact); precision floor 0.88 → 0.87, macro 0.76 → 0.75 "
                "(ey5's 在市委、市政府的坚强领导下，…台城街道党工委… reads as leads, which its gold leaves out)",
     (0.82, 0.87, 0.75, 0.84, 0.8)),
    (("ez",), 6, "real pages, much completed, commissioned at the round's start, held out to the very end of the tuning "
                "on ew and ex, scored once: 0.584 at eaeb797 (the same at f5eb4af); then tuned on (县总工会, 由X牵头，联合Y); "
                "relations and precision floors 0.59 → 0.58 and 0.68 → 0.67 in the twenty-fifth round (A、B和C由此实现交叉任职: "
                "every ordered pair as the guide's §6 has it, where the gold keeps the posts its paragraph tells)",
     (0.58, 0.67, 0.55, 0.71, 0.69)),
    (("fa",), 6, "real pages, much completed, commissioned at the round's start, held out to the very end of the tuning "
                "on ew and ex, scored once: 0.637 at eaeb797 (0.577 at f5eb4af); then tuned on (the misses of all seven batches read after their first contact)",
     (0.65, 0.71, 0.63, 0.77, 0.67)),
    (("fb",), 6, "real pages, much completed, commissioned at the round's start, met once with the code after the "
                "tuning on ew and ex: 0.614 at eaeb797 (the same at f5eb4af); then tuned on (请A、B、C的代表上台，共同签订, “某某”党建联盟由A、B共同牵头)",
     (0.65, 0.73, 0.62, 0.79, 0.87)),
    (("fc",), 6, "real pages, much completed, commissioned at the round's start, met once with the code after the "
                "tuning on ew and ex: 0.685 at eaeb797 (the same at f5eb4af); then tuned on (the misses of all seven batches read after their first contact); "
                "entities floor 0.75 → 0.74 in the twenty-fifth round (A、B等6家驻社区单位党组织负责人: the kind closing the list "
                "is named too, which the gold leaves out); precision floor 0.81 → 0.80 in the thirtieth round (居民区 is "
                "a kind of place now: 聘请8位社区法律顾问进驻居民区 reads the advisers as giving, where fc2's gold has the street)",
     (0.69, 0.80, 0.65, 0.74, 0.66)),
]
TWENTY_FIFTH_ROUND = [
    (("fd",), 6, "real pages, much completed, commissioned at the round's start, scored on arrival: 0.638 at "
                "3faf04d (the same at the round's start, 8084f12); then tuned on (某某城·某某里小区, 与10个社区结对共建, "
                "A、B和C“双向进入、交叉任职”, 街道先后和A、B联建)",
     (0.72, 0.76, 0.72, 0.77, 0.74)),
    (("fe",), 6, "real pages, much completed, commissioned at the round's start, scored on arrival: 0.705 at "
                "a165422 (0.686 at 8084f12); then tuned on (结成帮扶对子, 驻街单位党组织, A、B、C等3个老旧小区, 党支部 in a place whose "
                "某小区党支部 is named)",
     (0.74, 0.81, 0.71, 0.81, 0.66)),
    (("ff",), 6, "real pages, much completed, commissioned at the round's start, held out to the very end of "
                "the tuning on fd and fe, scored once: 0.712 at 61a71c7 (the same at 8084f12); then tuned on "
                "(汉川将推行… for 汉川市, 九三学社)"
                " (entities lowered 0.01 in the thirty-fourth round: 社区干部, 新就业群体, 快递员 … said of nothing, ggl:kinds_named_in_passing, +0.002 over 1300, cost this batch one its gold listed)"
                "; quantities floor 0.68 → 0.67 (现有…户、10261人: the people figure is read now, its subject not "
                "the gold's 人口)",
     (0.79, 0.86, 0.64, 0.87, 0.67)),
    (("fg",), 6, "real pages, much completed, commissioned at the round's start, held out to the very end of "
                "the tuning on fd and fe, scored once: 0.553 at 61a71c7 (the same at 8084f12); then tuned on "
                "(通道县 for 通道侗族自治县, “好厝边”物业服务中心, 划定/增设)",
     (0.69, 0.71, 0.64, 0.81, 0.59)),
    (("fh",), 6, "real pages, much completed, commissioned at the round's start, held out to the very end of "
                "the tuning on fd and fe, scored once: 0.635 at 61a71c7 (the same at 8084f12); then tuned on "
                "(和谐社区党委, 现任)",
     (0.64, 0.75, 0.58, 0.83, 0.67)),
    (("fi",), 6, "real pages, much completed, commissioned at the round's start, met once with the code after "
                "the tuning on fd and fe: 0.621 at 61a71c7 (the same at 8084f12); then read for its misses "
                "(none fixed for it alone)",
     (0.62, 0.74, 0.54, 0.73, 0.67)),
    (("fj",), 6, "real pages, much completed, commissioned at the round's start, met once with the code after "
                "the tuning on fd and fe: 0.655 at 61a71c7 (the same at 8084f12); then tuned on (快递物流行业党委, "
                "与示范驿站所在的社区党组织); floors 0.65 / 0.76 / 0.59 → 0.64 / 0.75 / 0.58 in the twenty-ninth round "
                "(某某小区物业公司 is now the kind in the compound's scope, as five golds have it (ex2, fm4, cm1, x4, "
                "gh3); fj1's gold names 东城半岛小区物业公司 as a company)",
     (0.64, 0.75, 0.58, 0.69, 0.76)),
]
TWENTY_SIXTH_ROUND = [
    (("fk",), 6, "real pages, much completed, commissioned at the round's start, met on arrival: 0.542 at the round's "
                "start 0430408 (the same with the round's first changes); then tuned on (在A下分片成立B, 得知小区, a 12345 "
                "case and a grid worker's log)",
     (0.56, 0.65, 0.51, 0.68, 0.68)),
    (("fl",), 6, "real pages, much completed, commissioned at the round's start, held out to the end of the tuning "
                "on fn and fk, met once: 0.753 at 22e3162 (the same at 0430408); then read for its misses "
                "(relations 0.76 → 0.75 in the twenty-seventh round: fl4's gold leaves out a named 微信小程序 "
                "the guide counts as a scheme, as thirteen other golds do)",
     (0.75, 0.81, 0.74, 0.85, 0.69)),
    (("fm",), 6, "real pages, much completed, commissioned at the round's start, held out to the end of the tuning "
                "on fn and fk, met once: 0.769 at 22e3162 (the same at 0430408); then read for its misses (用好小区党支部, "
                "a plan's repeated （牵头单位：…） notes)",
     (0.77, 0.78, 0.73, 0.83, 0.84)),
    (("fn",), 6, "real pages, much completed, commissioned at the round's start, met on arrival: 0.660 at the round's "
                "start 0430408 (the same with the round's first changes); then tuned on (a form's field lines, "
                "中心社区, 正如社区, 《光明日报》)",
     (0.72, 0.73, 0.71, 0.75, 0.75)),
    (("fo",), 6, "real pages, much completed, commissioned at the round's start, held out to the end of the tuning "
                "on fn and fk, met once: 0.679 at 22e3162 (the same at 0430408); then read for its misses (做大街道); "
                "quantities floor 0.76 → 0.75 (流动户…户、2025人: the people figure is read now, its gold says 流动人口)",
     (0.72, 0.75, 0.69, 0.77, 0.75)),
    (("fp",), 6, "real pages, much completed, commissioned at the round's start, met once after the round's last "
                "change before it: 0.467 at ae22512 (the same at 0430408); then read for its misses (an agreement's "
                "甲方/乙方, its numbered clauses as sentences, 团县委)",
     (0.48, 0.6, 0.44, 0.65, 0.41)),
    (("fq",), 6, "real pages, much completed, commissioned at the round's start, met once after the round's last "
                "change before it: 0.735 at ae22512 (the same at 0430408)",
     (0.73, 0.79, 0.63, 0.77, 0.74)),
]
TWENTY_SEVENTH_ROUND = [
    (("fr",), 6, "real pages, much completed, commissioned at the round's start, met on arrival: 0.697 at the round's "
                "start f721214; then tuned on (地县两级, 村和社区, 阿拉腾敖包镇, “2”即以社区党委, 新守正物业); quantities floor "
                "0.93 → 0.91 in the thirty-first round (a place after 赴 is now read: 某镇组织…40余人赴某区某村 scopes the "
                "figure to the village the trip goes to, where fr3's gold keeps the town)",
     (0.78, 0.84, 0.76, 0.78, 0.91)),
    (("fs",), 6, "real pages, much completed, commissioned at the round's start, met on arrival: 0.720 at the round's "
                "start f721214; then tuned on (组成的“三驾马车”, A+B“M”, 满足社区, 当天报社区党委, a company's profile); "
                "precision floor 0.77 → 0.76 in the forty-second round (A与B、C共同签订…，建立M: the partners run M too, "
                "where fs2's gold gives it to the host alone)",
     (0.76, 0.76, 0.71, 0.83, 0.81)),
    (("ft",), 6, "real pages, much completed, commissioned at the round's start, met on arrival with the start code "
                "(0.591 at f721214), held out to the end of the tuning on fr and fs (0.591 again at 294b624); then "
                "read for its misses (a reply's issuer line, 待县政府, A、B2个老旧小区改造); macro floor 0.60 → 0.59 "
                "(ft5's 社区党委牵头组织业委会、物业服务企业…召开联席会议 reads as leads, which its gold leaves out); macro 0.59 → 0.58 (ft6's 冲新社区党委在色尼区团结街道党工委领导下 "
                "reads as leads, which its gold gives 色尼区团结街道党工委)",
     (0.69, 0.72, 0.58, 0.78, 0.77)),
    (("fu",), 6, "real pages, much completed, commissioned at the round's start, met on arrival with the start code "
                "(0.624 at f721214), held out to the end of the tuning on fr and fs (0.624 again at 294b624); then "
                "read for its misses",
     (0.63, 0.72, 0.6, 0.72, 0.79)),
    (("fv",), 6, "real pages, much completed, commissioned at the round's start, met on arrival with the start code "
                "(0.699 at f721214), held out to the end of the tuning on fr and fs (0.699 again at 294b624); then "
                "read for its misses (则城市, 联盟小区, 西藏自治区那曲市); precision floor 0.80 → 0.79 in the "
                "twenty-eighth round (（二）各党支部：组织本支部党员参与“M”创建 — the item's number no longer hides "
                "the line's subject, which then runs M; fv3's gold has no tie there)",
     (0.71, 0.79, 0.62, 0.83, 0.84)),
    (("fw",), 6, "real pages, much completed, commissioned at the round's start, met once after the round's last "
                "change before it: 0.713 at 8cf7edb (0.699 at f721214)",
     (0.71, 0.83, 0.69, 0.76, 0.57)),
    (("fx",), 6, "real pages, much completed, commissioned at the round's start, met once after the round's last "
                "change before it: 0.678 at 8cf7edb (the same at f721214)",
     (0.67, 0.78, 0.59, 0.79, 0.78)),
]
TWENTY_EIGHTH_ROUND = [
    (("fy",), 6, "real pages, much completed, commissioned at the round's start, met on arrival: 0.696 at the round's "
                "start 80655e1; then tuned on (增加社区, 社区“大党委”, (三)某医院…)",
     (0.73, 0.77, 0.72, 0.79, 0.73)),
    (("fz",), 6, "real pages, much completed, commissioned at the round's start, met on arrival: 0.645 at the round's "
                "start 80655e1; then tuned on (广州市从化区, （以下简称县房管局）, 3个新型社区, 抽样访谈社区)",
     (0.75, 0.8, 0.69, 0.8, 0.74)),
    (("ga",), 6, "real pages, much completed, commissioned at the round's start, met on arrival with the start code "
                "(0.642 at 80655e1), held out to the end of the tuning on fy and fz (0.647 at 3499141); then read for "
                "its misses (区直机关工委, 由A、B和某街道联合主办)",
     (0.73, 0.78, 0.72, 0.78, 0.77)),
    (("gb",), 6, "real pages, much completed, commissioned at the round's start, met on arrival with the start code "
                "(0.769 at 80655e1), held out to the end of the tuning on fy and fz (0.769 again at 3499141); then "
                "read for its misses (赤峰市元宝山区, 既影响小区)",
     (0.78, 0.83, 0.74, 0.8, 0.82)),
    (("gc",), 6, "real pages, much completed, commissioned at the round's start, met on arrival with the start code "
                "(0.782 at 80655e1), held out to the end of the tuning on fy and fz (0.782 again at 3499141); then "
                "read for its misses (牵头单位：X；责任单位：Y, 街道党建办, 楼门长)",
     (0.8, 0.84, 0.77, 0.88, 0.69)),
    (("gd",), 6, "real pages, much completed, commissioned at the round's start, met once after the round's last "
                "change before it: 0.662 at 0c0bb99 (the same at 80655e1); then read for its misses (华侨管理区, "
                "第九社区, 县住建局等部门, 优秀社区)",
     (0.7, 0.75, 0.68, 0.77, 0.7)),
    (("ge",), 6, "real pages, much completed, commissioned at the round's start, met once after the round's last "
                "change before it: 0.687 at 0c0bb99 (the same at 80655e1); then read for its misses (某社区（某街道）)",
     (0.71, 0.81, 0.67, 0.81, 0.43)),
]
TWENTY_NINTH_ROUND = [
    (("gf",), 6, "real pages, much completed, commissioned at the round's start, met on arrival: 0.564 at the round's "
                "start d057500 (gf6, a 章程 of a zone's alliance, 0.05); then tuned on (杞县产业集聚区, 新建村（社区）党委111个, "
                "软弱涣散社区, 部门社区); entities floor 0.76 → 0.75 in the thirty-second round (groups named by their "
                "task are now read whole, as kinds in the place the way the other golds read 防疫工作专班 and 整改工作领导小组; "
                "gf6's gold reads an alliance's three 工作组 as named Party bodies)",
     (0.66, 0.74, 0.62, 0.75, 0.71)),
    (("gg",), 6, "real pages, much completed, commissioned at the round's start, met on arrival: 0.705 at the round's "
                "start d057500; then tuned on (北京市石景山区住房和城市建设委员会, “1+N+X+Y”标准配备…, "
                "“区—街道—村居—基础网格—终端网格”五级网格体系)",
     (0.74, 0.82, 0.71, 0.8, 0.68)),
    (("gh",), 6, "real pages, much completed, commissioned at the round's start, met on arrival with the start code "
                "(0.741 at d057500), held out to the end of the tuning on gf and gg (0.741 again at 231458c); then read "
                "for its misses (龙都新苑三期小区, 某某小区物业公司)",
     (0.75, 0.79, 0.72, 0.8, 0.66)),
    (("gi",), 6, "real pages, much completed, commissioned at the round's start, met on arrival with the start code "
                "(0.748 at d057500), held out to the end of the tuning on gf and gg (0.748 again at 231458c); then read "
                "for its misses (乡音乡韵, 汤河街西段社区, 最初小区, 芜湖市经济技术开发区, 东临/北临)",
     (0.8, 0.83, 0.71, 0.83, 0.71)),
    (("gj",), 6, "real pages, much completed, commissioned at the round's start, met on arrival with the start code "
                "(0.619 at d057500), held out to the end of the tuning on gf and gg (0.619 again at 231458c); then read "
                "for its misses (山西临县, 碧辉苑物业, 政协某县第十届委员会, 第三方物业公司)",
     (0.64, 0.69, 0.62, 0.75, 0.69)),
    (("gk",), 6, "real pages, much completed, commissioned at the round's start, met once after the round's last "
                "change before it: 0.576 at 5948250 (the same at d057500); then read for its misses (某社区党总支关于县委…"
                "的通报, 众心新型农村社区)",
     (0.68, 0.76, 0.6, 0.75, 0.69)),
    (("gl",), 6, "real pages, much completed, commissioned at the round's start, met once after the round's last "
                "change before it: 0.656 at 5948250 (the same at d057500); then read for its misses (a ledger's rows "
                "written with bars, which the reader had dropped as a menu: 0.645 with them)",
     (0.64, 0.68, 0.6, 0.72, 0.85)),
]
THIRTIETH_ROUND = [
    (("gm",), 6, "real pages, much completed, commissioned at the round's start, met on arrival: 0.742 at the round's "
                "start 6d87b3f; then tuned on (市政协, 区人民医院党委 in a community, 东营区城区, 推进完善并认真落实X制度, "
                "A机制、B机制等十项工作机制, 对…小区由社区党总支选派, 小镇)",
     (0.77, 0.85, 0.75, 0.79, 0.67)),
    (("gn",), 6, "real pages, much completed, commissioned at the round's start, met on arrival: 0.686 at the round's "
                "start 6d87b3f (gn3, a 联席会议纪要, 0.375); then tuned on (楼门院落, 在全省开展的“M”活动中, "
                "由A牵头、B参加的M)"
                " (entities lowered 0.01 in the thirty-third round: kinds said of nothing, ggl:kinds_named_in_passing, +0.006 over 1204, cost this batch one or two its gold listed)",
     (0.76, 0.82, 0.8, 0.81, 0.81)),
    (("go",), 6, "real pages, much completed, commissioned at the round's start, met on arrival with the start code "
                "(0.727 at 6d87b3f), held out to the end of the tuning on gm and gn (0.727 again at 2d4064a); then read "
                "for its misses (通河三村第二居民区, 居民区, 记者从X了解到)",
     (0.81, 0.84, 0.79, 0.79, 0.73)),
    (("gp",), 6, "real pages, much completed, commissioned at the round's start, met on arrival with the start code "
                "(0.645 at 6d87b3f), held out to the end of the tuning on gm and gn (0.648 at 2d4064a); then read for "
                "its misses (工人新村南村街道)",
     (0.77, 0.82, 0.75, 0.8, 0.66)),
    (("gq",), 6, "real pages, much completed, commissioned at the round's start, met on arrival with the start code "
                "(0.476 at 6d87b3f; two reports of border pastoral towns, 苏木 and 嘎查), held out to the end of the "
                "tuning on gm and gn (0.476 again at 2d4064a); then read for its misses (抵边嘎查村, 苏木乡镇党委, "
                "乌里雅斯太镇, 由A、B统筹协调); quantities floor 0.66 → 0.65 (a people figure after households, read "
                "now, scoped to the street where its gold names the community)",
     (0.57, 0.7, 0.46, 0.66, 0.65)),
    (("gr",), 6, "real pages, much completed, commissioned at the round's start, met once after the last change "
                "before it: 0.690 at 0ef7c33 (the same at 6d87b3f); then read for its misses (602所社区, 景德镇 "
                "written short, 合阳县召开全县…)",
     (0.72, 0.77, 0.64, 0.79, 0.64)),
    (("gs",), 6, "real pages, much completed, commissioned at the round's start, met once after the last change "
                "before it: 0.567 at 0ef7c33 (the same at 6d87b3f); then read for its misses (8个社区党委 in a "
                "community's paragraph)",
     (0.56, 0.71, 0.49, 0.72, 0.57)),
]
THIRTY_FIRST_ROUND = [
    (("gt",), 6, "real pages, much completed, commissioned at the round's start, met on arrival: 0.569 at 1fd80b2 (the "
                "same at the round's start 044d4cd; gt4, a TV story of a new town, 0.111); then tuned on (X对Y的领导, "
                "薄弱小区, 支部严格落实, 某某推动集团党支部, ——记某市)",
     (0.64, 0.69, 0.56, 0.66, 0.55)),
    (("gu",), 6, "real pages, much completed, commissioned at the round's start, met on arrival: 0.625 at 1fd80b2 (the "
                "same at 044d4cd; gu6, a property company branch's annual summary, 0.235); then tuned on (我支部, 绿园区, "
                "除某社区党委外, 一品水轩小区, 社区“大党委”联席会议机制, 成员单位包括…); macro floor 0.58 → 0.57 in the "
                "thirty-second round (综合党委隶属某社区党委，下设6个企业党支部: the body opening the phrase before now sets "
                "up the branches listed; gu3's gold names them 企业党支部, a kind the vocabulary does not hold)",
     (0.67, 0.73, 0.57, 0.76, 0.62)),
    (("gv",), 6, "real pages, much completed, commissioned at the round's start, met on arrival with code whose output "
                "equals the start code's (0.701 at 35c5d07), held out to the end of the tuning on gt and gu (0.701 "
                "again at 8d08616); then read for its misses (小区治理 as a field of work, “1+2+N”…“2”即A、B, 共同体)",
     (0.72, 0.78, 0.67, 0.82, 0.76)),
    (("gw",), 6, "real pages, much completed, commissioned at the round's start, met on arrival (0.793 at 1fd80b2, the "
                "same at 044d4cd), held out to the end of the tuning on gt and gu (0.793 again at 8d08616); then read "
                "for its misses (分局1名党员干部, 某银行10余名党员走进某小区); precision floor 0.81 → 0.80 in the "
                "thirty-second round (成立由党工委书记任组长的自评工作专班 now gives the committee a post in the group, "
                "as the guide's 兼任…站长 does; gw6's gold leaves it out)",
     (0.79, 0.80, 0.74, 0.81, 0.58)),
    (("gx",), 3, "real pages, much completed, commissioned at the round's start (three reports: the search budget ran "
                "out before gx4–gx6), met on arrival (0.713 at 1eacda5, the same at 044d4cd), held out to the end of "
                "the tuning on gt and gu (0.713 again at 8d08616); then read for its misses (咱们社区, 促进会)",
     (0.71, 0.78, 0.68, 0.8, 0.71)),
    (("gy",), 2, "real pages, much completed, commissioned at the round's start (gy1 and gy4 only: the search budget "
                "ran out), met once after the last change before it: 0.676 at 9eb3a71 (the same at 044d4cd); then "
                "read for its misses (某县赴某市学习考察…)",
     (0.89, 0.87, 0.91, 0.87, 0.61)),
    (("gz",), 1, "a real page, much completed, commissioned at the round's start (gz1 only: the search budget ran "
                "out), met once after the last change before it: 0.923 at 9eb3a71 (the same at 044d4cd)"
                " (entities lowered 0.01 in the thirty-third round: kinds said of nothing, ggl:kinds_named_in_passing, +0.006 over 1204, cost this batch one or two its gold listed)"
                " (entities lowered 0.05 in the thirty-fourth round: 社区干部, 新就业群体, 快递员 … said of nothing, ggl:kinds_named_in_passing, +0.002 over 1300, cost this one-report batch one entity its gold listed)",
     (0.92, 1.0, 0.66, 0.76, 0.66)),
]
THIRTY_SECOND_ROUND = [
    (("ha",), 4, "real pages, much completed, commissioned at the round's start (ha1, ha4–ha6: each annotator had 25 "
                "searches and found few free places), met on arrival: 0.701 (the same at the round's start 24d7965; "
                "ha4, an 创新案例申报材料, 0.714); then tuned on"
                " (entities lowered 0.01 in the thirty-third round: kinds said of nothing, ggl:kinds_named_in_passing, +0.006 over 1204, cost this batch one or two its gold listed)",
     (0.70, 0.76, 0.51, 0.78, 0.71)),
    (("hb",), 5, "real pages, much completed, commissioned at the round's start (hb1–hb5), met on arrival: 0.702 (the "
                "same at 24d7965; hb3, an 倡议书 with its response, 0.615); then tuned on (和区农业局, 联合举办的“M”活动, "
                "与所包联社区党组织)",
     (0.72, 0.78, 0.68, 0.80, 0.82)),
    (("hc",), 6, "real pages, much completed, commissioned at the round's start, met on arrival (0.764, the same at "
                "24d7965), held out to the end of the tuning on ha and hb (0.764 again at fac49f7); then read for its "
                "misses (呼和浩特, 某县城管执法局, A在小区下设B, A…，下设B, 四级组织体系, 流动党员党支部)",
     (0.81, 0.83, 0.78, 0.76, 0.71)),
    (("hd",), 3, "real pages, much completed, commissioned at the round's start (hd1, hd4, hd5), met on arrival (0.816, "
                "the same at 24d7965), held out to the end of the tuning on ha and hb (0.816 again at fac49f7); then "
                "read for its misses",
     (0.81, 0.88, 0.75, 0.74, 0.75)),
    (("he",), 2, "real pages, much completed, commissioned at the round's start (he4, he5 only), met on arrival "
                "(0.571, the same at 24d7965), held out to the end of the tuning on ha and hb (0.571 again at "
                "fac49f7); then read for its misses (相关社区党总支, 中心地带, X下属的Y)",
     (0.60, 0.67, 0.51, 0.81, 1.0)),
    (("hf",), 6, "real pages, much completed, commissioned at the round's start, met once after the last change before "
                "it: 0.637 at 4094213 (the same at 24d7965; hf6, a 通报 listing co-building units, 0.318); then read "
                "for its misses (打破驻社区各单位, 稳定社区工作者队伍, 承担社区)"
                " (entities lowered 0.01 in the thirty-third round: kinds said of nothing, ggl:kinds_named_in_passing, +0.006 over 1204, cost this batch one or two its gold listed)",
     (0.66, 0.74, 0.64, 0.80, 0.85)),
    (("hg",), 6, "real pages, much completed, commissioned at the round's start, met once after the last change before "
                "it: 0.718 at 4094213 (0.715 at 24d7965; hg6, a 年鉴 entry, 0.424); then read for its misses (互嵌式社区, "
                "同安区东山民俗文化志愿者协会, 商业综合体党支部, 加挂)"
                " (entities lowered 0.01 in the thirty-fourth round: 新就业群体 and 快递员 said of nothing stay entities, as the"
                " round's waves about riders list them; this batch's gold does not)",
     (0.76, 0.84, 0.76, 0.81, 0.84)),
]
THIRTY_THIRD_ROUND = [
    (("hh",), 6, "real pages, much completed, commissioned at the round's start (most under a relaxed rule: a listed "
                "city's street or community not yet in the corpus), met on arrival: 0.603 at the round's start "
                "7e17b85 (hh5, a 街道 summary of three communities, 0.426); then tuned on",
     (0.60, 0.69, 0.55, 0.67, 0.87)),
    (("hi",), 6, "real pages, much completed, commissioned at the round's start, met on arrival: 0.481 at 7e17b85 "
                "(hi2, a 片区 of 中新天津生态城 the vocabulary has no level for, 0.038); then tuned on (a chain topped "
                "by a named street's body)",
     (0.50, 0.53, 0.40, 0.61, 0.39)),
    (("hj",), 6, "real pages, much completed, commissioned at the round's start, met on arrival (0.672 at 7e17b85), "
                "held out to the end of the tuning on hh and hi (0.672 again at ced0a43); then read for its misses "
                "(a byline's body named in full, 房管部门、住建部门)",
     (0.67, 0.72, 0.59, 0.69, 0.64)),
    (("hk",), 6, "real pages, much completed, commissioned at the round's start, met on arrival (0.805 at 7e17b85), "
                "held out to the end of the tuning on hh and hi (0.805 again at ced0a43); then read for its misses",
     (0.80, 0.82, 0.74, 0.84, 0.64)),
    (("hl",), 6, "real pages, much completed, commissioned after the tuning on hh and hi, met once after the round's "
                "last change before it: 0.733 at c8609f5 (the same at 7e17b85)",
     (0.73, 0.74, 0.69, 0.81, 0.62)),
    (("hm",), 6, "real pages, much completed, commissioned after the tuning on hh and hi, met once after the round's "
                "last change before it: 0.562 at c8609f5 (the same at 7e17b85; hm5 and hm6, a street's summary and a "
                "工作简报 of four streets, 0.326 and 0.351); then read for its misses (A在街道党群服务中心联合B)",
     (0.56, 0.64, 0.55, 0.71, 0.50)),
    (("hn",), 6, "real pages, much completed, commissioned after the tuning on hh and hi, met once after the round's "
                "last change before it: 0.771 at c8609f5 (the same at 7e17b85)",
     # f1 and macro lowered (0.77, 0.66) when a title in 《》 began to need a document's head (12b253e): the
     # gold takes 《楼道党支部轮值日记》, a diary, as a policy
     (0.76, 0.80, 0.65, 0.79, 0.68)),
    (("ho",), 6, "real pages, much completed, commissioned after the tuning on hh and hi, met once after the round's "
                "last change before it: 0.669 at c8609f5 (the same at 7e17b85; ho3, an 专访 of a company branch's "
                "secretary, 0.333)",
     (0.66, 0.72, 0.56, 0.76, 0.65)),
    (("hp",), 6, "real pages, much completed, commissioned as the round's third wave, met once after the round's "
                "last change before it: 0.719 at 644a16c (the same at 7e17b85)",
     (0.71, 0.71, 0.62, 0.83, 0.82)),
    (("hq",), 6, "real pages, much completed, commissioned as the round's third wave, met once after the round's "
                "last change before it: 0.698 at 644a16c (the same at 7e17b85)",
     (0.69, 0.72, 0.66, 0.76, 0.61)),
    (("hr",), 6, "real pages, much completed, commissioned as the round's third wave, met once after the round's "
                "last change before it: 0.762 at 644a16c (the same at 7e17b85)",
     (0.76, 0.81, 0.71, 0.77, 0.72)),
    (("hs",), 6, "real pages, much completed, commissioned as the round's third wave, met once after the round's "
                "last change before it: 0.664 at 644a16c (the same at 7e17b85); then read for its misses (A、B和C都是X的结对共建单位, 辖区有A、B等驻地单位)"
                " (entities lowered 0.01 in the thirty-fourth round: 社区干部, 新就业群体, 快递员 … said of nothing, ggl:kinds_named_in_passing, +0.002 over 1300, cost this batch one its gold listed)",
     (0.66, 0.79, 0.65, 0.77, 0.74)),
    (("ht",), 6, "real pages, much completed, commissioned as the round's fourth wave, met once after the round's "
                "last change before it: 0.659 at 4ca0582 (the same at 7e17b85); precision pin 0.76 since "
                "两代表一委员 is read as a kind of people and joins the 联盟 of ht3's sentence, a tie its gold leaves out",
     (0.65, 0.76, 0.58, 0.72, 0.72)),
    (("hu",), 6, "real pages, much completed, commissioned as the round's fourth wave, met once after the round's "
                "last change before it: 0.610 at 4ca0582 (the same at 7e17b85); relations pin 0.59 since "
                "小区党支部 in a compound whose branch is named is that branch (+13 relations right over 1565), "
                "where hu1's gold keeps the kind (precision 0.70, macro 0.46 for the same reason)",
     (0.59, 0.70, 0.46, 0.71, 0.44)),
    (("hv",), 6, "real pages, much completed, commissioned as the round's fourth wave, met once after the round's "
                "last change before it: 0.518 at 4ca0582 (the same at 7e17b85; hv6, a street's 交流发言 signed "
                "under its subtitle, 0.196); then read for its misses (a body named with its places signing "
                "under a title)",
     (0.58, 0.66, 0.57, 0.75, 0.62)),
    (("hw",), 6, "real pages, much completed, commissioned as the round's fourth wave, met once after the round's "
                "last change before it: 0.708 at 4ca0582 (the same at 7e17b85); precision floor 0.78 → 0.77, entities 0.81 → 0.80 in the "
                "thirty-fifth round (大丰镇人大 read as a body: hw6's gold leaves the town's congress out)",
     (0.70, 0.77, 0.62, 0.80, 0.55)),
]
THIRTY_FOURTH_ROUND = [
    (("hx",), 6, "real pages, short (the store is spent; at most a third completed), commissioned at the round's "
                "start (template_r37), met once before any change read from them: 0.583 at c23fa98; then read "
                "for its misses (深挖社区, 中心区域)",
     (0.58, 0.72, 0.54, 0.72, 0.89)),
    (("hy",), 6, "real pages, short, commissioned at the round's start, met once at c23fa98: 0.607; quantities "
                "floor 0.40 → 0.38 (hy2's 5981户、10720人: the people figure is read now, scoped to the street where its "
                "gold names the community)",
     (0.60, 0.80, 0.36, 0.73, 0.38)),
    (("hz",), 6, "real pages, short, commissioned at the round's start, met once at c23fa98: 0.650; then read "
                "for its misses (样样都弄, 拆除 before a lane)",
     (0.65, 0.70, 0.45, 0.72, 0.52)),
    (("ia",), 6, "real pages, short, commissioned at the round's start, met once at c23fa98: 0.745",
     (0.74, 0.76, 0.44, 0.77, 0.65)),
    (("ib",), 6, "real pages, short, commissioned as the round's second wave (new search angles), met once after "
                "the last change before it: 0.636 at 5336882 (the same relations at c23fa98); precision floor 0.75 → "
                "0.74 (ib3's 社区党委牵头召集业委会、小区自治管理小组… reads as leads, which its gold leaves out)",
     (0.63, 0.74, 0.43, 0.70, 0.46)),
    (("ic",), 5, "real pages, short, the round's second wave (ic1 not written: no TV page the rules allowed), met "
                "once at 5336882: 0.591",
     (0.59, 0.75, 0.49, 0.71, 0.51)),
    (("id",), 6, "real pages, short, the round's second wave, met once at 5336882: 0.510; then read for its misses "
                "(a guided body's site, 分属, a company's 有限公司 no short form)",
     (0.56, 0.70, 0.34, 0.62, 0.46)),
    (("ie",), 6, "real pages, short, the round's second wave, met once at 5336882: 0.592 (“海棠红·幸福里”社区食堂 read "
                "later as one site)",
     (0.59, 0.84, 0.28, 0.61, 0.35)),
    (("if",), 6, "real pages, short, commissioned as the round's third wave (more new search angles), met once after "
                "the last change before it: 0.750 at a1bc774 (the same relations at c23fa98)",
     (0.75, 0.83, 0.58, 0.84, 0.74)),
    (("ig",), 6, "real pages, short, the round's third wave, met once at a1bc774: 0.716",
     (0.71, 0.82, 0.65, 0.76, 0.43)),
    (("ih",), 6, "real pages, short, the round's third wave, met once at a1bc774: 0.587; then read for its misses "
                "(以A、B等5个小区, 给予)",
     (0.59, 0.67, 0.28, 0.75, 0.60)),
    (("ii",), 6, "real pages, short, the round's third wave, met once at a1bc774: 0.500; then read for its misses "
                "(某某易地扶贫搬迁安置区, 临时党工委)",
     (0.54, 0.64, 0.37, 0.69, 0.29)),
    (("ij",), 6, "real pages, short, commissioned as the round's fourth wave (more new search angles), met once at "
                "4530805 after the round's last change: 0.621 (the same relations at c23fa98)",
     (0.62, 0.71, 0.40, 0.77, 0.68)),
    (("ik",), 6, "real pages, short, the round's fourth wave, met once at 4530805: 0.705",
     (0.70, 0.74, 0.60, 0.78, 0.18)),
    (("il",), 6, "real pages, short, the round's fourth wave, met once at 4530805: 0.527",
     (0.52, 0.63, 0.23, 0.66, 0.60)),
    (("im",), 6, "real pages, short, the round's fourth wave, met once at 4530805: 0.634",
     (0.63, 0.75, 0.49, 0.67, 0.58)),
]

THIRTY_FIFTH_ROUND = [
    (("in",), 5, "real pages, short, commissioned at the round's start (template_r41: new search angles; in5 dropped, "
                "the same page as io3), met once at 9ada585 (the same figures at e88eb76): 0.617",
     (0.62, 0.70, 0.25, 0.72, 0.47)),
    (("io",), 4, "real pages, short, the round's wave (io1, io2 not written: no page the rules allowed), met once at "
                "9ada585: 0.681",
     (0.68, 0.79, 0.38, 0.71, 0.50)),
    (("ip",), 6, "real pages, short, the round's wave, met once at 9ada585: 0.686",
     (0.68, 0.82, 0.50, 0.71, 0.82)),
    (("iq",), 6, "real pages, short, the round's wave, met once at 9ada585: 0.461 (iq5's five 党建联建 projects "
                "with their partner units: 0.182)",
     (0.46, 0.58, 0.38, 0.73, 0.46)),
    (("ir",), 6, "real pages, short, commissioned as the round's second wave (template_r42: more new angles), met "
                "once after the last change before it: 0.597 at 10bf374 (the same figures at e88eb76)",
     (0.59, 0.65, 0.55, 0.69, 0.33)),
    (("is",), 6, "real pages, short, the round's second wave, met once at 10bf374: 0.662",
     (0.66, 0.75, 0.47, 0.68, 0.86)),
    (("it",), 6, "real pages, short, the round's second wave, met once at 10bf374: 0.721",
     (0.72, 0.83, 0.42, 0.75, 0.46)),
    (("iu",), 6, "real pages, short, the round's second wave, met once at 10bf374: 0.567; entities floor 0.74 → 0.73 "
                "(社会组织服务中心, written after 采取 without its street, is read as a kind of site; iu2's gold names the "
                "street's centre)",
     (0.56, 0.63, 0.40, 0.73, 0.65)),
    (("iv",), 6, "real pages, short, commissioned as the round's third wave (template_r43; the store nearly spent: "
                "人大代表 and 政协 workrooms), met once after the last change before it: 0.564 at 6c3adc2 (the same at "
                "e88eb76)",
     (0.56, 0.70, 0.27, 0.66, 0.59)),
    (("iw",), 6, "real pages, short, the round's third wave, met once at 6c3adc2: 0.472 (a village grid, a 公益创投 "
                "meeting, police in village posts)",
     (0.47, 0.56, 0.33, 0.58, 0.70)),
    (("ix",), 6, "real pages, short, the round's third wave, met once at 6c3adc2: 0.512",
     (0.51, 0.60, 0.25, 0.67, 0.85)),
    (("iy",), 6, "real pages, short, the round's third wave, met once at 6c3adc2: 0.569 (0.529 at e88eb76)",
     (0.56, 0.66, 0.34, 0.65, 0.51)),
]
THIRTY_SIXTH_ROUND = [
    (("iz",), 5, "real pages, short, commissioned at the round's start (template_r44: a region in each query; iz4 "
                "not written: no page the rules allowed), met once at a972ff6: 0.573",
     (0.57, 0.66, 0.42, 0.67, 0.54)),
    (("ja",), 6, "real pages, short, the round's wave, met once at a972ff6: 0.494",
     (0.49, 0.62, 0.34, 0.67, 0.77)),
    (("jb",), 6, "real pages, short, the round's second wave (template_r44 with co-building units as angles: tobacco, "
                "police, courts, telecoms), met once at cfd4171 (the same at a972ff6): 0.494",
     (0.49, 0.58, 0.20, 0.69, 0.72)),
    (("jc",), 6, "real pages, short, the round's second wave, met once at cfd4171: 0.580",
     (0.58, 0.65, 0.55, 0.76, 0.72)),
    (("jd",), 6, "real pages, short, the round's third wave (template_r44 with founding meetings, interviews and "
                "year-end summaries as angles), met once at 229c9ac (the same at a972ff6): 0.667",
     (0.66, 0.74, 0.61, 0.73, 0.48)),
    (("je",), 6, "real pages, short, the round's third wave, met once at 229c9ac: 0.565",
     (0.56, 0.59, 0.38, 0.68, 0.51)),
    (("jf",), 6, "real pages, short, the round's fourth wave (template_r44 with a district each helper had to find "
                "unlisted), met once at 6fb767c (the same at a972ff6): 0.486",
     (0.48, 0.56, 0.21, 0.59, 0.51)),
    (("jg",), 6, "real pages, short, the round's fourth wave, met once at 6fb767c: 0.738 (0.721 at a972ff6)",
     (0.73, 0.76, 0.56, 0.75, 0.55)),
]
THIRTY_SEVENTH_ROUND = [
    (("jh",), 6, "real pages, short, commissioned at the round's start (template_r48: a region and three rare angles "
                "in each query: 养老助餐, 军民共建, 信托制物业, 自管会), met once at 30114b7: 0.624",
     (0.64, 0.77, 0.49, 0.74, 0.55)),
    (("ji",), 6, "real pages, short, the round's wave (两新组织 党建指导站, 智慧社区, 红黑榜), met once at 30114b7: 0.667",
     (0.66, 0.76, 0.50, 0.82, 0.81)),
    (("jj",), 6, "real pages, short, the round's wave (国企 and 燃气 companies, 检察院, 城管 进社区), met once at "
                "30114b7: 0.574",
     (0.58, 0.66, 0.44, 0.65, 0.62)),
    (("jk",), 6, "real pages, short, the round's second wave (粤西粤北, 浙苏 county-level cities; 出租屋, 未来社区, "
                "物业双评议), met once at 192eb1a (the same at 30114b7): 0.735; precision 0.78 since jk6's "
                "金地国际花园小区换届筹备组 is read as the compound's named group, which its gold keeps as a kind",
     (0.74, 0.78, 0.61, 0.78, 0.63)),
    (("jl",), 6, "real pages, short, the round's second wave (川渝, 陕甘晋; 院落自治, 街巷长制, 接诉即办), met once at "
                "192eb1a (the same at 30114b7): 0.599; then read for its misses (a department's joint branch); "
                "precision 0.79 since 向某社区报到 reads jl6's short form 政研室联合党支部 as a kind; 0.78 since the "
                "figure before people reporting to a community counts them (+221 counts right over 1636), and jl6's "
                "18名党员 then report for themselves where its gold has their branch",
     (0.64, 0.78, 0.38, 0.69, 0.69)),
    (("jm",), 6, "real pages, short, the round's third wave (海南广西, 辽吉 counties; 棚户区, 国企家属区), met once "
                "at 9fa6945 (the same at 30114b7): 0.585",
     (0.58, 0.67, 0.28, 0.69, 0.53)),
    (("jn",), 6, "real pages, short, the round's third wave (豫冀, 云贵湘 counties; 表彰通报, 主题党日), met once at "
                "9fa6945 (the same at 30114b7): 0.632",
     (0.63, 0.73, 0.41, 0.71, 0.78)),
    (("jo",), 6, "real pages, short, the round's fourth wave (新藏甘, 赣闽 counties; 石榴籽, 积分超市, 商会), met once "
                "at 9576c20 (the same at 30114b7): 0.641",
     (0.64, 0.66, 0.59, 0.69, 0.74)),
    (("jp",), 6, "real pages, short, the round's fourth wave (黑蒙, 鄂皖 counties; 林区, 边境, 党员中心户), met once at "
                "9576c20 (the same at 30114b7): 0.634",
     (0.63, 0.77, 0.42, 0.70, 0.63)),
]
THIRTY_EIGHTH_ROUND = [
    (("jq",), 6, "real pages, short, the round's first wave (苏北苏中, 浙江 outside 杭甬; 新就业群体, 共富工坊, 加装电梯), met "
                "once at 099bb65: 0.662; then read for its misses (a clause's own list of named branches)",
     (0.67, 0.86, 0.39, 0.83, 0.83)),
    (("jr",), 6, "real pages, short, the round's first wave (四川 outside 成都, 湖北 outside 武汉; 院落自治, 共同缔造, "
                "红色物业), met once at 099bb65: 0.670",
     (0.67, 0.69, 0.51, 0.72, 0.51)),
    (("js",), 6, "real pages, short, the round's first wave (珠三角, 晋豫 and their neighbours; 退役军人服务站, 民建 支部 "
                "结对), met once at 099bb65: 0.562; then read for its misses (a compound's branch named whole)",
     (0.58, 0.62, 0.45, 0.78, 0.74)),
    (("jt",), 6, "real pages, short, the round's second wave (闽, 鲁; 海上党建, 台胞 社区, 助老食堂), met once at "
                "8db7adb (the same at 099bb65): 0.651",
     (0.67, 0.73, 0.46, 0.66, 0.57)),
    (("ju",), 6, "real pages, short, the round's second wave (冀京郊, 滇黔; 表彰通报, 回迁社区), met once at 8db7adb "
                "(the same at 099bb65): 0.652; then read for its misses (a title's run with a verb inside, 村落)",
     (0.69, 0.84, 0.39, 0.69, 0.66)),
    (("jv",), 6, "real pages, short, the round's second wave (陕甘宁蒙, 辽; 实施方案 with duty lines, 会议纪要), met "
                "once at 8db7adb (the same at 099bb65): 0.611",
     (0.61, 0.72, 0.56, 0.74, 0.82)),
    (("jw",), 6, "real pages, short, the round's third wave (赣桂 and their neighbours; 答复函, 工作简报), met "
                "once at f25225b (the same at 099bb65): 0.639",
     (0.63, 0.68, 0.61, 0.72, 0.62)),
    (("jx",), 6, "real pages, short, the round's third wave (渝 and 黑吉 asked, 苏浙鲁晋冀甘 met; 商圈党建联盟, 大物业), "
                "met once at f25225b (the same at 099bb65): 0.573",
     (0.57, 0.75, 0.32, 0.71, 0.87)),
    (("jy",), 6, "real pages, short, the round's third wave (沪 outer districts, 津冀 asked; 睦邻点, 助老食堂), met "
                "once at f25225b (the same at 099bb65): 0.662",
     (0.66, 0.81, 0.28, 0.72, 0.72)),
    (("jz",), 6, "real pages, short, the round's fourth wave (湘 and 苏南 asked, 鄂黔沪苏皖 met; 充电桩, 网格, 加装电梯), met "
                "once at 0158e24 (the same at 099bb65): 0.722",
     (0.72, 0.84, 0.46, 0.70, 0.83)),
    (("ka",), 6, "real pages, short, the round's fourth wave (粤东粤西, 皖; 侨乡, 毗邻党建, an 实施方案 with duty lines), met "
                "once at 0158e24 (the same at 099bb65): 0.518; then read for its misses (a task force named across a quote, "
                "由Y兜底管理X小区); entities floor 0.78 → 0.77 in the forty-second round (a quoted “侨胞之家” is one "
                "site, where ka's golds have a kind of site or nothing)",
     (0.55, 0.65, 0.30, 0.77, 0.68)),
    (("kb",), 5, "real pages, short, the round's fourth wave (豫, 鄂赣 asked; 红色物业, 五星支部; kb5 unwritten: the search "
                "budget ran out), met once at 0158e24 (the same at 099bb65): 0.812",
     (0.81, 0.86, 0.75, 0.81, 0.62)),
]
THIRTY_NINTH_ROUND = [
    (("kc",), 6, "real pages, short, the thirty-ninth round's first wave (北京 and 上海 streets, 衡阳; 星级楼门, 书记工作室, "
                "物管会, 加装电梯), met once at 39e11db: 0.643; floors 0.64 → 0.63 and precision 0.71 → 0.70 (kc6's 长新居民区党总支在长宁区江苏路街道党工委的"
                "领导下 reads as leads, which its gold leaves out)",
     # f1, precision, macro, entities lowered (from 0.63, 0.70, 0.41, 0.77) when a run of quoted names with
     # nothing between them (“A”“B”“C”) began to be read as one list, and a quoted name ending in 室, 馆, 小屋
     # or 队 as a site or a team (this round's first commit): three quoted slogans ending in 好 read as
     # schemes
     (0.62, 0.67, 0.40, 0.76, 0.69)),
    (("kd",), 6, "real pages, short, the round's first wave (肇庆, 昆明, 武汉 and 淮安 streets, 锡林浩特; 社会组织联合会, "
                "流动人口 网格, 大党委), met once at 39e11db: 0.667",
     (0.66, 0.76, 0.43, 0.70, 0.78)),
    (("ke",), 6, "real pages, short, the round's first wave (贵阳, 南昌, 武汉江夏, 佳木斯, 哈巴河, 鹤岗; 共治委员会, 红色物业, "
                "a 会议纪要 of a college and a village), met once at 39e11db: 0.674",
     (0.67, 0.75, 0.56, 0.76, 0.78)),
    (("kf",), 6, "real pages, short, the round's second wave (天津, 苏州 and 大连 streets; 村社 联建, 楼宇党建, a 会议纪要 on "
                "charging points), met once at caf0187: 0.624",
     # entities lowered (from 0.67) when a run of quoted names with nothing between them (“A”“B”“C”) began
     # to be read as one list, and a quoted name ending in 室, 馆, 小屋 or 队 as a site or a team (this round's
     # first commit): the golds take “议事队”, “宣传队” for schemes, “鲁班工程队” for no entity
     (0.62, 0.69, 0.48, 0.66, 0.84)),
    (("kg",), 6, "real pages, short, the round's second wave (杭州, 丽水, 桂林, 厦门, 烟台, 济南 streets; 统战 共建, 大平台, "
                "骑手友好社区), met once at caf0187: 0.688",
     (0.68, 0.73, 0.43, 0.70, 0.85)),
    (("kh",), 6, "real pages, short, the round's second wave (沈抚, 舟山, 长治, 福州, 南宁, 海口; 红色物业, 老友议事会, "
                "an 实施方案 with duty lines), met once at caf0187: 0.708",
     (0.70, 0.75, 0.62, 0.83, 0.59)),
    (("ki",), 6, "real pages, short, the round's third wave (冀晋蒙 asked, 豫津蒙苏桂鲁 met; 垂直社区, 红色管家, 微网格), "
                "met once at 7685151 (the same at 39e11db): 0.578",
     (0.57, 0.74, 0.35, 0.70, 0.79)),
    (("kj",), 6, "real pages, short, the round's third wave (鲁豫鄂 streets and journal cases; 有事来聊, 一室两师三专帮, "
                "骑手 党支部), met once at 7685151 (the same at 39e11db): 0.637",
     (0.63, 0.70, 0.34, 0.68, 0.46)),
    (("kk",), 6, "real pages, short, the round's fourth wave (page kinds and themes: a 提案 reply, a 公众号 post, fire "
                "stations, a scenic area, bank stations), met once at 50f1359 (the same at 39e11db): 0.569",
     (0.56, 0.68, 0.45, 0.66, 0.71)),
    (("kl",), 6, "real pages, short, the round's fourth wave (county seats and the west asked; 商圈, 调解室, 民族团结, "
                "红色物业 联席会议), met once at 50f1359 (the same at 39e11db): 0.531",
     (0.53, 0.55, 0.42, 0.66, 0.71)),
    (("km",), 6, "real pages, short, the round's fifth wave (towns of county-level cities, 东北 and 鲁豫; 近邻党建, heating, "
                "a building without property management), met once at 54c7eed (the same at 39e11db): 0.746",
     # entities lowered (0.65) when a role written after a place word began to give way to the longer role
     # inside it (0a27809): this gold does not list the 党员代表 it now reads
     (0.74, 0.77, 0.55, 0.64, 0.71)),
    (("kn",), 6, "real pages, short, the round's fifth wave (恩施, 厦门, 泸州, 廊坊, 上海, 北京 streets; 小区110, retired "
                "cadres' branch, 三驾马车), met once at 54c7eed (the same at 39e11db): 0.687",
     (0.68, 0.80, 0.52, 0.69, 0.21)),
    (("ko",), 6, "real pages, short, the round's sixth wave (a 问政 reply, national and local media; 网格, 洪城红 管家, "
                "幸福圆桌会), met once at 0e74284 (the same at 39e11db): 0.678",
     (0.67, 0.76, 0.38, 0.76, 0.81)),
    (("kp",), 6, "real pages, short, the round's sixth wave (journal cases and county media: 网格第一书记, 15分钟生活圈, "
                "物管会, a three-company meeting), met once at 0e74284 (the same at 39e11db): 0.622",
     (0.62, 0.75, 0.41, 0.70, 0.51)),
    (("kq",), 5, "real pages, short, the round's seventh wave (加装电梯, charging points, waste sorting, a property "
                "company leaving; kq6 unwritten: nothing free was found), met once at 87e1acc (the same at 39e11db): 0.724",
     (0.72, 0.80, 0.55, 0.82, 0.71)),
    (("kr",), 6, "real pages, short, the round's seventh wave (canteens, child-friendly work, industrial parks' Party "
                "work, an 实施方案), met once at 87e1acc (the same at 39e11db): 0.536",
     (0.53, 0.72, 0.27, 0.67, 0.60)),
    (("ks",), 6, "real pages, short, the round's eighth wave (prosecutors' and mediation rooms, volunteers, a points "
                "shop), met once at a8d635d (the same at 39e11db): 0.620",
     (0.62, 0.79, 0.33, 0.63, 0.65)),
    (("kt",), 6, "real pages, short, the round's eighth wave (a state firm's estate handed over, a resettlement "
                "community, 楼长 tests), met once at a8d635d (the same at 39e11db): 0.702",
     (0.70, 0.77, 0.56, 0.79, 0.68)),
]
FORTIETH_ROUND = [
    (("ku",), 6, "real pages, short, the fortieth round's first wave (楼栋长 and 小巷管家, a bank and a power company "
                "pairing with communities, 联合党委), met once at f122112: 0.559",
     (0.55, 0.63, 0.46, 0.76, 0.83)),
    (("kv",), 6, "real pages, short, the round's first wave (接诉即办 and 吹哨报到, 大党委 minutes, 嵌入式 and new-employment "
                "communities), met once at f122112: 0.654",
     (0.65, 0.78, 0.44, 0.75, 0.80)),
    (("kw",), 6, "real pages, short, the round's first wave (compounds with no property company, a 述职报告, a pocket "
                "park), met once at f122112: 0.634",
     (0.63, 0.69, 0.31, 0.74, 0.68)),
    (("kx",), 6, "real pages, short, the round's first wave (a typhoon, gas checks, fire-safety minutes, a "
                "charity fund, 三社联动), met once at f122112: 0.597",
     (0.59, 0.74, 0.33, 0.73, 0.73)),
    (("ky",), 6, "real pages, short, the round's second wave (property disputes, a mediation room, a 提案 reply on "
                "grids), met once at f122112: 0.618",
     (0.61, 0.70, 0.76, 0.73, 0.74)),
    (("kz",), 6, "real pages, short, the round's second wave (riders, a 调研报告, a speech, an owners' committee "
                "founded, an 实施方案), met once at f122112: 0.545",
     (0.54, 0.63, 0.31, 0.60, 0.66)),
    (("la",), 6, "real pages, short, the round's third wave (retired members, Youth League bodies, an interview, "
                "a 申报材料), met once at 6fc08ab (the same at f122112): 0.438",
     (0.43, 0.46, 0.36, 0.55, 0.56)),
    (("lb",), 6, "real pages, short, the round's third wave (楼门 self-rule, a 简报, 大工委 minutes, 区域化党建 joint "
                "meetings), met once at 77451c4 (the same at f122112): 0.414",
     (0.41, 0.54, 0.27, 0.67, 0.25)),
    (("lc",), 6, "real pages, short, the round's third wave (hospitals and law firms pairing with communities, a "
                "述职报告, an 实施方案), met once at 6fc08ab (the same at f122112): 0.533",
     (0.53, 0.56, 0.37, 0.63, 0.14)),
    (("ld",), 6, "real pages, short, the round's third wave (背街小巷, 创卫, a speech, community partners, 智慧社区), met "
                "once at 6fc08ab (0.662 at f122112): 0.685",
     (0.68, 0.82, 0.56, 0.83, 0.72)),
    (("le",), 3, "real pages, short, the round's fourth wave (market and 商圈 branches, a 台账; le1–le3 unwritten: "
                "nothing free was found), met once at 409ed26 (the same at f122112): 0.509",
     (0.50, 0.73, 0.20, 0.55, 0.00)),
    (("lf",), 6, "real pages, short, the round's fourth wave (relief work, 家庭党校, 家校社, an 实施方案), met once at "
                "409ed26 (the same at f122112): 0.571",
     (0.57, 0.70, 0.53, 0.72, 0.81)),
    (("lg",), 6, "real pages, short, the round's fourth wave (new compounds, a 三方联建 record, a town's 集镇, an "
                "annual summary), met once at 029fa29 (the same at f122112): 0.641",
     (0.64, 0.82, 0.35, 0.69, 0.27)),
    (("lh",), 6, "real pages, short, the round's fourth wave (historic quarters, 微网格, an interview, 院坝党课, 家庭小党校), "
                "met once at 409ed26 (the same at f122112): 0.535",
     (0.53, 0.56, 0.45, 0.64, 0.60)),
    (("li",), 6, "real pages, short, the round's fifth wave (lifts, charging piles, a tenants' committee, 二房东, "
                "landlords' alliance), met once at 2b25345 (the same at f122112): 0.539",
     (0.53, 0.60, 0.20, 0.65, 0.64)),
    (("lj",), 6, "real pages, short, the round's fifth wave (canteens, chargers, a water bureau's 包保, a power "
                "company's 网格合伙人), met once at 529a917 (the same at f122112): 0.681",
     (0.68, 0.68, 0.63, 0.79, 0.61)),
    (("lk",), 6, "real pages, short, the round's sixth wave (a canteen opened by a partner, 党群服务中心, 五方围坐, a 述职报告, "
                "a red house), met once at 318aacd (the same at f122112): 0.617",
     (0.61, 0.80, 0.26, 0.71, 0.80)),
    (("ll",), 6, "real pages, short, the round's sixth wave (a 红色自管会, 减负, joint-meeting minutes, time banks and "
                "volunteer points), met once at 318aacd (0.522 at f122112): 0.548",
     (0.54, 0.69, 0.35, 0.70, 0.61)),
    (("lm",), 6, "real pages, short, the round's sixth wave (a pandemic branch, a 简报, 事迹, a dog-keeping pact, a "
                "speech, a bike shed), met once at 0871333 (the same at f122112): 0.646",
     (0.64, 0.77, 0.43, 0.76, 0.71)),
    (("ln",), 6, "real pages, short, the round's sixth wave (a new street, a community split, a metro builder "
                "pairing, a campus street, 三无小区), met once at 318aacd (the same at f122112): 0.691",
     (0.69, 0.75, 0.61, 0.84, 0.96)),
    (("lo",), 6, "real pages, short, the round's seventh wave (巾帼书记, 红色物业, a property company's branch, 政协 and 人大 "
                "rooms in communities), met once at ff1983a (the same at f122112): 0.644",
     (0.64, 0.66, 0.43, 0.71, 0.53)),
    (("lp",), 6, "real pages, short, the round's seventh wave (a 民族 street, a Tibetan resettled village, pilot "
                "minutes, fishing ports and boats), met once at ff1983a (the same at f122112): 0.579",
     (0.57, 0.57, 0.33, 0.68, 0.79)),
]
FORTY_FIRST_ROUND = [
    (("lq",), 6, "real pages, short, the forty-first round's first wave (community police, fire safety, chargers, a "
                "lift renewed), met once at 7eb052f: 0.632",
     (0.63, 0.81, 0.35, 0.76, 0.64)),
    (("lr",), 6, "real pages, short, the forty-first round's first wave (canteens, a veterans' branch, a 调研报告, 小区妇联 in "
                "an 实施方案), met once at 7eb052f: 0.563",
     (0.61, 0.67, 0.46, 0.69, 0.47)),
    (("ls",), 6, "real pages, short, the forty-first round's first wave (office buildings, a 商圈党委, a resettlement "
                "site, a 述职报告), met once at 7eb052f: 0.688",
     # f1, precision, macro lowered (from 0.68, 0.83, 0.39) when a run of quoted names with nothing between
     # them (“A”“B”“C”) began to be read as one list, and a quoted name ending in 室, 馆, 小屋 or 队 as a site
     # or a team (this round's first commit): “政务咨询中心”“爱心公益站” are sites in its gold
     (0.67, 0.80, 0.38, 0.72, 0.69)),
    (("lt",), 6, "real pages, short, the forty-first round's first wave (community funds, 楼组自治金, minutes, mediation "
                "under 枫桥经验), met once at 7eb052f: 0.688",
     (0.68, 0.80, 0.62, 0.73, 0.68)),
    (("lu",), 6, "real pages, short, the forty-first round's second wave (street cleaning, a 旗's clean-up, a bureau's "
                "speech, 共同缔造), met once at 825cb70: 0.478",
     (0.47, 0.54, 0.27, 0.70, 0.74)),
    (("lv",), 6, "real pages, short, the forty-first round's second wave (riders and couriers, a 文明实践站, a company "
                "alliance, an 实施方案), met once at 825cb70: 0.527",
     # precision lowered (from 0.68) when a run of quoted names with nothing between them (“A”“B”“C”) began
     # to be read as one list, and a quoted name ending in 室, 馆, 小屋 or 队 as a site or a team (this round's
     # first commit): “平安社区”“美好家园” are titles in its gold
     (0.52, 0.67, 0.33, 0.71, 0.67)),
    (("lw",), 6, "real pages, short, the forty-first round's second wave (consultation platforms, an 议事厅, minutes, an "
                "industrial community), met once at 825cb70: 0.520",
     (0.51, 0.61, 0.24, 0.70, 0.43)),
    (("lx",), 6, "real pages, short, the forty-first round's second wave (colleges pairing with communities, a 民生议事堂, "
                "十户联防, a 总结), met once at 825cb70: 0.652",
     (0.65, 0.76, 0.43, 0.70, 0.54)),
    (("ly",), 5, "real pages, short, the forty-first round's third wave (an owners' committee re-formed, new "
                "residents' committees, a pocket park (ly3 unwritten: nothing free was found)), met once at 772188e: "
                "0.686",
     (0.68, 0.77, 0.45, 0.69, 0.84)),
    (("lz",), 6, "real pages, short, the forty-first round's third wave (elderly care, gas safety, a 平安 plan with duty "
                "lines), met once at 772188e: 0.596",
     (0.59, 0.75, 0.46, 0.77, 0.66)),
    (("ma",), 6, "real pages, short, the forty-first round's third wave (a social-work studio, 先丰站, a 大党委 case, a "
                "government office's work team), met once at 772188e: 0.667",
     (0.69, 0.80, 0.47, 0.77, 0.70)),
    (("mb",), 6, "real pages, short, the forty-first round's third wave (shop alliances, a market, 商圈 minutes, border "
                "communities), met once at 772188e: 0.493",
     (0.49, 0.66, 0.45, 0.64, 0.57)),
    (("mc",), 4, "real pages, short, the forty-first round's fourth wave (grid workers and 综治中心 (mc5–mc6 unwritten: "
                "nothing free was found)), met once at b2e006e: 0.635",
     (0.63, 0.67, 0.40, 0.73, 0.49)),
    (("md",), 6, "real pages, short, the forty-first round's fourth wave (五社联动, charity funds, a foreign-affairs "
                "office pairing, an international community), met once at b2e006e: 0.597; entities floor 0.73 → 0.72 in "
                "the forty-second round (quoted “X之家” are sites, where md5's gold has one scheme)",
     (0.59, 0.68, 0.51, 0.72, 0.79)),
    (("me",), 6, "real pages, short, the forty-first round's fourth wave (党员中心户, 微网格, minutes, a coffee lane, a 商圈), "
                "met once at b2e006e: 0.702",
     (0.70, 0.74, 0.56, 0.76, 0.54)),
    (("mf",), 6, "real pages, short, the forty-first round's fourth wave (a power plant's community, a steel town, a "
                "mine village, children's rooms), met once at b2e006e: 0.752",
     (0.75, 0.78, 0.37, 0.76, 0.74)),
    (("mg",), 6, "real pages, short, the forty-first round's fifth wave (吹哨报到, a public-housing compound, waste "
                "sorting, a lift by 三色 consultation), met once at b2e006e: 0.540",
     (0.53, 0.75, 0.18, 0.73, 0.70)),
    (("mh",), 5, "real pages, short, the forty-first round's fifth wave (member points, a 1990s profile, arts teams, a "
                "federation pairing (mh3 unwritten: nothing free was found)), met once at b2e006e: 0.596",
     (0.59, 0.69, 0.45, 0.61, 0.62)),
    (("mi",), 6, "real pages, short, the forty-first round's fifth wave (grid stations, a machine-translated page, 微网格 "
                "minutes, a 述职报告), met once at b2e006e: 0.552",
     (0.55, 0.60, 0.50, 0.60, 0.66)),
    (("mj",), 6, "real pages, short, the forty-first round's sixth wave (county-town profiles, a pavilion, a 自治花园, 小红帽 "
                "volunteers), met once at 3a7177d: 0.735",
     (0.73, 0.84, 0.46, 0.70, 0.84)),
    (("mk",), 6, "real pages, short, the forty-first round's sixth wave (a patrol team, a 调研报告, a university pairing, "
                "a company community), met once at 3a7177d: 0.653",
     (0.65, 0.75, 0.56, 0.73, 0.36)),
    (("ml",), 6, "real pages, short, the forty-first round's sixth wave (an online vote, 议事 steps, minutes, a 联合党委 in "
                "a tourist zone), met once at 3a7177d: 0.635",
     (0.63, 0.81, 0.47, 0.71, 0.71)),
]
FORTY_SECOND_ROUND = [
    (("mm",), 6, "real pages, short, the forty-second round's first wave (anti-drug and anti-fraud work, an army "
                "unit's co-building, veterans' bastion households), met once at a7674c3: 0.526",
     (0.54, 0.66, 0.25, 0.73, 0.65)),
    (("mn",), 6, "real pages, short, the forty-second round's first wave (mental-health stations, a disability "
                "centre, senior colleges), met once at a7674c3: 0.534",
     (0.54, 0.68, 0.30, 0.71, 0.58)),
    (("mo",), 6, "real pages, short, the forty-second round's first wave (power and water companies, credit points, "
                "社区合伙人), met once at a7674c3: 0.541",
     (0.55, 0.68, 0.40, 0.69, 0.59)),
    (("mp",), 6, "real pages, short, the forty-second round's first wave (居务监督, 三务公开, an airport alliance, railway "
                "co-building, a port street's plan), met once at a7674c3: 0.683",
     (0.70, 0.76, 0.63, 0.70, 0.73)),
    (("mq",), 6, "real pages, short, the forty-second round's second wave (community reading rooms, 农家书屋, a library "
                "pairing, river care), met once at a7674c3: 0.600",
     (0.59, 0.68, 0.34, 0.74, 0.47)),
    (("mr",), 6, "real pages, short, the forty-second round's second wave (city-management teams, sports days, "
                "fitness equipment in a plan), met once at a7674c3: 0.674",
     (0.68, 0.75, 0.50, 0.84, 0.54)),
    (("ms",), 6, "real pages, short, the forty-second round's second wave (a charity supermarket, a 17-member "
                "alliance, 民盟 co-building, women's federations), met once at a7674c3: 0.528",
     (0.52, 0.66, 0.37, 0.61, 0.57)),
    (("mt",), 6, "real pages, short, the forty-second round's second wave (a tax bureau's pairing, an industrial "
                "community, a creative park, an industrial community's plan), met once at a7674c3: 0.426",
     # precision lowered (from 0.51) when a run of quoted names with nothing between them (“A”“B”“C”) began
     # to be read as one list, and a quoted name ending in 室, 馆, 小屋 or 队 as a site or a team (this round's
     # first commit): “工匠学堂” is a site in its gold
     (0.42, 0.50, 0.33, 0.57, 0.14)),
    (("mu",), 5, "real pages, short, the forty-second round's third wave (物管会, 酬金制 property service, shared parking, "
                "完整社区, a 红色业委会), met once at a7674c3: 0.623 (1 of six not written: nothing free was found)",
     (0.62, 0.70, 0.28, 0.76, 0.59)),
    (("mv",), 5, "real pages, short, the forty-second round's third wave (street reform, 六办, 邻里之家, community "
                "companies), met once at a7674c3: 0.641 (1 of six not written: nothing free was found)",
     (0.65, 0.68, 0.42, 0.65, 0.51)),
    (("mw",), 6, "real pages, short, the forty-second round's fourth wave (统战, 九三学社, new communities, a hospital "
                "pairing), met once at b5ea43a: 0.723",
     (0.72, 0.80, 0.42, 0.76, 0.62)),
    (("mx",), 6, "real pages, short, the forty-second round's fourth wave (stairwells, public-rental and talent "
                "housing), met once at b5ea43a: 0.549",
     (0.54, 0.59, 0.38, 0.68, 0.48)),
    (("my",), 5, "real pages, short, the forty-second round's fourth wave (riders as grid workers, shared vegetable "
                "gardens), met once at b5ea43a: 0.701 (1 of six not written: nothing free was found)",
     # f1, precision, macro lowered (from 0.70, 0.77, 0.31) when a run of quoted names with nothing between
     # them (“A”“B”“C”) began to be read as one list, and a quoted name ending in 室, 馆, 小屋 or 队 as a site
     # or a team (this round's first commit): “红色菜园”“暖心菜园” are sites in its gold
     (0.68, 0.73, 0.30, 0.80, 0.62)),
    (("mz",), 6, "real pages, short, the forty-second round's fourth wave (children as building heads, 关工委, a 商居联盟, "
                "night markets), met once at b5ea43a: 0.707",
     (0.70, 0.84, 0.52, 0.74, 0.00)),
    (("na",), 6, "real pages, short, the forty-second round's fifth wave (mediation, court pairings, volunteer "
                "squads), met once at b5ea43a: 0.558",
     (0.55, 0.61, 0.34, 0.63, 0.76)),
    (("nb",), 5, "real pages, short, the forty-second round's fifth wave (park partners, 社企共建, Party members' shops, "
                "an industrial community, a museum's team), met once at b5ea43a: 0.446 (1 of six not written: nothing "
                "free was found)",
     (0.44, 0.56, 0.28, 0.59, 0.09)),
    (("nc",), 6, "real pages, short, the forty-second round's fifth wave (an 8-unit 共同体, postal co-building, a city "
                "reading room, a 红色物业 zone), met once at b5ea43a: 0.545",
     (0.54, 0.58, 0.42, 0.68, 0.49)),
    (("nd",), 6, "real pages, short, the forty-second round's sixth wave (illegal building, 小巷管家, 社区企业+社区基金, 双报到), "
                "met once at 17dcb53: 0.573",
     (0.57, 0.68, 0.36, 0.74, 0.70)),
    (("ne",), 6, "real pages, short, the forty-second round's sixth wave (job stations, 零工驿站, 四点半课堂, 青年夜校), met once "
                "at 17dcb53: 0.686",
     (0.68, 0.76, 0.49, 0.71, 0.81)),
    (("nf",), 6, "real pages, short, the forty-second round's sixth wave (home-help trades, food safety), met once at "
                "17dcb53: 0.541",
     # f1, precision, entities lowered (from 0.54, 0.63, 0.63) when a run of quoted names with nothing
     # between them (“A”“B”“C”) began to be read as one list, and a quoted name ending in 室, 馆, 小屋 or 队 as
     # a site or a team (this round's first commit): two wall charts and a photo wall in quotes
     (0.53, 0.61, 0.29, 0.61, 0.48)),
]

FORTY_THIRD_ROUND = [
    (("ng",), 6, "real pages, short, the forty-third round's first wave (community corrections, a county's 综治 "
                "centres, a red-cross home, a 计生协), met once at ef60c0b: 0.533",
     (0.57, 0.66, 0.38, 0.69, 0.79)),
    (("nh",), 6, "real pages, short, the forty-third round's first wave (科协 branches, a 科普 community, 文明交通, "
                "hutong parking, a transport bureau's pairing), met once at ef60c0b: 0.582",
     (0.59, 0.81, 0.49, 0.73, 0.65)),
    (("ni",), 6, "real pages, short, the forty-third round's first wave (telecom and unicom co-building, a 双报到 "
                "signing, 新就业群体 stations), met once at ef60c0b: 0.512",
     # entities lowered (0.70) when a role written after a place word began to give way to the longer role
     # inside it (0a27809): 社区党员代表 reads 党员代表, which this gold does not list
     (0.62, 0.72, 0.44, 0.69, 0.46)),
    (("nj",), 6, "real pages, short, the forty-third round's first wave (resettlement communities, cross-province "
                "毗邻党建, a 桂滇黔 joint committee), met once at ef60c0b: 0.641",
     (0.64, 0.71, 0.34, 0.69, 0.28)),
    (("nk",), 6, "real pages, short, the forty-third round's second wave (city-village pairing, 跨村联建, 民情议事长廊, "
                "人民建议征集), met once at ef60c0b: 0.588",
     (0.59, 0.58, 0.43, 0.76, 0.68)),
    (("nl",), 6, "real pages, short, the forty-third round's second wave (retirees' Party branches, railway "
                "retirees, 司机之家, a metro line's four-party pact), met once at ef60c0b: 0.585",
     (0.55, 0.52, 0.40, 0.72, 0.70)),
    (("nm",), 6, "real pages, short, the forty-third round's second wave (emergency stations, a 减灾 model "
                "community, flood duty, 商居联盟 for the old, lifts, an accessible community), met once at ef60c0b: "
                "0.702",
     # f1 and entities lowered (0.70, 0.74) when a title in 《》 began to need a document's head (12b253e):
     # the gold takes 《残疾预防》, a campaign's slogan, as a policy
     (0.69, 0.79, 0.56, 0.73, 0.59)),
    (("nn",), 6, "real pages, short, the forty-third round's second wave (a finance group's part-time members, an "
                "insurer's pairing, 红色物业, old-compound renewal), met once at ef60c0b: 0.595",
     (0.59, 0.66, 0.39, 0.74, 0.74)),
    (("no",), 6, "real pages, short, the forty-third round's third wave (heating companies, a building's "
                "retrofit, 公共收益 and accounts made public), met once at 1c62f8b: 0.667",
     (0.67, 0.77, 0.33, 0.74, 0.48)),
    (("np",), 6, "real pages, short, the forty-third round's third wave (school-gate guards, 警校共建, family "
                "mediation studios, a 司法所's plan), met once at 1c62f8b: 0.493",
     (0.54, 0.58, 0.30, 0.79, 0.77)),
    (("nq",), 6, "real pages, short, the forty-third round's third wave (清廉社区, 清风监察站, a metro project's Party "
                "branch, 三亮, a builder's renovation branch), met once at 1c62f8b: 0.578",
     (0.57, 0.59, 0.28, 0.69, 0.57)),
    (("nr",), 6, "real pages, short, the forty-third round's third wave (a veterans' station branch, "
                "national-defence education, an air-raid drill, door plates, 非公企业, a market's plan), met once at "
                "1c62f8b: 0.533",
     # f1, precision and macro lowered (0.53, 0.58, 0.53) when ，以及 began to continue a list (6a74193):
     # 学雷锋志愿服务队，以及假日学校“校外辅导员” joins the school to the list, and the quoted posts read as
     # schemes give it two spurious participatesIn
     (0.52, 0.56, 0.52, 0.62, 0.47)),
    (("ns",), 6, "real pages, short, the forty-third round's fourth wave (移风易俗理事会, 红白理事会, a park's 园长, pocket "
                "parks, a forestry institute's base), met once at 4c9d018: 0.703",
     (0.70, 0.79, 0.42, 0.79, 0.51)),
    (("nt",), 6, "real pages, short, the forty-third round's fourth wave (非遗 work, a steel group's alliance, "
                "1+567 volunteers, 党建带群建), met once at 4c9d018: 0.646",
     (0.64, 0.83, 0.46, 0.66, 0.58)),
    (("nu",), 6, "real pages, short, the forty-third round's fourth wave (妇女微家, 妇女之家, a guarantee group's "
                "pairing, 社区合伙人), met once at 4c9d018: 0.605",
     (0.61, 0.69, 0.44, 0.65, 0.91)),
    (("nv",), 6, "real pages, short, the forty-third round's fourth wave (community trade unions, 联建门店, gas "
                "pipes, rain and sewage works), met once at 4c9d018: 0.706",
     (0.70, 0.67, 0.34, 0.71, 0.70)),
    (("nw",), 6, "real pages, short, the forty-third round's fifth wave (爱国卫生, a 公共卫生委员会, summer classes), met "
                "once at ef3f09e: 0.590",
     (0.58, 0.77, 0.39, 0.73, 0.63)),
    (("nx",), 6, "real pages, short, the forty-third round's fifth wave (secretaries' 述职, 楼道长, community mergers, "
                "街巷长制), met once at ef3f09e: 0.672",
     (0.67, 0.73, 0.32, 0.64, 0.37)),
    (("ny",), 6, "real pages, short, the forty-third round's fifth wave (schools opening playgrounds, 校社共建, 帮办代办, "
                "a tobacco bureau's 红色楼道长), met once at ef3f09e: 0.494",
     (0.49, 0.57, 0.30, 0.64, 0.69)),
    (("nz",), 3, "real pages, short, the forty-third round's fifth wave (a police station's community officer, "
                "trade mediation committees, a street's 党建+ summary), met once at ef3f09e: 0.366",
     (0.38, 0.65, 0.19, 0.63, 0.83)),
    (("oa",), 6, "real pages, short, the forty-third round's sixth wave (议事规则, a community paper, 爱邻协商, 台胞 in a "
                "community), met once at 3a750a3: 0.686",
     (0.68, 0.78, 0.57, 0.66, 0.73)),
    (("ob",), 6, "real pages, short, the forty-third round's sixth wave (social assistance, 救助管理站, recycling of "
                "old goods), met once at 3a750a3: 0.568",
     (0.56, 0.77, 0.31, 0.80, 0.68)),
]

FORTY_FOURTH_ROUND = [
    (("oc",), 6, "real pages, short, the forty-fourth round's first wave (关工委 and 五老, college Youth League "
                "branches, student secretaries' assistants), met once at 6b79e9e: 0.607",
     (0.60, 0.68, 0.36, 0.72, 0.82)),
    (("od",), 6, "real pages, short, the forty-fourth round's first wave (e-bike charging sheds, charging piles, "
                "a dormitory community, old-compound renewal), met once at 6b79e9e: 0.767",
     (0.76, 0.76, 0.75, 0.81, 0.45)),
    (("oe",), 6, "real pages, short, the forty-fourth round's first wave (文明祭祀, 红白理事会, a mobilisation meeting, "
                "library branches, a reading circle), met once at 6b79e9e: 0.671",
     (0.67, 0.72, 0.26, 0.75, 0.44)),
    (("of",), 6, "real pages, short, the forty-fourth round's first wave (sewage and drainage, flood duty, 爱心冰箱, "
                "a 红色商圈联盟, a street's plan), met once at 6b79e9e: 0.591",
     (0.63, 0.71, 0.59, 0.76, 0.23)),
    (("og",), 6, "real pages, short, the forty-fourth round's second wave (a 双拥 community, 征兵 stations, a "
                "veterans' band, blood drives), met once at 6b79e9e: 0.603",
     (0.60, 0.72, 0.31, 0.62, 0.68)),
    (("oh",), 6, "real pages, short, the forty-fourth round's second wave (a 同心社区 base, 中医药 alleys, a "
                "street-enterprise pact, energy saving, 近零碳), met once at 6b79e9e: 0.566",
     (0.56, 0.73, 0.35, 0.70, 0.07)),
    (("oi",), 6, "real pages, short, the forty-fourth round's second wave (community sports, a secretaries' "
                "salon, a museum's branch, red-culture pairing), met once at 6b79e9e: 0.770",
     (0.76, 0.86, 0.61, 0.77, 0.44)),
    (("oj",), 6, "real pages, short, the forty-fourth round's second wave (百家宴, a compound's harmony, a street's "
                "总结, anti-drowning patrols), met once at 6b79e9e: 0.707",
     (0.70, 0.71, 0.58, 0.73, 0.71)),
    (("ok",), 6, "real pages, short, the forty-fourth round's third wave (家校社, family-education communities, "
                "人气集聚, a grid's Party branch), met once at the third wave's tree: 0.500",
     (0.49, 0.70, 0.33, 0.62, 0.42)),
    (("ol",), 6, "real pages, short, the forty-fourth round's third wave (consumer rights, 3·15, 金融网格, a bank's "
                "red service station, a street-bank pact), met once at the third wave's tree: 0.694",
     (0.69, 0.71, 0.57, 0.78, 0.59)),
    (("om",), 6, "real pages, short, the forty-fourth round's third wave (village-community vegetable pairing, "
                "共富市集, direct-sale points, unpaid wages), met once at the third wave's tree: 0.556",
     (0.55, 0.69, 0.29, 0.64, 0.37)),
    (("on",), 6, "real pages, short, the forty-fourth round's third wave (a tobacco bureau's pairing, a troupe's "
                "art evenings, 双报到, 学雷锋, a border community's plan), met once at the third wave's tree: 0.591",
     (0.59, 0.64, 0.47, 0.70, 0.79)),
    (("oo",), 6, "real pages, short, the forty-fourth round's fourth wave (children in difficulty, left-behind "
                "children, 儿童主任, 残疾人之家), met once at dba6ddb: 0.621",
     (0.62, 0.72, 0.36, 0.73, 0.66)),
    (("op",), 6, "real pages, short, the forty-fourth round's fourth wave (老年人协会, 老党员先锋队, 红管家, fire-safety task "
                "forces), met once at dba6ddb: 0.695",
     (0.68, 0.84, 0.39, 0.69, 0.76)),
    (("oq",), 6, "real pages, short, the forty-fourth round's fourth wave (fire safety, 消防安全先锋队, a centre's "
                "pairing, market-day volunteers, 红色管家), met once at dba6ddb: 0.612",
     (0.61, 0.68, 0.47, 0.72, 0.66)),
    (("or",), 6, "real pages, short, the forty-fourth round's fourth wave (shared tool rooms, 共享空间, 青年之家, 一核多元, "
                "伙伴计划), met once at dba6ddb: 0.615",
     (0.61, 0.70, 0.47, 0.80, 0.62)),
]

FORTY_FIFTH_ROUND = [
    (("os",), 6, "real pages, short, the forty-fifth round's first wave (文明养犬, handovers and abandoned compounds, "
                "物业撤场), met once at ad4de97: 0.702",
     (0.70, 0.80, 0.58, 0.83, 0.36)),
    (("ot",), 6, "real pages, short, the forty-fifth round's first wave (普惠托育, community planners, a 托育 centre run"
                " with a state firm), met once at ad4de97: 0.648",
     (0.64, 0.79, 0.48, 0.72, 0.59)),
    (("ou",), 6, "real pages, short, the forty-fifth round's first wave (法律明白人, lawyers paired with villages, "
                "人民建议征集), met once at ad4de97: 0.516",
     (0.51, 0.66, 0.25, 0.74, 0.75)),
    (("ov",), 6, "real pages, short, the forty-fifth round's first wave (self-built house safety, 早餐工程, a "
                "volunteer team's breakfasts), met once at ad4de97: 0.470",
     # f1, precision lowered (from 0.50, 0.74) when a run of quoted names with nothing between them
     # (“A”“B”“C”) began to be read as one list, and a quoted name ending in 室, 馆, 小屋 or 队 as a site or a
     # team (this round's first commit): “共富直播”“希望早市” are events in its gold
     (0.49, 0.71, 0.28, 0.59, 0.78)),
    (("ow",), 6, "real pages, short, the forty-fifth round's second wave (street vendors, night markets, pocket "
                "parks, green adoption), met once at ad4de97: 0.646",
     (0.64, 0.80, 0.40, 0.76, 0.70)),
    (("ox",), 6, "real pages, short, the forty-fifth round's second wave (residents' conventions, 红黑榜, community "
                "galas), met once at ad4de97: 0.661",
     (0.75, 0.88, 0.47, 0.81, 0.79)),
    (("oy",), 6, "real pages, short, the forty-fifth round's second wave (community colleges, 校地共建, 侨之家), met once"
                " at ad4de97: 0.645",
     (0.66, 0.63, 0.56, 0.66, 0.62)),
    (("oz",), 6, "real pages, short, the forty-fifth round's second wave (lift renewal, secondary water supply, "
                "倡议书), met once at ad4de97: 0.547",
     (0.54, 0.75, 0.38, 0.70, 0.31)),
    (("pa",), 6, "real pages, short, the forty-fifth round's third wave (snow clearing, 送清凉, 清凉驿站), met once at "
                "the third wave's tree: 0.698",
     (0.73, 0.89, 0.45, 0.76, 0.66)),
    (("pb",), 6, "real pages, short, the forty-fifth round's third wave (the census, 爱国卫生, 巩卫), met once at the "
                "third wave's tree: 0.579",
     (0.57, 0.79, 0.61, 0.74, 0.66)),
    (("pc",), 6, "real pages, short, the forty-fifth round's third wave (两委 elections, mediation rooms, anti-"
                "domestic-violence), met once at the third wave's tree: 0.652",
     (0.65, 0.71, 0.47, 0.75, 0.63)),
    (("pd",), 6, "real pages, short, the forty-fifth round's third wave (door plates, 党员家庭户, couriers in "
                "compounds), met once at the third wave's tree: 0.617",
     (0.61, 0.67, 0.30, 0.67, 0.59)),
    (("pe",), 6, "real pages, short, the forty-fifth round's fourth wave (雪亮工程 cameras, ramps and accessibility), "
                "met once at 1859ba3: 0.677",
     (0.68, 0.72, 0.38, 0.81, 0.74)),
    (("pf",), 6, "real pages, short, the forty-fifth round's fourth wave (健康小屋, family doctors, earthquake "
                "drills), met once at 1859ba3: 0.484",
     (0.54, 0.67, 0.32, 0.69, 0.53)),
    (("pg",), 6, "real pages, short, the forty-fifth round's fourth wave (local opera, a cultural station, river "
                "patrols), met once at 1859ba3: 0.520",
     (0.53, 0.71, 0.37, 0.65, 0.35)),
    (("ph",), 6, "real pages, short, the forty-fifth round's fourth wave (parking and shed councils, state "
                "property firms in old compounds), met once at 1859ba3: 0.529",
     (0.59, 0.71, 0.33, 0.74, 0.86)),
    (("pi",), 6, "real pages, short, the forty-fifth round's fifth wave (smartphone classes, day-care centres, "
                "长者食堂), met once at c140197: 0.643",
     (0.64, 0.76, 0.42, 0.75, 0.51)),
    (("pj",), 6, "real pages, short, the forty-fifth round's fifth wave (septic tanks and drains, energy and water"
                " saving), met once at c140197: 0.584",
     (0.58, 0.71, 0.38, 0.70, 0.63)),
    (("pk",), 6, "real pages, short, the forty-fifth round's fifth wave (Youth League branches, chambers of "
                "commerce), met once at c140197: 0.558",
     (0.55, 0.61, 0.42, 0.63, 0.78)),
    (("pl",), 5, "real pages, short, the forty-fifth round's fifth wave (public-space renewal, 环物会, 信托制物业), met "
                "once at c140197: 0.647",
     (0.64, 0.72, 0.36, 0.77, 0.28)),
    (("pm",), 6, "real pages, short, the forty-fifth round's sixth wave (四点半课堂, 绿色账户, kitchen-waste pilots), met "
                "once at 31aa0d6: 0.691",
     (0.69, 0.76, 0.56, 0.76, 0.66)),
    (("pn",), 6, "real pages, short, the forty-fifth round's sixth wave (微心愿, cleared stairwells and fire lanes), "
                "met once at 31aa0d6: 0.590",
     (0.58, 0.67, 0.30, 0.67, 0.79)),
    (("po",), 6, "real pages, short, the forty-fifth round's sixth wave (social-organisation incubators, community"
                " charity funds), met once at 31aa0d6: 0.528",
     (0.52, 0.69, 0.28, 0.64, 0.55)),
    (("pp",), 6, "real pages, short, the forty-fifth round's sixth wave (emergency property cover, 邻里中心, 文明倡议), "
                "met once at 31aa0d6: 0.599",
     # f1, precision lowered (from 0.59, 0.83) when a run of quoted names with nothing between them
     # (“A”“B”“C”) began to be read as one list, and a quoted name ending in 室, 馆, 小屋 or 队 as a site or a
     # team (this round's first commit): “法律学堂” is a site in its gold
     (0.58, 0.78, 0.37, 0.65, 0.49)),
]

FORTY_SIXTH_ROUND = [
    (("pq",), 6, "real pages, short, the forty-sixth round's first wave (rented rooms and 二房东, left-behind "
                "children), met once at 7fdea29: 0.644",
     (0.66, 0.80, 0.52, 0.79, 0.60)),
    (("pr",), 6, "real pages, short, the forty-sixth round's first wave (night markets and street food, gas "
                "safety), met once at 7fdea29: 0.575",
     (0.56, 0.63, 0.49, 0.68, 0.34)),
    (("ps",), 6, "real pages, short, the forty-sixth round's first wave (flood teams, anti-drug and anti-fraud "
                "work), met once at 7fdea29: 0.595",
     (0.60, 0.68, 0.38, 0.69, 0.29)),
    (("pt",), 6, "real pages, short, the forty-sixth round's first wave (time banks, family-virtue work with the "
                "妇联), met once at 7fdea29: 0.556",
     (0.55, 0.65, 0.40, 0.72, 0.54)),
    (("pu",), 6, "real pages, short, the forty-sixth round's second wave (community sport, 非遗 workshops), met once"
                " at 7fdea29: 0.644",
     (0.65, 0.76, 0.48, 0.70, 0.54)),
    (("pv",), 6, "real pages, short, the forty-sixth round's second wave (elders' canteens, repair funds and "
                "lifts), met once at 7fdea29: 0.724",
     (0.72, 0.78, 0.51, 0.84, 0.49)),
    (("pw",), 6, "real pages, short, the forty-sixth round's second wave (ethnic-unity alliances, retired cadres' "
                "branches), met once at 7fdea29: 0.648",
     (0.63, 0.84, 0.45, 0.71, 0.39)),
    (("px",), 6, "real pages, short, the forty-sixth round's second wave (universities and hospitals paired with "
                "communities), met once at 7fdea29: 0.576",
     (0.58, 0.62, 0.53, 0.64, 0.53)),
    (("py",), 6, "real pages, short, the forty-sixth round's third wave (compound parking, e-bike charging), met "
                "once at 7fdea29: 0.643",
     (0.64, 0.78, 0.42, 0.66, 0.57)),
    (("pz",), 6, "real pages, short, the forty-sixth round's third wave (relocation and demolition, urban "
                "villages), met once at 7fdea29: 0.587",
     (0.58, 0.78, 0.40, 0.67, 0.44)),
    (("qa",), 6, "real pages, short, the forty-sixth round's third wave (office-building Party work, industrial "
                "parks), met once at 7fdea29: 0.487",
     (0.49, 0.67, 0.26, 0.60, 0.51)),
    (("qb",), 6, "real pages, short, the forty-sixth round's third wave (talent stations, property-fee disputes), "
                "met once at 7fdea29: 0.683",
     (0.68, 0.71, 0.44, 0.71, 0.90)),
    (("qc",), 6, "real pages, short, the forty-sixth round's fourth wave (veterans' stations and 双拥, help for the "
                "disabled), met once at 7fdea29: 0.478",
     (0.48, 0.65, 0.38, 0.64, 0.74)),
    (("qd",), 6, "real pages, short, the forty-sixth round's fourth wave (community correction, psychological "
                "services), met once at 7fdea29: 0.626",
     (0.62, 0.73, 0.29, 0.73, 0.68)),
    (("qe",), 6, "real pages, short, the forty-sixth round's fourth wave (waste sorting, community reading rooms),"
                " met once at 7fdea29: 0.559",
     (0.56, 0.72, 0.38, 0.73, 0.19)),
    (("qf",), 6, "real pages, short, the forty-sixth round's fourth wave (group rentals, 飞线充电), met once at "
                "7fdea29: 0.678",
     (0.67, 0.70, 0.48, 0.67, 0.51)),
    (("qg",), 6, "real pages, short, the forty-sixth round's fifth wave (army-civilian co-building, buying farm "
                "produce), met once at 7fdea29: 0.611",
     (0.61, 0.71, 0.49, 0.75, 0.49)),
    (("qh",), 6, "real pages, short, the forty-sixth round's fifth wave (family doctors, embedded elder care), met"
                " once at 7fdea29: 0.654",
     (0.65, 0.74, 0.55, 0.76, 0.44)),
    (("qi",), 6, "real pages, short, the forty-sixth round's fifth wave (town-village pairing, elders' colleges), "
                "met once at 7fdea29: 0.568",
     (0.56, 0.68, 0.32, 0.71, 0.79)),
    (("qj",), 6, "real pages, short, the forty-sixth round's fifth wave (blood drives, work safety), met once at "
                "7fdea29: 0.608",
     (0.60, 0.78, 0.39, 0.72, 0.65)),
    (("qk",), 5, "real pages, short, the forty-sixth round's sixth wave (property-service ratings, owners' "
                "committee elections) (qk2 not written: the page search ran out), met once at 7fdea29: 0.615",
     (0.61, 0.75, 0.43, 0.74, 0.42)),
    (("ql",), 6, "real pages, short, the forty-sixth round's sixth wave (consultation councils, micro-renewal and "
                "pocket parks), met once at 7fdea29: 0.563",
     (0.56, 0.71, 0.38, 0.84, 0.44)),
    (("qm",), 6, "real pages, short, the forty-sixth round's sixth wave (migrant Party members, 两新 coverage), met "
                "once at 7fdea29: 0.597",
     (0.59, 0.66, 0.45, 0.73, 0.81)),
    (("qn",), 6, "real pages, short, the forty-sixth round's sixth wave (楼栋长 and micro-grids, members linked to "
                "households), met once at 7fdea29: 0.616",
     (0.61, 0.65, 0.43, 0.79, 0.66)),
]

LATER_ROUNDS = (FOURTH_ROUND + FIFTH_ROUND + SIXTH_ROUND + SEVENTH_ROUND + EIGHTH_ROUND + NINTH_ROUND
                + TENTH_ROUND + ELEVENTH_ROUND + TWELFTH_ROUND + THIRTEENTH_ROUND + FOURTEENTH_ROUND
                + FIFTEENTH_ROUND + SIXTEENTH_ROUND + SEVENTEENTH_ROUND + NINETEENTH_ROUND + TWENTIETH_ROUND
                + TWENTY_FIRST_ROUND + TWENTY_SECOND_ROUND + TWENTY_THIRD_ROUND + TWENTY_FOURTH_ROUND
                + TWENTY_FIFTH_ROUND + TWENTY_SIXTH_ROUND + TWENTY_SEVENTH_ROUND + TWENTY_EIGHTH_ROUND
                + TWENTY_NINTH_ROUND + THIRTIETH_ROUND + THIRTY_FIRST_ROUND
                + THIRTY_SECOND_ROUND + THIRTY_THIRD_ROUND + THIRTY_FOURTH_ROUND
                + THIRTY_FIFTH_ROUND + THIRTY_SIXTH_ROUND + THIRTY_SEVENTH_ROUND + THIRTY_EIGHTH_ROUND
                + THIRTY_NINTH_ROUND + FORTIETH_ROUND + FORTY_FIRST_ROUND + FORTY_SECOND_ROUND
                + FORTY_THIRD_ROUND + FORTY_FOURTH_ROUND + FORTY_FIFTH_ROUND + FORTY_SIXTH_ROUND)


@pytest.mark.parametrize("prefixes,reports,first_contact,pins", LATER_ROUNDS,
                         ids=["+".join(row[0]) for row in LATER_ROUNDS])
def test_later_batch_quality(prefixes, reports, first_contact, pins):
    pairs = _pairs(prefixes)
    assert len(pairs) == reports
    _, micro = _scores(pairs)
    f1, precision, macro, entities, quantities = pins
    assert micro["relations"]["f1"] >= f1
    assert micro["relations"]["precision"] >= precision
    assert micro["relations_macro_f1"] >= macro
    assert micro["entities"]["f1"] >= entities
    assert micro["quantities"]["f1"] >= quantities


def test_reference_dev_quality(reference_dev_scores):
    results, micro = reference_dev_scores
    assert micro["relations"]["f1"] >= 0.85
    assert micro["relations_macro_f1"] >= 0.77
    assert micro["entities"]["f1"] >= 0.84
    assert micro["quantities"]["f1"] >= 0.54


# -- evidence -----------------------------------------------------------------------------

#: Reports in which the extractor finds no relation at all, each with the reason: the quotes of
#: every other report are checked against a non-empty list.
NOTHING_FOUND = {
    "lg3_shushan": "its one tie is a place written by a zone's short name without 区 (蜀经开邓店社区)",
}


@pytest.mark.parametrize("path", [SEED] + sorted(CORPUS.glob("*.txt")), ids=lambda p: p.stem)
def test_every_quote_slices_the_repaired_text(path):
    doc = read_file(path)
    data = extract(doc).to_json()
    assert bool(data["relations"]) != (path.stem in NOTHING_FOUND), path.stem
    for item in data["relations"] + data["quantities"]:
        assert doc.text[item["start"]:item["end"]] == item["evidence"], item
        if item["sentence"] is not None:
            s = doc.sentences[item["sentence"]]
            assert s.start <= item["start"] and item["end"] <= s.end


def test_output_is_deterministic():
    doc = read_file(SEED)
    assert dumps(extract(doc)) == dumps(extract(read_file(SEED)))


# -- rules, on snippets of the genre (names invented) -------------------------------------

def _doc(body: str, title: str = "浙江省临江市：党建引领 共治共享"):
    return extract(read_text(f"{title}\n\n■中共临江市委组织部\n\n{body}\n", "snippet.txt")).to_json()


def _rels(data, predicate):
    return {(r["subject"], r["object"], r["count"], r["role"]) for r in data["relations"]
            if r["predicate"] == predicate}


def test_aliases_resolve_to_the_canonical_kind():
    data = _doc("全市86个小区成立业主委员会，引进物业公司32家。")
    labels = {(e["label"], e["place"]) for e in data["entities"]}
    assert ("业委会", "临江市") in labels and ("物业服务企业", "临江市") in labels
    assert ("业主委员会", "临江市") not in labels


def test_a_body_named_by_its_level_is_the_unit_the_document_names_in_full():
    data = _doc("青石县行政审批服务局到社区报到。县行政审批服务局到桂香社区报到。")
    assert ("青石县行政审批服务局", "桂香社区", None, None) in _rels(data, "supports")
    labels = {e["label"] for e in data["entities"]}
    assert "县行政审批服务局" not in labels
    assert any("县行政审批服务局" in e.get("aliases", []) for e in data["entities"])


def test_a_unit_with_its_partner_in_brackets_builds_with_it():
    # cobuild.partner-in-brackets: a 公示's line names a unit and, in brackets, the community it builds with
    data = _doc("一、优秀共建单位\n\n1. 青石市中医医院（共建社区：桂香街道柳岸社区）。每月进社区义诊。")
    got = _rels(data, "coBuilds")
    assert ("青石市中医医院", "柳岸社区", None, None) in got | {(o, s, n, r) for s, o, n, r in got}, got


def test_a_unit_that_helps_a_place_supports_it():
    # support.help-place: a unit or department helping a place (not a Party body helping its own compound)
    data = _doc("驻街单位发挥自身优势，帮助各社区改造楼道照明。青石市档案局协助桂香社区整理居民档案。")
    got = {(s, o) for s, o, _, _ in _rels(data, "supports")}
    assert {("驻街单位", "社区"), ("青石市档案局", "桂香社区")} <= got, got


def test_a_property_company_in_charge_of_a_compound_supports_it():
    # support.company-in-charge and support.company-takes-over (guide §3: takes charge of)
    data = _doc("桂香小区有住户800户，负责桂香小区物业服务的青石物业服务有限公司提出收费方案。"
                "2021年，柳岸物业公司接管了青禾小区的物业管理工作。")
    got = {(s, o) for s, o, _, _ in _rels(data, "supports")}
    assert {("青石物业服务有限公司", "桂香小区"), ("柳岸物业公司", "青禾小区")} <= got, got


def test_a_report_written_by_a_branch_names_it_in_the_first_person():
    # 我支部 (ggl:first_person_unit_heads): the branch the title names, not the one named last
    data = _doc("青石市桂香社区物业服务企业联合党支部2022年度工作总结\n\n"
                "青禾小区党支部成立后，我支部与桂香社区党总支签订党建共建协议。")
    got = _rels(data, "coBuilds")
    pairs = {(s, o) for s, o, _, _ in got} | {(o, s) for s, o, _, _ in got}
    assert ("桂香社区物业服务企业联合党支部", "桂香社区党总支") in pairs, got
    assert ("青禾小区党支部", "桂香社区党总支") not in pairs, got


def test_this_branch_is_the_branch_named_last():
    # 该支部 (ggl:anaphor_unit_heads holds 支部, 部 and 院)
    data = _doc("青禾小区党支部成立于2020年。该支部与青石物业公司结对共建。")
    got = _rels(data, "coBuilds")
    pairs = {(s, o) for s, o, _, _ in got} | {(o, s) for s, o, _, _ in got}
    assert ("青禾小区党支部", "青石物业公司") in pairs, got


def test_a_body_over_which_another_holds_leadership_is_led_by_it():
    # lead.leadership-over: 强化A对B的领导 (强化 opens a place's name)
    data = _doc("青石区强化桂香街道党工委对物业服务企业党组织的领导。")
    assert ("桂香街道党工委", "物业服务企业党组织") in {(s, o) for s, o, _, _ in _rels(data, "leads")}


def test_the_member_units_listed_take_part_in_the_scheme():
    # participate.members-listed: …成立“M”，首批成员单位包括A、B和C
    data = _doc("桂香社区成立“红色联盟”，首批成员单位包括青石医院、桂香派出所和柳岸中学。")
    got = {(s, o) for s, o, _, _ in _rels(data, "participatesIn")}
    assert {("青石医院", "“红色联盟”"), ("柳岸中学", "“红色联盟”")} <= got, got


def test_a_bare_branch_before_an_adverb_is_the_one_branch_named():
    # 支部 (ggl:anaphor_unit_heads) opening a clause before 严格 (ggl:adverbs)
    data = _doc("青禾小区党支部成立于2020年。支部严格落实“三会一课”制度。")
    assert ("青禾小区党支部", "“三会一课”制度") in {(s, o) for s, o, _, _ in _rels(data, "implements")}


def test_a_kind_of_place_as_a_field_of_work_is_no_partner():
    # ggl:place_field_nouns: 小区治理 after 和 is a field of work, not a side of a co-building
    data = _doc("今年以来，青川市青石区把城市网格党建和小区治理作为提升治理水平的重要抓手，"
                "一个共建共治共享的格局正在逐步形成。青石区推动驻区单位与社区结对共建。")
    got = {(s, o) for s, o, _, _ in _rels(data, "coBuilds")}
    assert ("青石区", "小区") not in got and ("小区", "青石区") not in got, got
    assert ("驻区单位", "社区") in got, got


def test_the_bodies_a_formulas_parts_stand_for_take_part_in_its_scheme():
    # participate.formula-part and lead.formula-core (resolver formula_scheme)
    data = _doc("桂香社区建立“1+2+N”小区治理共同体。“1”即小区党支部，在小区治理中发挥领导核心作用；"
                "“2”即业委会、物业服务企业两个重要载体。")
    scheme = "“1+2+N”小区治理共同体"
    got = {(s, o) for s, o, _, _ in _rels(data, "participatesIn")}
    assert {("业委会", scheme), ("物业服务企业", scheme)} <= got, got
    assert ("小区党支部", scheme) in {(s, o) for s, o, _, _ in _rels(data, "leads")}


def test_a_bare_branch_office_is_the_one_named_and_we_is_the_reports_place():
    # 分局 (ggl:anaphor_unit_heads); 我们社区 (ggl:first_person_words) in a report its title places
    data = _doc("桂香社区2023年工作总结\n\n今年，我们社区与青石医院结对共建。桂香社区党委联合国家金融监督管理总局"
                "青石监管分局开展活动。分局1名党员干部兼任桂香社区党委兼职委员。")
    got = _rels(data, "coBuilds")
    assert ("桂香社区", "青石医院") in {(s, o) for s, o, _, _ in got} | {(o, s) for s, o, _, _ in got}, got
    posts = {(s, o) for s, o, _, _ in _rels(data, "concurrentPost")}
    assert ("国家金融监督管理总局青石监管分局", "桂香社区党委") in posts, posts


def test_the_bodies_after_a_schemes_convener_take_part_in_it():
    # participate.after-convener: “M”由X牵头，A、B…; 这一机制 takes up the scheme named last
    data = _doc("桂香社区推行“三方联动”机制。这一机制由桂香社区党委牵头，业委会、物业服务企业每月召开一次联席会议。")
    got = {(s, o) for s, o, _, _ in _rels(data, "participatesIn")}
    assert {("业委会", "“三方联动”机制"), ("物业服务企业", "“三方联动”机制")} <= got, got
    assert ("桂香社区党委", "“三方联动”机制", None, None) in _rels(data, "leads")


def test_a_figure_on_both_sides_of_a_sending_is_no_count():
    # 41 people into 23 grids: both figures are quantities, the relation counts neither (guide §6)
    data = _doc("青石区住建局选派41名机关干部下沉到桂香社区23个网格。")
    got = {(s, o, n) for s, o, n, _ in _rels(data, "supports")}
    assert ("青石区住建局", "桂香社区", None) in got and not any(n for _, _, n in got), got
    data = _doc("桂香社区有5个网格。区住建局选派41名机关干部下沉到桂香社区23个网格。")
    assert not any(n for _, _, n, _ in _rels(data, "supports")), _rels(data, "supports")
    data = _doc("青石区住建局选派41名机关干部下沉到桂香社区。")
    assert ("青石区住建局", "桂香社区", 41, "机关干部") in _rels(data, "supports")


def test_many_places_of_the_scopes_level_are_the_places_of_the_one_above():
    # in 柳岸社区's sentences, 8个社区党委 are the city's community committees, not 柳岸社区's
    data = _doc("青川市共有8个社区。柳岸社区组建志愿服务队。8个社区党委均隶属青川市社区工作局党工委。")
    assert ("社区党委", "青川市") in {(e["label"], e["place"]) for e in data["entities"]}
    assert ("社区党委", "柳岸社区") not in {(e["label"], e["place"]) for e in data["entities"]}


def test_a_figure_inside_a_name_counts_nothing():
    data = _doc("青石区新厂街道602所社区党支部与柳岸公司党支部签订结对共建协议。")
    assert ("602所社区党支部", "柳岸公司党支部", None, None) in _rels(data, "coBuilds") | {
        (o, s, n, r) for s, o, n, r in _rels(data, "coBuilds")}, _rels(data, "coBuilds")


def test_a_unit_named_by_its_level_in_a_community_is_the_unit_named_in_full():
    # 社区 ends in 区 but is no district: 区人民医院党委 there is the hospital's committee named before
    data = _doc("桂香社区党委与青石区人民医院党委签订共建协议。区人民医院党委每月到桂香社区开展义诊。")
    assert ("青石区人民医院党委", "桂香社区", None, None) in _rels(data, "supports")
    assert "区人民医院党委" not in {e["label"] for e in data["entities"]}


def test_a_department_named_by_its_level_sits_in_the_place_of_that_level():
    data = _doc("青石区桂香社区党委与区住建局结对共建，推进老旧小区改造。")
    assert ("桂香社区党委", "区住建局", None, None) in _rels(data, "coBuilds")
    places = {e["place"] for e in data["entities"] if e["label"] == "区住建局"}
    assert places == {"青石区"}  # the district the community is in, not the community


def test_a_department_named_by_its_level_alone_is_type_level_however_it_was_first_read():
    data = _doc("临江市委组织部、市房管局、市城管局共同组建协调小组。")
    levels = {e["label"]: (e["level"], e["place"]) for e in data["entities"]}
    assert levels["市房管局"] == levels["市城管局"] == ("type", "临江市")


def test_the_bodies_of_a_place_opening_a_sentence_act_not_the_place():
    data = _doc("桂香街道各社区党组织牵头，与青石县农业农村局、青石县水务局结成共建对子。")
    got = _rels(data, "coBuilds")
    assert ("社区党组织", "青石县农业农村局", None, None) in got
    assert not any(s == "桂香街道" for s, *_ in got)


@pytest.mark.parametrize("text", [
    "2023年3月　青禾社区党委推行“三方联动”机制。",         # a 大事记 entry: the date, a space, the entry
    "桂香街道负责人王青：“青禾社区党委推行“三方联动”机制。”",  # a speaker's words in quotes
])
def test_a_run_in_date_or_speaker_before_its_subject_does_not_hide_the_subject(text):
    data = _doc(text)
    assert {(r["subject"], r["object"]) for r in data["relations"] if r["predicate"] == "implements"} == {
        ("青禾社区党委", "“三方联动”机制")}


def test_a_compound_named_with_its_brand_is_the_compound_its_short_name_names():
    data = _doc("桂香社区柳岸古锦城·青禾里小区是一个大型商品房小区。青禾里小区党支部书记兼任业委会主任。")
    assert ("青禾里小区党支部", "业委会", None, "业委会主任") in _rels(data, "concurrentPost")
    assert {e["place"] for e in data["entities"] if e["label"] == "业委会"} == {"柳岸古锦城·青禾里小区"}
    assert "青禾里小区" not in {e["label"] for e in data["entities"]}


def test_a_party_kind_in_a_place_whose_body_is_named_is_that_body():
    data = _doc("在桂香小区，桂香小区党支部与青石医院结对共建。党支部下设3个楼栋党小组。")
    assert [(r["object"], r.get("object_place")) for r in data["relations"] if r["predicate"] == "subOrganisationOf"] \
        == [("桂香小区党支部", None)]
    data = _doc("在桂香小区，桂香小区党支部与青石医院结对共建。小区党支部下设3个楼栋党小组。")  # a compound's one branch
    assert [(r["object"], r.get("object_place")) for r in data["relations"] if r["predicate"] == "subOrganisationOf"] \
        == [("桂香小区党支部", None)]
    data = _doc("桂香社区党委与青石医院结对共建。社区党委下设3个网格党支部。")  # a kind naming its place's level stays
    assert [(r["object"], r.get("object_place")) for r in data["relations"] if r["predicate"] == "subOrganisationOf"] \
        == [("社区党委", "桂香社区")]


def test_an_autonomous_countys_short_name_is_the_county_named_in_full():
    data = _doc("青川侗族自治县推动物业服务企业与社区党组织结对共建。青川县组建快递行业联合党支部。")
    assert {e["place"] for e in data["entities"] if e["label"] == "物业服务企业"} == {"青川侗族自治县"}
    assert {e["place"] for e in data["entities"] if e["label"] == "快递行业联合党支部"} <= {"青川侗族自治县", None}
    assert "青川县" not in {e["label"] for e in data["entities"]}


def test_a_zones_short_ending_is_the_zone_named_in_full():
    data = _doc("青川经济技术开发区推行“有事来聊”机制。青川经开区推动社区党组织与业委会结对共建。")  # ggl:place_short_endings
    assert {e["place"] for e in data["entities"] if e["label"] == "业委会"} == {"青川经济技术开发区"}
    assert "青川经开区" not in {e["label"] for e in data["entities"]}


def test_a_named_citys_stem_at_a_clauses_head_is_that_city():
    data = _doc("临江市委组织部负责人介绍，临江将推行“三方联动”机制。", title="浙江省临江市桂香街道：党员下沉解难题")
    assert {(r["subject"], r["object"]) for r in data["relations"] if r["predicate"] == "implements"} == {
        ("临江市", "“三方联动”机制")}  # 临江 for 临江市, the city (not the department that speaks of it)


def test_a_property_service_centre_named_once_is_taken_up_by_its_head():
    data = _doc("桂香社区党委与柳岸小区物业服务中心签订共建协议。物业服务中心负责人兼任桂香社区党委兼职委员。")
    assert ("柳岸小区物业服务中心", "桂香社区党委", None, "兼职委员") in _rels(data, "concurrentPost")


def test_a_section_headings_tie_of_people_is_a_slogan_the_section_then_tells():
    data = _doc("党支部进楼院 旧貌换新颜\n\n青石区推动小区党支部书记兼任业委会主任。")
    assert not any(r["evidence"].startswith("党支部进楼院") for r in data["relations"])
    assert ("小区党支部", "业委会", None, "业委会主任") in _rels(data, "concurrentPost")
    data = _doc("开展志愿服务。", title="浙江省临江市：桂香社区与8家驻区单位签约共建")  # a title may state one
    assert ("桂香社区", "驻区单位", 8, None) in _rels(data, "coBuilds")


def test_each_doer_of_a_run_of_verb_phrases_acts_on_its_own_object():
    got = _rels(_doc("青石市实行包联制度，市级领导包县、县级领导包街乡、机关干部包社区。"), "supports")
    assert {(s, o) for s, o, *_ in got} == {("机关干部", "社区")}
    got = _rels(_doc("青石县推动县直单位力量包联社区、下沉楼栋。"), "supports")  # one doer, two verbs
    assert {(s, o) for s, o, *_ in got} == {("县直单位", "社区"), ("县直单位", "楼栋")}


def test_its_holder_is_the_body_the_sentence_named_before():
    data = _doc("对党员较多的物业服务企业，街道聘任其企业负责人担任社区党组织兼职委员。")
    assert ("物业服务企业", "社区党组织", None, "兼职委员") in _rels(data, "concurrentPost")


def test_one_post_after_a_list_of_bodies_is_the_role_and_no_quote_mark_is():
    data = _doc("街道聘任物业企业负责人担任街道“大工委”、社区“大党委”兼职委员。")
    assert ("物业服务企业", "街道大工委", None, "兼职委员") in _rels(data, "concurrentPost")


def test_coordinated_subjects_give_one_relation_each_with_the_count():
    data = _doc("推动56名业委会和物业服务企业党员负责人担任社区党组织兼职委员。")
    assert _rels(data, "concurrentPost") == {("业委会", "社区党组织", 56, "兼职委员"),
                                             ("物业服务企业", "社区党组织", 56, "兼职委员")}


def test_both_sides_before_any_co_building_stand_for_no_one():
    data = _doc("青石市推进小区治理。双方将建立联席会议制度。")
    assert "双方" not in {e["label"] for e in data["entities"]}
    assert not any("双方" in (r["subject"], r["object"]) for r in data["relations"])


def test_both_sides_are_the_sides_of_the_co_building_read_last():
    data = _doc("青禾社区党委与柳岸中学党委签订共建协议。桂香社区党委与青石医院党支部结对共建。"
                "双方党组织共同开展“红色课堂”活动。")
    runners = {r["subject"] for r in data["relations"] if r["object"] == "“红色课堂”活动"}
    assert runners == {"桂香社区党委", "青石医院党支部"}, runners


def test_a_figure_on_both_sides_of_a_pairing_is_no_count():
    assert _rels(_doc("全区66个机关党组织已与23个社区党组织结成对子。"), "coBuilds") == {
        ("机关党组织", "社区党组织", None, None)}
    assert _rels(_doc("52个辖区单位与建兰路街道结对共建。"), "coBuilds") == {("辖区单位", "建兰路街道", 52, None)}


def test_people_sent_to_cross_posts_hold_them_one_way():
    data = _doc("推动社区党组织成员到物业服务企业和业委会交叉任职。")
    posts = _rels(data, "concurrentPost")
    assert {("社区党组织", "物业服务企业", None, None), ("社区党组织", "业委会", None, None)} <= posts
    assert not any(s in ("物业服务企业", "业委会") and o == "社区党组织" for s, o, _, _ in posts)


def test_a_hierarchy_chain_gives_each_level_under_the_one_before():
    data = _doc("构建“街道党工委—社区党委—小区党支部—楼栋党小组”四级组织体系。")
    assert {(s, o) for s, o, _, _ in _rels(data, "subOrganisationOf")} == {
        ("社区党委", "街道党工委"), ("小区党支部", "社区党委"), ("楼栋党小组", "小区党支部")}


def test_a_long_chain_may_run_on_through_posts_and_is_no_scheme():
    data = _doc("青禾小区以“桂香社区党总支—网格党支部—党小组—微网格员—门栋关照员—党员中心户”为组织体系。")
    assert not any(e["type"] == "Mechanism" for e in data["entities"])
    assert ("网格党支部", "桂香社区党总支") in {(s, o) for s, o, _, _ in _rels(data, "subOrganisationOf")}


def test_a_long_chain_may_open_on_a_step_no_kind_names_and_is_no_scheme():
    data = _doc("全区建立“区级党建联席会—镇街联合党委—社区党总支—小区党支部”四级组织体系。")
    assert not any(e["type"] == "Mechanism" for e in data["entities"])
    assert ("小区党支部", "社区党总支") in {(s, o) for s, o, _, _ in _rels(data, "subOrganisationOf")}


def test_a_list_of_unquoted_schemes_each_with_its_head_names_one_scheme_per_item():
    data = _doc("桂香社区建立在职党员向居住地社区报到制度、党员志愿服务制度和党员表现情况反馈制度。")
    assert {o for _, o, _, _ in _rels(data, "implements")} == {
        "在职党员向居住地社区报到制度", "党员志愿服务制度", "党员表现情况反馈制度"}
    data = _doc("青川县着眼打造应急党建体系、构建城市基层党建新格局。")  # deeds, no schemes' names
    assert not _rels(data, "implements")


def test_a_short_quoted_word_inside_a_scheme_named_before_is_that_scheme():
    data = _doc("桂香社区第二网格党支部推行“网格吹哨、部门报到”机制，由网格员“吹哨”、物业服务企业和城管部门“报到”。")
    assert [e["label"] for e in data["entities"] if e["type"] == "Mechanism"] == ["“网格吹哨、部门报到”机制"]
    assert ("城管部门", "“网格吹哨、部门报到”机制") in {(s, o) for s, o, _, _ in _rels(data, "participatesIn")}


def test_co_building_with_a_named_branch_and_its_count():
    data = _doc("望江街道桃源社区党支部与辖区12家驻区单位签订共建协议。")
    assert ("桃源社区党支部", "驻区单位", 12, None) in _rels(data, "coBuilds")
    located = _rels(data, "locatedIn")
    assert ("桃源社区党支部", "桃源社区", None, None) in located
    assert ("桃源社区", "望江街道", None, None) in located
    places = {e["label"]: e["place"] for e in data["entities"] if e["label"] == "驻区单位"}
    assert places == {"驻区单位": "桃源社区"}  # the most specific place of the sentence


def test_support_with_sender_role_and_approximate_count():
    data = _doc("从市直机关选派300余名党员干部进驻小区担任党建指导员。")
    rel = next(r for r in data["relations"] if r["predicate"] == "supports")
    assert (rel["object"], rel["count"], rel["approx"], rel["role"]) == ("小区", 300, True, "党建指导员")


def test_a_quoted_scheme_is_implemented_by_the_place_and_joined_by_its_parts():
    data = _doc("健全小区党支部、业主委员会、物业服务企业“三方议事”机制，每月召开联席会。")
    assert ("临江市", "“三方议事”机制", None, None) in _rels(data, "implements")
    assert {s for s, o, _, _ in _rels(data, "participatesIn") if o == "“三方议事”机制"} == {
        "小区党支部", "业委会", "物业服务企业"}


def test_slogans_and_goals_are_not_schemes():
    data = _doc("按照“党建引领、共建共享”工作思路，聚焦“有形有效”工作目标，开展“一对一”帮扶。")
    assert not [e for e in data["entities"] if e["type"] == "Mechanism"]


def test_units_of_several_characters_win():
    got = {(q["value"], q["unit"]) for q in _doc("停电后20个小时才恢复供电，新增变压器1台。")["quantities"]}
    assert got == {(20, "个小时"), (1, "台")}, got


def test_a_place_ending_alone_is_no_name():
    data = _doc("桂香社区辖区有花园小区13个。")
    assert {q["place"] for q in data["quantities"]} == {"桂香社区"}
    assert not [e for e in data["entities"] if e["label"] == "花园小区"]


def test_figures_with_units_and_approximation():
    data = _doc("全市3194个小区，超过90%的小区成立业委会，累计解决群众纠纷700余件。")
    got = {(q["value"], q["unit"], q["approx"]) for q in data["quantities"]}
    assert {(3194, "个", False), (90, "%", True), (700, "件", True)} <= got
    assert all(q["place"] == "临江市" for q in data["quantities"])


@pytest.mark.parametrize("text,subject,value", [
    ("全镇共划分网格49个。", "网格", 49),               # a kind after the link word, right before the figure
    ("业委会的7名成员中有4名是党员。", "成员", 7),      # up to the next figure, without 中有
    ("业委会的7名成员中有4名是党员。", "党员", 4),      # after the copula
    ("社区与328个多元主体结成联盟。", "多元主体", 328),  # 多 opens the noun, no approximation
    ("今年在16个区169个街乡推行。", "区", 16),          # a one-character place kind
    ("全镇共有村改居社区6个、住宅小区23个。", "村改居社区", 6),  # what the introducer opens
    ("全镇共有村改居社区6个、住宅小区23个。", "住宅小区", 23),   # … the last item of its list
    ("社区辖区面积1.7平方公里。", "社区辖区面积", 1.7),   # an area
    ("小区新增变压器1台、电梯56部。", "电梯", 56),      # machines counted in 台, 部
    ("桂香社区共有14个物业小区。", "物业小区", 14),      # over the kinds written one after another
    ("柳岸街道6个社区的10名居委会副主任参加培训。", "居委会副主任", 10),  # and over a post of the kind
    ("柳岸街道共有物业管理小区40家。", "物业管理小区", 40),  # a kind ends what the introducer opens
    ("全区已成立小区业主委员会80个。", "小区业主委员会", 80),  # a kind the verb cut runs through stays whole
    ("物业费收缴率由45%提高到85%。", "物业费收缴率", 45),  # the change after a figure counts nothing
    ("县城社区由原来的10个调整为13个。", "县城社区", 10),   # (ggl:figure_change_verbs)
    ("各社区从驻区单位、物业服务企业中选聘兼职委员42名。", "兼职委员", 42),  # the kind right before the figure
    ("小区新增路灯12盏、垃圾分类亭3座。", "路灯", 12),  # measure words of things (ggl:units)
    ("清运杂物和渣土800吨。", "渣土", 800),
    ("青石社区每个网格配备1名网格长。", "网格长", 1),  # a per-unit figure (guide §6), not a staffing rule
    ("全镇居民2600余户7000余人。", "全镇居民", 7000),  # two figures of one noun: the second counts it too
    ("青禾社区现有居民2216户、7000人。", "居民", 7000),  # … with 、 between households and people
    ("青禾社区老旧小区3个、58栋楼。", "楼", 58),  # other pairs each count their own noun
    ("全年新建党群服务站12个。", "新建党群服务站", 12),  # a time word opens the figure's phrase (ggl:figure_openers)
    ("全区共有物业服务企业312家，其中147家已单独或联合组建党组织。", "物业服务企业", 147),  # a part of the set before
    ("辖区18家物业服务企业中已有11家单独组建了党组织。", "单独组建党组织的物业服务企业", 11),  # as the phrase says
    ("全区建立党组织56个，其中30个小区党支部。", "小区党支部", 30),  # a part that names its own kind
    ("青禾小区现有4栋6层住宅楼、9个单元。", "住宅楼", 4),  # a second figure measures what the first counts
    ("青禾小区有住户1970户5910人。", "住户", 1970),  # 有 opens what is counted (ggl:count_introducers)
    ("桂香社区挑选了3名威望高、群众基础好的党员组建党支部。", "党员", 3),  # the kind after its description
])
def test_what_a_figure_counts(text, subject, value):
    got = {(q["subject"], q["value"]) for q in _doc(text)["quantities"]}
    assert any(s.startswith(subject) and v == value for s, v in got), got


@pytest.mark.parametrize("text,subject,value", [
    ("青石镇的57家餐饮店率先完成改造。", "餐饮店", 57),  # 率先, 报名, 一起 end what is counted (ggl:figure_subject_cuts)
    ("83名居民报名参加议事会。", "居民", 83),
    ("另有23个下沉工作组脱产进驻社区工作。", "下沉工作组", 23),  # 脱产, 轮流, 带头 …
    ("20名党员轮流值守。", "党员", 20),
    ("6名“青川蓝”党员先锋队员驰援柳岸镇。", "党员", 6),  # the kind after a quoted modifier
    ("7家单位组成的18人先锋队驻扎下来。", "单位", 7),  # 组成, 驻扎 end what is counted
    ("全市住宅小区约有9500个。", "住宅小区", 9500),  # 约有 before the figure (ggl:figure_verbs)
    ("把青石营业部、桂香站等12家企业站点的党员编入支部。", "企业站点", 12),  # units counted, not the people after 的
    ("其中没有物业的老旧小区、独栋楼有58个。", "独栋楼", 58),  # the last word that opens a count (not 没有)
    ("市政协明确10个委室、13名成员的任务目标。", "成员", 13),      # a count ends at 的
    ("23名队员每月定期到青禾小区开展环境整治。", "队员", 23),      # and at an adverb of time (ggl:figure_subject_cuts)
    ("已建成243平方米的室内场馆。", "室内场馆", 243),              # a measure runs on past 的
    ("青石县成立小区业委会（物管会）86个。", "小区业委会（物管会）", 86),  # a gloss in brackets right before the figure
    ("全市物业费收缴率回升到90%。", "物业费收缴率", 90),  # 回升到, 不低于 … before the figure (ggl:figure_verbs)
    ("每名党员联系10名左右居民。", "居民", 10),  # an approximation after the measure word is not counted
    ("开发商自持车位减少到40个。", "开发商自持车位", 40),  # 减少到, 保持在 …
    ("走访签订协议的12家企业逐一登记。", "企业", 12),  # 逐一, 先后, 陆续 end what is counted
    ("桂香社区党委与辖区36家单位结对共建。", "单位", 36),  # 结对, 结成 are verbs (ggl:verbs_not_names), not 对
    ("青石市2426家单位参与共建。", "单位", 2426),  # a verb ending in 与 (参与) ends it before the verb, not at 与
    ("桂香小区322户居民，已有180多户参与了推举。", "居民", 180),  # … and, with nothing before it, the noun counted before
])
def test_what_a_figure_counts_ends_where_the_counted_noun_does(text, subject, value):
    got = {(q["subject"], q["value"]) for q in _doc(text)["quantities"]}
    assert (subject, value) in got, got


def test_a_table_row_counts_its_label_without_the_spaces_around_it():
    data = _doc("青石社区基本情况如下。\n搬迁户数            1505户\n\t桂香中学\t2名\n　农村网格125个")
    got = {(q["subject"], q["value"]) for q in data["quantities"]}
    assert {("搬迁户数", 1505), ("桂香中学", 2), ("农村网格", 125)} <= got, got


@pytest.mark.parametrize("text,kept", [
    ("实现从业30人以上社会组织党的组织全覆盖。", set()),       # a threshold qualifying a noun
    ("面积1000平方米以上的有33个。", {33}),                  # … or another figure
    ("参与志愿服务的党员达300人以上。", {300}),             # a figure with 以上 at its clause's end stays
    ("每个部门每年为包联社区办成3件以上实事。", {3}),          # a count of the noun after 以上 stays
])
def test_a_threshold_is_no_figure(text, kept):
    assert {q["value"] for q in _doc(text)["quantities"]} == kept


def test_a_place_named_later_in_a_clause_does_not_scope_the_kinds_before_it():
    text = "青石市推进小区治理。业委会和物业服务企业参与“三方联动”机制，桂香社区率先试点。"
    got = {(e["label"], e["place"]) for e in _doc(text)["entities"] if e["level"] == "type"}
    assert ("业委会", "青石市") in got and ("业委会", "桂香社区") not in got, got


def test_a_place_named_after_a_figure_in_its_clause_does_not_scope_it():
    text = "青石市推进业委会党建。全市共成立业委会党组织92个，桂香花园业委会党支部获评示范。"
    got = {(q["place"], q["value"]) for q in _doc(text)["quantities"]}
    assert got == {("青石市", 92)}


def test_an_article_without_a_title_place_is_about_the_place_its_first_sentence_opens_with():
    data = extract(read_text("近年来，青川县坚持党建引领基层治理。\n\n全县建成小区党支部56个。\n", "a.txt")).to_json()
    assert {(q["place"], q["value"]) for q in data["quantities"]} == {("青川县", 56)}


def test_an_article_without_a_title_place_is_about_the_place_its_issuer_line_names():
    text = ("关于加强老旧小区管理的提案答复\n\n青川县住房和城乡建设局\n青住建复字〔2024〕12号\n\n"
            "各位委员：\n\n你们提出的提案收悉。现答复如下：全县建成小区党支部56个。\n")
    data = extract(read_text(text, "a.txt")).to_json()
    assert {(q["place"], q["value"]) for q in data["quantities"]} == {("青川县", 56)}


def test_a_committee_named_by_its_place_opens_the_first_sentence_with_that_place():
    text = ("关于深化小区物业治理的提案\n\n政协青川县委员会提案　类别：社会建设　承办单位：中共青川县委组织部（主办）、"
            "青川县住房和城乡建设局（协办）\n\n"
            "建议：\n一、推行交叉任职。推动网格党支部书记进入社区党组织班子。\n二、加强部门协同。县委组织部会同县住建局建立小区物业治理联席会议制度。\n")
    data = extract(read_text(text, "a.txt")).to_json()
    entities = {(e["label"], e["type"], e["place"]) for e in data["entities"]}
    assert ("政协青川县委员会", "GovernmentBody", None) in entities and ("网格党支部", "PartyOrganisation", "青川县") in entities
    assert ("政协青川县委员会", "青川县", None, None) in _rels(data, "locatedIn")
    assert ("中共青川县委组织部", "小区物业治理联席会议制度", None, None) in _rels(data, "implements")  # 县委组织部: the one named in full
    assert not any(e["label"].startswith("政协青川") and e["type"] == "Place" for e in data["entities"])


def test_a_place_in_the_first_person_is_the_articles_own_place_of_that_level():
    text = "江东省青川县桂香街道柳岸社区党委2024年度工作总结\n\n我社区地处青川县城东部，辖区面积3.2平方公里。\n"
    data = extract(read_text(text, "a.txt")).to_json()
    assert {(q["place"], q["value"]) for q in data["quantities"]} == {("柳岸社区", 3.2)}


def test_the_places_a_phrase_of_bounds_names_do_not_scope_the_clause():
    text = "桂香社区位于青石区柳岸街道，辖区面积1.2平方公里，东起青禾路，西至江东新村和青川社区。"
    assert {(q["place"], q["value"]) for q in _doc(text)["quantities"]} == {("桂香社区", 1.2)}


def test_the_places_listed_before_a_figure_are_what_it_counts_not_where():
    got = {(q["place"], q["value"]) for q in _doc("青石区桂香花园、柳岸家园等10个小区入选示范。")["quantities"]}
    assert got == {("青石区", 10)}
    got = {(q["place"], q["value"]) for q in _doc("桂香社区辖青禾家园、柳岸花园等8个小区。")["quantities"]}
    assert got == {("桂香社区", 8)}  # the community the compounds sit in


def test_a_figure_right_after_a_whole_place_counts_in_that_place():
    data = _doc("目前，临江市已在青石区黎明社区、新村社区等打造示范点，该模式已在全市37个社区推开。")
    assert {(q["place"], q["value"]) for q in data["quantities"]} == {("临江市", 37)}
    data = _doc("青石区已在黎明社区打造示范点，全区共有12个社区。")  # the district is the place in scope already
    assert {(q["place"], q["value"]) for q in data["quantities"]} == {("青石区", 12)}
    data = _doc("青禾小区成立党支部。\n\n党支部逐楼征求意见，全小区共推选出楼栋长8名。")  # a narrower whole
    assert {(q["place"], q["value"]) for q in data["quantities"]} == {("青禾小区", 8)}


def test_the_verb_right_before_a_figure_is_not_what_is_counted():
    got = {(q["subject"], q["value"]) for q in _doc("全市实行物业管理的住宅小区有1135个。")["quantities"]}
    assert got == {("住宅小区", 1135)}  # ggl:figure_verbs


def test_a_paragraph_naming_another_city_takes_that_city():
    data = _doc("健全机制。\n\n今年以来，江北县推动社区成立业委会。全县建成党群服务中心40个。")
    assert {q["place"] for q in data["quantities"]} == {"江北县"}


def test_this_scheme_is_the_scheme_named_last():
    data = _doc("临江市推行“双报到”制度。临江市认真落实这一制度，推动在职党员到社区报到。")
    labels = {e["label"] for e in data["entities"]}
    assert "这一制度" not in labels and "“双报到”制度" in labels
    assert ("临江市", "implements", "“双报到”制度") in {(r["subject"], r["predicate"], r["object"])
                                                       for r in data["relations"]}


def test_a_heading_naming_a_place_scopes_its_section():
    data = _doc("一、青松社区：微治理织密服务网\n\n社区党委下设4个网格党支部。\n\n"
                "二、下一步打算\n\n社区党委下设2个网格党支部。")
    rels = {(r["subject"], r["subject_place"], r["object_place"]) for r in data["relations"]
            if r["predicate"] == "subOrganisationOf"}
    assert rels == {("网格党支部", "青松社区", "青松社区"), ("网格党支部", "临江市", "临江市")}, rels


def test_a_bare_place_kind_of_the_level_in_scope_is_that_place():
    data = _doc("青松社区有在职党员301名。在职党员常态化到社区报到服务。\n\n全市在职党员到社区报到。")
    assert _rels(data, "supports") == {("在职党员", "青松社区", None, None), ("在职党员", "社区", None, None)}
    assert {(r["object"], r["object_place"]) for r in data["relations"] if r["predicate"] == "supports"} == {
        ("青松社区", None), ("社区", "临江市")}


def test_people_sent_by_a_named_sender_are_its_role_not_a_second_supporter():
    data = _doc("青松社区党委牵头选派党建指导员入驻物业公司挂职。")
    assert _rels(data, "supports") == {("青松社区党委", "物业服务企业", None, "党建指导员")}


def test_a_list_of_posts_stops_at_an_item_that_holds_a_post_of_its_own():
    data = _doc("推动社区党组织书记兼任业委会主任、物业公司负责人担任社区党组织兼职委员。")
    assert ("社区党组织", "业委会", None, "业委会主任") in _rels(data, "concurrentPost")
    assert not any(s == "社区党组织" and o == "物业服务企业" for s, o, _, _ in _rels(data, "concurrentPost"))


def test_a_step_of_a_quoted_chain_named_by_its_place_is_that_body():
    data = _doc("依托“青石街道党工委—桂香社区党支部—网格党小组”组织链条向下延伸。")
    subs = {(r["subject"], r["subject_place"], r["object"], r["object_place"])
            for r in data["relations"] if r["predicate"] == "subOrganisationOf"}
    assert ("桂香社区党支部", None, "青石街道党工委", None) in subs  # named bodies, no kinds in a place


def test_a_units_part_is_one_body_not_its_parent_too():
    data = _doc("青石县市场监督管理局、青石县公安局交警大队先后到桂香社区报到。")
    assert {s for s, *_ in _rels(data, "supports")} == {"青石县市场监督管理局", "青石县公安局交警大队"}


def test_a_chain_of_places_as_an_object_stands_for_its_last_place():
    data = _doc("在职党员到桂香社区青禾小区报到。青石区住建局包保桂香社区青禾小区。")
    assert {o for _, o, _, _ in _rels(data, "supports")} == {"青禾小区"}


def test_two_lists_with_respectively_between_them_pair_item_by_item():
    data = _doc("青石区民政局、青石区住建局等区直部门党组织分别包联桂香社区、青禾社区。")
    assert _rels(data, "supports") == {("青石区民政局", "桂香社区", None, None), ("青石区住建局", "青禾社区", None, None)}
    data = _doc("青石医院、青石中学分别到桂香社区、青禾社区报到。")  # a pattern construction (support.report-in)
    assert _rels(data, "supports") == {("青石医院", "桂香社区", None, None), ("青石中学", "青禾社区", None, None)}


def test_people_sent_down_to_a_post_hold_no_post_in_the_body_that_sends_them():
    data = _doc("桂香街道党工委选派28名机关干部下沉小区担任党建指导员。")
    assert not _rels(data, "concurrentPost")
    assert ("桂香街道党工委", "小区", 28, "党建指导员") in _rels(data, "supports")
    data = _doc("桂香社区“大党委”吸纳青石派出所党员民警担任兼职委员。")  # 派出 inside 派出所 sends nobody
    assert {s for s, _, _, _ in _rels(data, "concurrentPost")} == {"青石派出所"}


def test_people_sent_from_units_to_a_post_are_support_unless_the_post_is_part_time():
    data = _doc("青石县从县级机关、企事业单位选派21名党员干部担任小区党组织第一书记。")
    assert not _rels(data, "concurrentPost")
    assert ("企事业单位", "小区党组织", 21, "第一书记") in _rels(data, "supports")
    data = _doc("青石县从驻区单位选派6名党员担任社区“大党委”兼职委员。")
    assert {(s, o) for s, o, _, _ in _rels(data, "concurrentPost")} == {("驻区单位", "社区大党委")}


def test_a_known_compound_written_with_its_towns_name_is_that_compound_named_in_full():
    data = _doc("青禾镇机场安置区交付使用。青禾机场安置区计划安置6个行政村的搬迁人口971户。机场安置区成立党支部。")
    assert {q["place"] for q in data["quantities"]} == {"青禾机场安置区"}
    assert "青禾机场安置区" in {e["label"] for e in data["entities"]}


def test_a_party_kind_of_no_place_ending_a_named_body_is_that_body_written_short():
    data = _doc("青石市物业行业党委成立后，桂香街道物业服务企业党组织全部划入行业党委管理。")
    assert {o for _, o, _, _ in _rels(data, "subOrganisationOf")} == {"青石市物业行业党委"}
    assert "行业党委" not in {e["label"] for e in data["entities"]}
    data = _doc("公司成立青禾物业党支部后，在册党员20名。桂香社区党委与青石控股集团有限公司智慧物业党支部签订联建协议。")
    assert {o for _, o, _, _ in _rels(data, "coBuilds")} == {"青石控股集团有限公司智慧物业党支部"}  # not read inside


def test_a_place_in_a_paragraph_about_a_higher_place_sits_there_only_if_no_level_between_is_named():
    body = "青石市推进红色物业。青禾街道建立网格。\n\n青石市的桂香社区成立业委会。\n\n青石市推行“三方联动”机制，桂香社区试点先行。"
    data = _doc(body, title="浙江省青石市：党建引领 共治共享")
    located = {(s, o) for s, o, _, _ in _rels(data, "locatedIn")}
    assert ("桂香社区", "青石市") in located  # the city is written in the sentence
    assert "桂香社区" in {e["label"] for e in data["entities"]}
    data = _doc("青禾街道建立网格。\n\n桂香社区试点“三方联动”机制。", title="浙江省青石市：党建引领 共治共享")
    assert ("桂香社区", "青石市") not in {(s, o) for s, o, _, _ in _rels(data, "locatedIn")}  # a street is named
    assert "桂香社区" in {e["label"] for e in data["entities"]}  # the place stays an entity
    data = _doc("桂香社区试点“三方联动”机制。", title="浙江省青石市：党建引领 共治共享")
    assert ("桂香社区", "青石市") in {(s, o) for s, o, _, _ in _rels(data, "locatedIn")}  # no street named


def test_a_short_name_declared_after_a_named_body_stands_for_it():
    data = _doc("红旗社区党委在青禾小区成立青禾小区支部委员会（以下简称小区支部），小区支部隶属红旗社区党委管理。"
                "小区支部每月召集物业公司召开“板凳议事会”。")
    assert ("青禾小区支部委员会", "红旗社区党委", None, None) in _rels(data, "subOrganisationOf")
    assert ("青禾小区支部委员会", "“板凳议事会”", None, None) in _rels(data, "leads")
    assert "小区支部" not in {e["label"] for e in data["entities"]}


def test_a_place_closing_a_list_of_names_with_a_count_does_not_set_the_sentences_place():
    data = _doc("青石区已组建南山花园、保利悦海、青禾安置区等6个小区党支部，推动物业企业骨干与社区“两委”成员交叉任职。")
    assert {e["place"] for e in data["entities"] if e["label"] == "社区“两委”"} == {"青石区"}


def test_bodies_listed_each_with_its_verb_before_a_scheme_take_part_under_the_first():
    data = _doc("青禾小区构建社区党组织引领、居委会统筹、环卫队监督、物业服务企业服务的“四位一体”治理模式。")
    assert {s for s, o, _, _ in _rels(data, "leads")} == {"社区党组织"}  # 居委会统筹 here is its part, not a lead
    assert {s for s, o, _, _ in _rels(data, "participatesIn")} == {"居委会", "物业服务企业"}
    data = _doc("青禾街道建立小区党支部主导、居民主体、业委会主办的“三主”议事机制。")  # an item with no body
    assert {s for s, o, _, _ in _rels(data, "participatesIn")} == {"业委会"}


def test_a_kind_named_after_a_scheme_takes_part_in_it_and_says_nothing_of_the_place():
    data = _doc("全区116个“双报到”单位到社区报到。")  # units of “双报到” take part; the place's running it is unsaid
    assert ("双报到单位", "“双报到”", 116, None) in _rels(data, "participatesIn")
    assert not _rels(data, "implements")


def test_a_place_named_by_its_ending_alone_is_the_known_place_of_that_ending():
    x = extract(read_text("青石高新区：分片治理\n\n青石高新区辖有4个社区。高新区党工委选派机关干部下沉社区。", "a.txt"))
    assert {e.label for e in x.entities if e.type == "Place" and e.level == "instance"} == {"青石高新区"}
    assert {e.place for e in x.entities if e.label == "机关干部"} == {"青石高新区"}


def test_an_ending_alone_in_the_text_does_not_replace_the_titles_place():
    text = ("青石高新区：分片治理织密组织网\n■中共青石高新区党工委\n\n高新区党工委推动27家驻区单位与社区党委结对共建。"
            "\n\n片区党总支书记由社区“两委”成员兼任。\n")
    x = extract(read_text(text, "a.txt"))
    assert {e.place for e in x.entities if e.level == "type"} == {"青石高新区"}


def test_a_titles_bare_province_and_city_is_the_city_the_text_names():
    text = "福建青州：红色物业暖人心\n\n近年来，青州市推动小区治理。\n\n小区党支部联合业委会开展活动。\n"
    x = extract(read_text(text, "a.txt"))
    assert {e.place for e in x.entities if e.level == "type"} == {"青州市"}


def test_a_titles_province_stem_the_text_never_writes_is_dropped():
    text = ("辽宁青川：“红色物业”让小区有了“主心骨”\n\n来源：青川新闻网\n\n“有事找支部。”家住青川市青石区桃源社区金桥小区的居民说。"
            "\n\n一是推行“三方联动”机制。\n")
    x = extract(read_text(text, "a.txt"))
    assert [r.subject[0] for r in x.relations if r.predicate == "implements"] == ["青川市"]


def test_a_city_under_a_city_is_a_county_level_city():
    data = _doc("在青石市晋江市梅庭社区，小区党支部每周召集业委会开会。")
    assert ("晋江市", "青石市", None, None) in _rels(data, "locatedIn")


def test_a_title_that_opens_with_a_named_community_is_about_it():
    text = "桂香社区举行党建联建签约仪式\n\n根据协议，各共建单位认领服务项目。\n\n青石医院每月选派医护人员到社区开展义诊。\n"
    x = extract(read_text(text, "a.txt"))
    assert [(r.subject[0], r.object[0]) for r in x.relations if r.predicate == "supports"] == [("青石医院", "桂香社区")]


def test_a_named_party_body_written_later_without_its_places_is_the_same_body():
    data = _doc("青松街道商圈党委成立于2019年。商圈党委建立“三统一”工作制度。")
    assert ("青松街道商圈党委", "“三统一”工作制度", None, None) in _rels(data, "implements")


def test_a_kind_added_to_the_ontology_is_extracted(tmp_path, monkeypatch):
    folder = tmp_path / "ontology"
    shutil.copytree(load().folder, folder)
    with open(folder / "kinds.ttl", "a", encoding="utf-8") as fh:
        fh.write('\nggk:TeaHouse a skos:Concept ; skos:inScheme ggk:scheme ; gg:entityClass gg:Facility ;\n'
                 '    skos:prefLabel "邻里茶馆"@zh , "neighbourhood tea house"@en ;\n'
                 '    skos:broader ggk:ServicePosition .\n')
    vocab = load(folder, cache=False)
    doc = read_text("某省某市：标题\n\n某市建成邻里茶馆15处。", "x.txt")
    assert ("邻里茶馆", "Facility") in {(e.label, e.type) for e in extract(doc, vocab).entities}
    assert "邻里茶馆" not in {e.label for e in extract(doc).entities}


# -- bad input ----------------------------------------------------------------------------

def test_a_document_with_nothing_recognisable_gives_an_empty_valid_result():
    data = extract(read_text("今天天气很好。我们去公园散步。", "plain.txt")).to_json()
    assert data["relations"] == [] and data["quantities"] == [] and data["entities"] == []
    assert data["document"] == "plain.txt"


def test_hostile_text_passes_through_as_plain_data():
    body = ("<img src=x onerror=alert(1)>社区党支部与</script><script>alert(1)</script>驻区单位共建。"
            + "党" * 10000 + "\x07\x1b")
    data = _doc(body)
    text = json.dumps(data, ensure_ascii=False)
    assert "社区党支部" in text  # extracted, and the markup stays literal text in the quotes
    for r in data["relations"]:
        assert isinstance(r["evidence"], str)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_any_text_extracts_without_error(text):
    try:
        doc = read_text(text, "any.txt")
    except InputError:
        return  # empty text is the reader's to refuse
    data = extract(doc).to_json()
    assert set(data) >= {"document", "entities", "relations", "quantities"}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["社区党委", "业委会", "与", "联合", "兼任", "“", "”", "—", "、", "和",
                                 "123名", "街道", "小区", "，", "。", "\n", "机制", "担任", "从", "选派",
                                 "进驻", "以", "为核心", "由", "组成的", "中共", "市委", "组织部"]),
                max_size=60))
def test_genre_shaped_noise_extracts_without_error(words):
    try:
        doc = read_text("".join(words), "noise.txt")
    except InputError:
        return
    data = extract(doc).to_json()
    for item in data["relations"]:
        assert doc.text[item["start"]:item["end"]] == item["evidence"]


# -- the command --------------------------------------------------------------------------

def test_extract_command_writes_one_file_per_document(tmp_path):
    result = CliRunner().invoke(cli, ["extract", str(SEED), str(CORPUS / "b2_yannan.txt"),
                                      "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == ["000_494ed71236812c41.json", "b2_yannan.json"]
    data = json.loads((tmp_path / "b2_yannan.json").read_text(encoding="utf-8"))
    assert data["document"] == "b2_yannan.txt" and data["relations"]


def test_extract_command_reports_bad_files_and_goes_on(tmp_path):
    bad = tmp_path / "image.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    result = CliRunner().invoke(cli, ["extract", str(bad), str(SEED), "--format", "jsonl"])
    assert result.exit_code == 1
    assert "image.txt" in result.output
    line = next(l for l in result.output.splitlines() if l.startswith("{"))
    assert json.loads(line)["document"] == "000_494ed71236812c41.txt"
    assert "\\u" not in line  # Chinese unescaped


def test_extract_table_lists_relations_with_quotes():
    result = CliRunner().invoke(cli, ["extract", str(SEED), "--format", "table"])
    assert result.exit_code == 0
    row = next(l for l in result.output.splitlines() if "concurrentPost" in l and "279" in l)
    assert "社区“两委”@德阳市" in row and "业委会@德阳市" in row and "279名社区“两委”成员" in row


def test_output_is_the_same_in_another_process():
    """No set or dict order leaks into the output: two interpreters with different string
    hashing give byte-identical JSON."""
    import os
    import subprocess
    import sys

    def run(seed):
        env = dict(os.environ, PYTHONHASHSEED=str(seed))
        return subprocess.run([sys.executable, "-m", "graph", "extract", str(SEED), str(CORPUS / "d2_anshan_huichuan_daqing.txt"),
                               "--format", "jsonl"], capture_output=True, env=env, check=True).stdout

    assert run(1) == run(2)


def test_a_figure_on_both_sides_of_a_support_is_no_count_but_two_quantities():
    """49个区直部门包联184个城市社区 (guide §6): the relation carries no count; both figures stay."""
    x = extract(read_text("49个区直部门包联184个城市社区。", "a.txt"))
    rel = next(r for r in x.relations if r.predicate == "supports")
    assert rel.count is None
    assert {(q.subject, q.value) for q in x.quantities} >= {("区直部门", 49), ("城市社区", 184)}


def test_a_relations_count_hides_only_the_equal_figures_of_its_own_clause():
    """The 16 of 联合16家党建联盟单位 is a count; the 16 of 认领16个项目, after a semicolon, stays a figure;
    the 132 of 共计132名在职党员, in the count's own clause, does not."""
    x = extract(read_text("在青禾社区党委联合16家党建联盟单位举办的活动上，党员重温誓词；各联盟单位现场认领16个“微心愿”项目。"
                          "各结对单位还向社区选派了党员志愿者，共计132名在职党员到社区报到。", "a.txt"))
    assert any(r.predicate == "coBuilds" and r.count == 16 for r in x.relations)
    assert any(q.value == 16 and "微心愿" in q.subject for q in x.quantities)
    assert any(r.predicate == "supports" and r.count == 132 for r in x.relations)
    assert not any(q.value == 132 for q in x.quantities)


def test_a_bare_meeting_or_site_word_is_no_body_but_an_event_is_counted():
    """议事会 and 服务阵地 alone name no body (no gold annotates them so); 召开议事会23场次 counts 议事会."""
    x = extract(read_text("青禾社区整合服务阵地，共召开议事会23场次。", "a.txt"))
    assert not any(e.type in ("OwnersCommittee", "Facility") for e in x.entities)
    assert any(q.subject == "议事会" and q.value == 23 for q in x.quantities)


def test_kinds_named_in_passing_are_entities_only_where_a_relation_names_them():
    """议事厅, 居民小组 said of nothing are no nodes (ggl:kinds_named_in_passing); a post such as 支部委员 stays."""
    x = extract(read_text("青禾社区设有议事厅，划分居民小组12个，选任305名支部委员。", "a.txt"))
    labels = {e.label for e in x.entities}
    assert not labels & {"议事厅", "居民小组"}
    assert "支部委员" in labels


def test_cadres_staff_and_special_teams_said_of_nothing_are_no_entities_but_riders_are():
    # measured over 1333 reports: 社区干部, 社区工作人员, 专班 … listed on their own were in a gold about one time in
    # three or fewer (entities 0.794 → 0.796 over e–hw+dev); 新就业群体 and 快递员 too, but the round's later waves,
    # about riders, listed them (12 gold entities lost against 14 spurious saved), so riders stay entities
    x = extract(read_text("青禾社区组织社区干部和社区工作人员开展走访，快递员反响热烈，专班每周调度。\n\n"
                          "桂香社区3名社区干部兼任业委会委员。", "a.txt"))
    keys = {(e.label, e.place) for e in x.entities}
    assert not {k for k in keys if k[0] in ("社区工作人员", "专班")}
    assert ("社区干部", "青禾社区") not in keys and ("社区干部", "桂香社区") in keys
    assert ("快递员", "青禾社区") in keys


def test_a_bare_party_branch_or_school_said_of_nothing_is_no_entity_but_one_in_a_relation_is():
    # measured: a bare 党支部, 学校 or 医院 listed on its own was in a gold one time in four or fewer
    x = extract(read_text("青禾社区的党支部经常组织学习，辖区学校和医院也很支持。\n\n桂香社区党委与辖区学校结对共建。", "a.txt"))
    keys = {(e.label, e.place) for e in x.entities}
    assert not {k for k in keys if k[0] in ("党支部", "医院")}
    assert ("学校", "桂香社区") in keys and ("学校", "青禾社区") not in keys


def test_a_named_place_or_department_said_of_nothing_is_no_entity():
    """Named places and departments no relation names were wrong four times in five across the corpus."""
    x = extract(read_text("青禾社区工作简报\n干部要盯住城区难题。", "a.txt"))
    assert not any(e.type == "Place" for e in x.entities)


def test_a_counted_kind_of_place_is_a_figure_not_an_entity():
    """全市1540个小区: the figure is a quantity; 小区 is an entity only where a relation names it."""
    x = extract(read_text("青石市共有1540个小区。", "a.txt"))
    assert any(q.subject.endswith("小区") and q.value == 1540 for q in x.quantities)
    assert not any(e.label == "小区" for e in x.entities)


def test_people_named_by_occupation_are_entities_only_where_a_relation_names_them():
    """教师 said of nobody is no node; 兼职委员 (a post) stays."""
    x = extract(read_text("社区里不少退休教师热心公益。街道吸纳驻区单位负责人担任兼职委员。", "a.txt"))
    labels = {e.label for e in x.entities}
    assert "退休教师" not in labels and "兼职委员" in labels


def test_a_scheme_said_of_nobody_is_no_entity():
    x = extract(read_text("“红色议事会”让居民有了说话的地方。青石社区推行“板凳议事会”。", "a.txt"))
    assert {e.label for e in x.entities if e.type == "Mechanism"} == {"“板凳议事会”"}


def test_a_post_of_a_body_is_an_entity_only_where_a_relation_names_it():
    """业委会主任 is the role of a post the 社区党组织 holds, not a node; 党建指导员 stays."""
    x = extract(read_text("青石社区党组织书记兼任业委会主任。小区党支部书记常到楼栋走访。"
                          "街道选派党建指导员12名。", "a.txt"))
    labels = {e.label for e in x.entities if e.type == "Role"}
    assert "业委会主任" not in labels and "小区党支部书记" not in labels and "党建指导员" in labels
    assert any(r.role == "业委会主任" for r in x.relations)


def test_half_width_commas_between_chinese_words_read_as_full_width_and_quotes_stay_exact():
    full = "截至目前，青石社区共有党员386名，网格员12名，“三方联动”机制覆盖率达95%。"
    half = full.replace("，", ",")
    a, b = _doc(full), _doc(half)
    assert [(q["subject"], q["value"]) for q in b["quantities"]] == [(q["subject"], q["value"]) for q in a["quantities"]]
    assert ("党员", 386) in [(q["subject"], q["value"]) for q in b["quantities"]]
    assert b["relations"] and all("，" not in r["evidence"] for r in b["relations"])  # the page's own commas


def test_units_named_after_a_word_that_opens_members_take_the_ties_of_their_kind():
    data = _doc("桂香街道党工委吸纳5家驻区单位党组织负责人担任街道“大工委”兼职委员，"
                "其中包括青石供电局、青石市第一中学和青石区人民医院。")
    got = _rels(data, "concurrentPost")
    assert ("驻区单位党组织", "街道大工委", 5, "兼职委员") in got
    assert {("青石供电局", "街道大工委", None, "兼职委员"), ("青石市第一中学", "街道大工委", None, "兼职委员"),
            ("青石区人民医院", "街道大工委", None, "兼职委员")} <= got
    assert not any(o in ("青石供电局", "青石市第一中学") for _, o, *_ in got)  # the post's body stays


def test_a_kind_under_a_named_step_of_a_chain_sits_in_that_steps_place():
    data = _doc("桂香街道党工委建立起“桂香街道党工委—青禾社区党委—小区党支部—楼栋党小组”四级组织架构。")
    got = {(r["subject"], r["subject_place"], r["object"], r["object_place"]) for r in data["relations"]
           if r["predicate"] == "subOrganisationOf"}
    assert ("小区党支部", "青禾社区", "青禾社区党委", None) in got
    assert ("楼栋党小组", "青禾社区", "小区党支部", "青禾社区") in got
    assert not any(p == "桂香街道" for _, p, _, _ in got), got


def test_a_chain_topped_by_a_named_street_body_scopes_its_kinds_to_the_street_not_the_community_in_scope():
    # a paragraph about one community; the chain written out is the street's system, so its kinds are
    # the street's (a paragraph about a compound keeps its own place)
    data = _doc("青禾社区是桂香街道的老旧小区集中地。\n\n青禾社区健全“桂香街道党工委—社区党委—小区党支部—楼栋党小组”四级组织体系。")
    got = {(r["subject"], r["subject_place"], r["object"], r["object_place"]) for r in data["relations"]
           if r["predicate"] == "subOrganisationOf"}
    assert ("社区党委", "桂香街道", "桂香街道党工委", None) in got
    assert ("小区党支部", "桂香街道", "社区党委", "桂香街道") in got
    assert not any(p == "青禾社区" for _, p, _, _ in got), got


def test_a_staff_quarters_is_a_compound():
    data = _doc("青石市桂香社区实验中学家属区成立小区党支部。")
    assert ("实验中学家属区", "桂香社区", None, None) in _rels(data, "locatedIn")


def test_a_word_taking_up_a_scheme_runs_nothing_new():
    # 议事会 takes up the scheme of the paragraph before (ggl:scheme_back_references): its people
    # take part, its chair leads; the place in scope does not run it a second time
    data = _doc("桂香社区党委启动“有事好商量”议事机制。\n\n议事会由桂香社区党委书记主持，邀请青禾物业公司参加。")
    assert _rels(data, "implements") == {("桂香社区党委", "“有事好商量”议事机制", None, None)}
    assert ("青禾物业公司", "“有事好商量”议事机制", None, None) in _rels(data, "participatesIn")
    assert ("桂香社区党委", "“有事好商量”议事机制", None, None) in _rels(data, "leads")


def test_the_places_of_a_chain_before_a_sender_send_nobody():
    got = _rels(_doc("青禾区柳岸街道桂香社区党委选派8名社区干部到辖区老旧小区担任“暖心管家”。"), "supports")
    assert {s for s, *_ in got} == {"桂香社区党委"}, got


def test_a_chain_step_may_name_a_party_body_with_a_longer_modifier():
    """“A党委—B片区党总支—C党支部”三级组织体系: a hierarchy (guide §6), even where a step's modifier runs to six characters."""
    data = _doc("综合党委构建“产业链党委—功能性片区党总支—链上企业党支部”三级组织体系。")
    assert ("功能性片区党总支", "产业链党委", None, None) in _rels(data, "subOrganisationOf")
    assert not any(e["type"] == "Mechanism" for e in data["entities"])



def test_a_lettered_section_of_an_estate_is_a_compound():
    # 某某城A区 is a section of an estate (like 某某苑五区), not a district: it sits in its community
    rels = _rels(_doc("桂香街道青禾社区的柳岸城A区有住户800户。"), "locatedIn")
    assert ("柳岸城A区", "青禾社区", None, None) in rels
    assert not any(s == "桂香街道" and o == "柳岸城A区" for s, o, _, _ in rels)


def test_a_section_named_after_its_community_sits_in_it():
    # 某社区某某北区 names a section of an estate under its community, not a district above it
    rels = _rels(_doc("桂香街道青禾社区柳岸北区有楼长12名。"), "locatedIn")
    assert ("柳岸北区", "青禾社区", None, None) in rels


def test_a_unit_named_once_is_known_when_written_again():
    # A、B等共建单位…。与A、B签订…: names a list's kind marked as units are units where nothing marks them
    text = "桂香社区召开座谈会，青禾雷达团、柳岸铜业等共建单位应邀参会。会上，桂香社区分别与青禾雷达团、柳岸铜业签订了共建协议书。"
    rels = _rels(_doc(text), "coBuilds")
    assert ("桂香社区", "青禾雷达团", None, None) in rels and ("桂香社区", "柳岸铜业", None, None) in rels
    # but not where a kind follows: 大嘉物业党支部 is the company's Party body, named whole
    rels = _rels(_doc("桂香社区召集大嘉物业、柳岸铜业等共建单位座谈。大嘉物业党支部与桂香社区党委签订共建协议。"), "coBuilds")
    assert ("大嘉物业党支部", "桂香社区党委", None, None) in rels
    assert ("大嘉物业", "桂香社区党委", None, None) not in rels


def test_a_community_named_with_a_district_ending_sits_under_its_district():
    # 某区新建区社区, 某街道鲁矿东区社区: no district sits under a district or a street, so 区 is
    # inside the community's name
    rels = _rels(_doc("湖北省青石市桂香区新建区社区坚持党建引领。青禾街道鲁矿东区社区成立业委会。"), "locatedIn")
    assert ("新建区社区", "桂香区", None, None) in rels
    assert ("鲁矿东区社区", "青禾街道", None, None) in rels
    assert not any(s in ("新建区", "桂香区新建区") for s, _, _, _ in rels)


def test_no_district_name_holds_another_district_ending():
    # 西塞山区 after no city is no district (山区 is a common word); 西塞山区新建区 is not one either,
    # so the title names nothing and the body's chain teaches the names
    rels = _rels(_doc("西塞山区新建区社区：暖心服务聚合力\n\n今年以来，湖北省黄石市西塞山区新建区社区坚持党建引领。"),
                 "locatedIn")
    assert ("新建区社区", "西塞山区", None, None) in rels
    assert not any("西塞山区新建区" in (s, o) for s, o, _, _ in rels)


def test_a_section_before_a_compound_ending_is_no_compound_of_its_own():
    # 某某西区小区: the section word is part of a longer name, not a compound 某某西区
    rels = _rels(_doc("桂香街道青禾社区柳岸西区小区80名在职党员到社区报到。"), "locatedIn")
    assert not any(s == "柳岸西区" for s, _, _, _ in rels)


def test_a_run_in_heading_opens_a_section_a_bare_kind_does_not_reach_back_over():
    # 【队伍建设】 opens a new section of a yearbook entry: 社区 there is no longer the community named before
    text = ("江东省临江市社区党建\n\n"
            "【小区治理】推动小区党支部、业委会、物业服务企业交叉任职。青禾社区试点建立“小区议事会”制度，"
            "由小区党支部牵头，业委会、物业服务企业和楼长代表定期协商小区公共事务。"
            "至年末，临江市城市社区业委会中党员比例达到52%。\n\n"
            "【队伍建设】年内，临江市面向社会公开招聘社区工作者45名，全部充实到城市社区一线。"
            "城市社区党委书记全部通过法定程序兼任社区居委会主任，社区“两委”成员交叉任职比例达到60%。\n")
    data = extract(read_text(text, "yearbook.txt")).to_json()
    assert {q["place"] for q in data["quantities"] if q["value"] == 60} == {"临江市"}


def test_the_guide_of_a_scheme_does_not_run_it():
    rels = _rels(_doc("桂香街道党工委指导青禾社区建立“三方议事”机制。"), "implements")
    assert ("青禾社区", "“三方议事”机制", None, None) in rels
    assert not any(s == "桂香街道党工委" for s, _, _, _ in rels)


def test_a_name_never_spans_a_list_or_byline_mark():
    data = _doc("【动态】▶青禾小区党支部与桂香社区卫生服务站结对共建。●青禾小区●党支部书记兼任业委会主任。")
    assert ("青禾小区党支部", "桂香社区卫生服务站", None, None) in _rels(data, "coBuilds")
    assert {e["label"] for e in data["entities"]}.isdisjoint({"▶青禾小区党支部", "青禾小区●党支部"})
    assert ("青禾小区党支部", "业委会", None, "业委会主任") in _rels(data, "concurrentPost")  # the branch named before


def test_a_kind_opening_a_records_field_gives_way_to_the_body_after_its_colon():
    data = _doc("7．共建单位：青禾公益社工服务中心党支部；共建项目：“邻里守望”；服务承诺：派驻2名专职社工常驻社区。")
    assert not any(r["subject"] == "共建单位" for r in data["relations"])
    assert ("青禾公益社工服务中心党支部", "“邻里守望”", None, None) in _rels(data, "implements")


def test_the_report_authors_own_party_body_is_the_named_body_of_its_place():
    data = extract(read_text("青禾社区2024年工作总结\n\n我社区党支部与青石医院开展结对共建。\n", "a.txt")).to_json()
    assert ("青禾社区党支部", "青石医院", None, None) in _rels(data, "coBuilds")


def test_a_place_named_as_a_parent_does_not_set_the_clauses_place():
    data = extract(read_text("青川县：城市基层党建工作总结\n\n我县现有城区街道办事处1个，隶属柳岸镇管理；城区社区7个，"
                             "乡镇社区5个。\n", "a.txt")).to_json()
    assert {(q["subject"], q["value"], q["place"]) for q in data["quantities"]} >= {
        ("城区社区", 7, "青川县"), ("乡镇社区", 5, "青川县")}
    data = _doc("桂香社区党委在青禾小区建立小区党支部，隶属桂香社区党委。")  # a body of the place: its place stays
    assert ("小区党支部", "桂香社区党委", None, None) in _rels(data, "subOrganisationOf")


def test_a_department_by_its_short_name_is_the_one_named_in_full():
    data = extract(read_text("青川区住房和城乡建设局推行“红色物业”星级评定\n\n青川区住房和城乡建设局统筹全区物业党建。"
                             "区住建局牵头评选。青川区住建局发布名单。\n", "a.txt")).to_json()
    bodies = [(e["label"], sorted(e.get("aliases", []))) for e in data["entities"] if e["type"] == "GovernmentBody"]
    assert bodies == [("青川区住房和城乡建设局", ["区住建局", "青川区住建局"])]


def test_an_agreements_party_labels_stand_for_the_bodies_its_party_lines_name():
    data = _doc("桂香社区党建共建协议书\n\n甲方：中共青石市桂香社区委员会\n乙方：青禾物业服务有限公司（名单见附件）\n\n"
                "第二条 乙方职责\n（一）乙方与甲方结对共建，乙方负责人担任甲方兼职委员。\n")
    assert ("青禾物业服务有限公司", "中共青石市桂香社区委员会", None, None) in _rels(data, "coBuilds")
    assert ("青禾物业服务有限公司", "中共青石市桂香社区委员会", None, "兼职委员") in _rels(data, "concurrentPost")
    labels = {e["label"] for e in data["entities"]}
    assert "甲方" not in labels and "乙方" not in labels


def test_a_group_is_named_by_its_task_verbs_and_all():
    def groups(text):
        return {(e["label"], e["level"], e.get("place")) for e in _doc(text)["entities"] if e["type"] == "GovernmentBody"}
    assert ("老旧小区改造专项工作组", "type", "桂香街道") in groups("桂香街道成立老旧小区改造专项工作组。")
    assert ("“红色物业”提质推广工作专班", "type", "桂香街道") in groups("桂香街道成立“红色物业”提质推广工作专班。")
    assert ("青川县党建引领基层治理工作领导小组", "instance", None) in groups(
        "青川县成立青川县党建引领基层治理工作领导小组。")  # a place opens its proper name
    assert ("领导小组", "type", "桂香街道") in groups("桂香街道推行“一组一班”，“一组”即领导小组。")  # a gloss opens no name
    assert ("青川街道“五星幸福体”建设工作领导小组", "instance", None) in groups(
        "成立青川街道“五星幸福体”建设工作领导小组，由街道党工委书记任组长。")  # a quoted scheme read inside, its place
    assert ("城市基层党建和基层治理工作领导小组", "type", "青川县") in groups("青川县委成立城市基层党建和基层治理工作领导小组。")
    assert ("专项工作组", "type", "青川县") in groups("青川县采用县直单位包抓责任小区长效治理和专项工作组集中整治相结合的方式。")
    assert "吃透专班" not in {g[0] for g in groups("桂香街道8个工作专班吃透专班工作方案。")}  # a verb and its result
    assert not any(g[0].startswith("下设") for g in groups("领导小组下设工作专班，专班设在街道党建办。"))
    labels = {e["label"] for e in _doc("桂香社区成立“红色物业”党委，并把党的领导写进公司章程。")["entities"]}
    assert not any(label.startswith("领导") for label in labels)  # a group's head inside no other name


def test_a_body_right_before_and_opens_no_name_after_it():
    names = {e["label"] for e in _doc("她参加的是青石区委组织部和区农业局联合举办的活动。")["entities"]}
    assert "区农业局" in names and "和区农业局" not in names


def test_verbs_and_determiners_open_no_name_and_a_name_may_hold_a_function_word():
    def labels(text):
        return {e["label"] for e in _doc(text)["entities"]}
    assert "呼和浩特市" in labels("呼和浩特市青川区：探索城市基层治理新方法")  # a name holding 和 (ggl:name_opening_words)
    assert not any(label.startswith("摆着") for label in labels("农特产品展架上，摆着青川县柳岸镇的特色农产品。"))
    assert not any(label.startswith(("贴合", "减少")) for label in labels("青川区贴合社区实际，减少社区承担的事务。"))
    assert "属城乡" not in labels("青禾社区地处县城东郊，属城乡结合部。")
    assert not any(label.startswith("另有") for label in labels("桂香社区组建志愿服务队13支，另有在职党员志愿服务队9支。"))
    assert not any(label.endswith("中心") for label in labels("桂香社区位于柳岸镇中心地带。"))
    assert "社区党总支" in labels("青川区相关社区党总支书记陪同采访。")  # a determiner opens no Party body's name
    found = labels("青川区打造共建共享的互嵌式社区，打破驻社区各单位的壁垒，稳定社区工作者队伍，承担社区日常工作，打造叫得响的过硬社区品牌。")
    assert not any(label.startswith(("互嵌", "打破", "稳定", "承担", "过硬")) for label in found)
    assert not any("加挂" in label for label in labels("青川经济技术开发区：社区工作\n\n企事业工作部加挂开发区企业党委、开发区文明办牌子。"))


def test_a_kind_of_office_then_a_units_head_is_one_unit_after_a_known_place():
    names = {e["label"] for e in extract(read_text(
        "青川县柳岸街道：共建文明家园\n\n桂香社区党支部与青川县城管执法局、青川县公安局交警大队签订共建协议。\n",
        "a.txt")).to_json()["entities"]}
    assert {"青川县城管执法局", "青川县公安局交警大队"} <= names
    assert "青川县城管执法" not in names and "青川县公安局" not in names


def test_a_commercial_complex_is_a_unit_and_names_its_party_branch():
    data = _doc("青禾社区党支部与辖区柳岸广场商业综合体党支部结对共建。")
    pairs = {frozenset(r[:2]) for r in _rels(data, "coBuilds")}
    assert frozenset(("青禾社区党支部", "柳岸广场商业综合体党支部")) in pairs


def test_a_unit_name_opens_where_the_place_it_holds_opens():
    names = {e["label"] for e in _doc("桂香社区引进落户社区的柳同县东山民俗文化志愿者协会。")["entities"]}
    assert "柳同县东山民俗文化志愿者协会" in names  # not from inside 柳同县, at the 同 of it
    assert "落户社区" not in names  # a verb before a kind of place


def test_units_whose_people_sent_down_arrive_support_the_place():
    data = _doc("青石区人民检察院、青石区委办公室的下沉干部来到桂香社区，在青禾小区为居民配送蔬菜包。")
    assert {("青石区人民检察院", "桂香社区"), ("青石区委办公室", "桂香社区")} <= {
        (s, o) for s, o, _, _ in _rels(data, "supports")}


def test_a_byline_body_is_named_in_full_with_the_places_written_before_it():
    # ■某区某街道党工委: the byline's signature names the body in full (guide: instance labels as
    # written in full); in the text the same places before a body open no longer name
    text = "桂香社区：三方办议事\n\n■青石区柳岸街道党工委\n\n青石区柳岸街道桂香社区党委推行“三方办”机制。\n"
    data = extract(read_text(text, "byline.txt")).to_json()
    labels = {e["label"] for e in data["entities"]}
    assert "青石区柳岸街道党工委" in labels and "柳岸街道党工委" not in labels
    assert ("青石区柳岸街道党工委", "柳岸街道", None, None) in _rels(data, "locatedIn")
    assert "桂香社区党委" in labels
