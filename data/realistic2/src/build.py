"""Write the realistic2 articles and gold files from the hand-written specs in this folder, with the
builder the long-wire sets share (tools/gold_sets/wire_sets.py: the same checks for every set).
Run from the repository root: python data/realistic2/src/build.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2] / "tools" / "gold_sets"))
from wire_sets import A, E, P, main  # noqa: E402,F401  (the specs import A, E, P from here)

if __name__ == "__main__":
    sys.exit(main("realistic2", "r2_", "realistic2 development set (written for evaluation on 2026-12-08), ", HERE))
