"""Serialise the hand-written general8 items to NAME.txt + NAME.gold.json, with the builder the short
general-news sets share (tools/gold_sets/short_news.py: the same date lines and checks for every set).
Run from the repository root or data/general8: python3 data/general8/src/build.py [LANG ...]
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2] / "tools" / "gold_sets"))
from short_news import main  # noqa: E402

if __name__ == "__main__":
    main(HERE.parent, "gen8_", "general8 development set (written 2026-12-07)", sys.argv[1:] or ["fa", "ar"])
