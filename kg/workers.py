"""Extraction across processes: ``kg build --jobs N``.

Extraction is pure CPU work per article, so N processes extract N articles at once. Each worker
builds its own :class:`~kg.extract.Extractor` once (its dictionaries and automata are per process)
and takes articles in chunks; results come back in input order, so the output is the same for any
number of jobs. Where processes are forked, the workers inherit the list of articles and only their
numbers travel; an extraction comes back without its article's text, which the parent puts back.
The extractor of a worker and the forked list live in this module's globals, set before the fork
(forked workers inherit the caller's extractor, so a build that extracts a batch at a time builds
no dictionaries per batch) or by the pool's initializer where processes are spawned: the place a
process pool keeps per-process state.
"""
from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Iterator

from .extract import Extractor
from .model import Article, Extraction
from .reference import Reference

#: Below this many articles the processes cost more than they save.
MIN_PARALLEL = 64

_extractor: Extractor | None = None
_forked_articles: list[Article] = []


def default_jobs() -> int:
    """Every core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _start(ref: Reference | None, disabled: frozenset[str], min_confidence: float) -> None:
    global _extractor
    _extractor = Extractor(ref, disabled=disabled, min_confidence=min_confidence)


def _extract_at(index: int) -> Extraction | str:
    """The extraction of the article at ``index`` of the list the pool was forked with: with fork, a
    worker has the parent's articles already and only their numbers need to travel."""
    return _extract(_forked_articles[index])


def _extract_with(extractor: Extractor, article: Article) -> Extraction | str:
    """The article's extraction, or the one-line reason it failed: one article must not stop the batch."""
    try:
        return extractor.extract(article)
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"


def _extract(article: Article) -> Extraction | str:
    assert _extractor is not None
    extraction = _extract_with(_extractor, article)
    if not isinstance(extraction, str):
        extraction.article = _SENT_BACK  # the caller has the article: its text need not travel back
    return extraction


#: Stands for the article in an extraction on its way back from a worker (the caller puts it back).
_SENT_BACK = Article("", "")


def extract_all(articles: list[Article], extractor: Extractor, jobs: int,
                ref: Reference | None = None) -> Iterator[Extraction | str]:
    """The extraction of each article, in order, or the one-line reason it failed; ``jobs``
    processes when there are enough articles, else this process with ``extractor``."""
    if jobs <= 1 or len(articles) < MIN_PARALLEL:
        for article in articles:
            yield _extract_with(extractor, article)
        return
    global _forked_articles
    forking = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if forking else "spawn")
    chunk = max(1, min(64, len(articles) // (jobs * 8)))
    _forked_articles = articles if forking else []
    global _extractor
    if forking:  # the workers inherit this process's extractor: no dictionaries built again per batch
        _extractor, initializer, initargs = extractor, None, ()
    else:
        initializer, initargs = _start, (ref, extractor.disabled, extractor.min_confidence)
    try:
        with ProcessPoolExecutor(jobs, mp_context=context, initializer=initializer, initargs=initargs) as pool:
            done = pool.map(_extract_at, range(len(articles)), chunksize=chunk) if forking \
                else pool.map(_extract, articles, chunksize=chunk)
            for article, result in zip(articles, done):
                if not isinstance(result, str):
                    result.article = article
                yield result
    finally:
        _forked_articles = []  # the workers are gone: the parent need not keep the list for them
        _extractor = None

