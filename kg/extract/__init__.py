"""Extraction: actors, roles, events, quantities, topics -> :class:`~kg.model.Extraction`."""
from .core import Extractor
from .output import to_gold

__all__ = ["Extractor", "to_gold"]
