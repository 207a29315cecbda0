"""Shared fixtures: paths to the project's seeds and the test documents."""
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_494ed71236812c41.txt"
CORPUS = Path(__file__).resolve().parent / "corpus"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED
