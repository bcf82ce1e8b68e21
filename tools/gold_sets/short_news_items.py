"""Small constructors so the items read as data: one call per text, one per event."""


def item(slug, src, date, dateline, head, body, **extra):
    """A text: body spans in [[...]] are evidence, addressed by their order (0, 1, ...)."""
    return {"slug": slug, "src": src, "date": date, "dateline": dateline, "head": head, "body": body, **extra}


def event(type_, parts, ev, target=None, persons=(), place=None, date=None, count=None, topics=(), status="occurred"):
    return {"type": type_, "parts": list(parts), "ev": ev, "target": target, "persons": list(persons),
            "place": place, "date": date, "count": count, "topics": list(topics), "status": status}
