"""Seconds of each stage of a build, on stderr, when the environment asks for them (``KG_STAGE_TIMES=1``).

Off, a clock costs nothing and prints nothing. On, each stage prints a line when it starts and one
when it ends, so that a build stopped part-way still tells which stage it had reached
(``benchmarks/build.py`` reads them)::

    kg stage extract: started
    kg stage extract: 12.345 s

>>> clock = Stages(enabled=False)
>>> clock.start("read"); clock.start("extract"); clock.stop()
"""
from __future__ import annotations

import os
import sys
import time
from typing import TextIO

ENVIRONMENT = "KG_STAGE_TIMES"


class Stages:
    """Times consecutive stages: :meth:`start` ends the stage running, :meth:`stop` the last one."""

    def __init__(self, enabled: bool | None = None, stream: TextIO | None = None):
        self.enabled = os.environ.get(ENVIRONMENT) == "1" if enabled is None else enabled
        self.stream = stream
        self._name: str | None = None
        self._started = 0.0

    def _print(self, line: str) -> None:
        print(f"kg stage {line}", file=self.stream or sys.stderr, flush=True)

    def start(self, name: str) -> None:
        if not self.enabled:
            return
        self.stop()
        self._name, self._started = name, time.perf_counter()
        self._print(f"{name}: started")

    def stop(self) -> None:
        if self.enabled and self._name is not None:
            self._print(f"{self._name}: {time.perf_counter() - self._started:.3f} s")
            self._name = None
