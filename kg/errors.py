"""Errors that kg raises on purpose. Each carries a one-line message fit for a user's terminal.

The CLI maps them to exit codes: an :class:`InputError` skips one input (exit 1 at the end of the
batch), a :class:`UsageError` stops the command (exit 2), an :class:`OutputError` stops it too but
is not the caller's mistake (exit 1).
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


class LexiconError(KgError):
    """A lexicon file says something the rules do not know (an unknown setting, trigger note...):
    an error when the lexicons load, not a silent no-op."""



class OutputError(KgError):
    """An output could not be written (read-only folder, full disk, no permission, folder busy).

    The command stops; what the previous run wrote is left as it was. The CLI exits with 1.
    """

    def __init__(self, path: str, problem: str):
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")
