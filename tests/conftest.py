"""Shared fixtures: paths to the project's seeds and the test documents."""
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_494ed71236812c41.txt"
CORPUS = Path(__file__).resolve().parent / "corpus"
GOLD = Path(__file__).resolve().parent / "gold"
#: The seed's gold, the project's own file (a subfolder, so gold/*.json stays the corpus gold).
SEED_GOLD = GOLD / "seed" / "000_494ed71236812c41.json"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def gold_extraction() -> dict:
    """The seed's gold extraction with evidence offsets into the repaired text (and sentence
    indices), as the extractor's ``to_json()`` gives them; sha256 of the seed file. Shared by
    the session: deep-copy it before changing it."""
    import json

    from graph.read import read_file

    doc = read_file(SEED)
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    gold["sha256"] = doc.sha256
    for item in gold["relations"] + gold["quantities"]:
        quote = item.get("evidence")
        start = doc.text.find(quote) if quote else -1
        item["start"], item["end"] = (start, start + len(quote)) if start >= 0 else (None, None)
        item["sentence"] = next((i for i, s in enumerate(doc.sentences) if s.start <= start < s.end), None) \
            if start >= 0 else None
    return gold
