"""Errors that kg raises on purpose. Each carries a one-line message fit for a user's terminal.

The CLI maps them to exit codes: an :class:`InputError` skips one input (exit 1 at the end of the
batch), a :class:`UsageError` stops the command (exit 2).
"""
from __future__ import annotations


class KgError(Exception):
    """Base class: the message is one line, naming the file and the problem."""


class InputError(KgError):
    """One input (a file, a JSON Lines row) could not be read; the rest of the batch goes on."""

    def __init__(self, source: str, problem: str):
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class UsageError(KgError):
    """The command was called wrongly (missing path, unknown format, bad option)."""

