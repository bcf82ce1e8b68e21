"""The constructors the items are written with (one call per text, one per event), shared by the short
general-news sets: tools/gold_sets/short_news_items.py."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools" / "gold_sets"))
from short_news_items import event, item  # noqa: E402,F401
