"""RSS 2.0 and Atom feeds saved as files: one article per item, its text taken from the item's
content (or summary), with HTML removed."""
from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Iterator
from xml.etree import ElementTree as ET

from ..errors import InputError
from ..ids import short_hash
from ..model import Article

ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
DC_DATE = "{http://purl.org/dc/elements/1.1/}date"
_TAG = re.compile(r"<[^>]+>")
_BLOCK = re.compile(r"</?(?:p|div|br|li|h[1-6]|tr|blockquote)\b[^>]*>", re.I)


def _plain(markup: str) -> str:
    """Text of an HTML fragment, one paragraph per line."""
    text = _BLOCK.sub("\n", markup)
    text = html.unescape(_TAG.sub("", text))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n\n".join(line for line in lines if line)


def _text(node: ET.Element | None) -> str:
    return (node.text or "").strip() if node is not None else ""


def read_feed(path: Path, data: str, warnings: list[str] | None = None, name: str | None = None
              ) -> Iterator[tuple[Article, list[str]] | InputError]:
    """One article per item; reader ``warnings`` (an encoding guess) go with the first.

    Items record ``name#N`` as their source (default: ``path`` as given); errors name ``path``.
    """
    from . import parse_date

    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        yield InputError(str(path), f"not a readable feed (XML error: {exc})")
        return
    items = root.findall("./channel/item") or root.findall(f"./{ATOM}entry")
    if not items:
        yield InputError(str(path), "feed has no items")
        return
    for number, item in enumerate(items, start=1):
        where = f"{path}#{number}"
        if item.tag == f"{ATOM}entry":
            title = _text(item.find(f"{ATOM}title"))
            body = _text(item.find(f"{ATOM}content")) or _text(item.find(f"{ATOM}summary"))
            link = item.find(f"{ATOM}link")
            url = link.get("href") if link is not None else None
            date = _text(item.find(f"{ATOM}published")) or _text(item.find(f"{ATOM}updated"))
            guid = _text(item.find(f"{ATOM}id"))
        else:
            title = _text(item.find("title"))
            body = _text(item.find(CONTENT)) or _text(item.find("description"))
            url = _text(item.find("link")) or None
            date = _text(item.find("pubDate")) or _text(item.find(DC_DATE))
            guid = _text(item.find("guid"))
        text = _plain(body)
        if not text:
            yield InputError(where, "feed item has no text")
            continue
        article_id = re.sub(r"[^A-Za-z0-9._-]+", "-", guid).strip("-")[:80] if guid else ""
        try:
            day = parse_date(date)
        except (ValueError, TypeError):
            day = None
        yield Article(
            id=article_id or "h" + short_hash(text), text=text, title=title or None, date=day, url=url,
            source=f"{name or path}#{number}",
        ), warnings or []
        warnings = []
