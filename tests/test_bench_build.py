"""The end-to-end build benchmark's clock (benchmarks/build.py): caps, stages reached, memory."""
from __future__ import annotations

import sys

from benchmarks.build import print_table, timed

STAGES_THEN_SLEEP = ("import sys, time; print('kg stage read: started', file=sys.stderr, flush=True); "
                     "print('kg stage read: 0.250 s', file=sys.stderr, flush=True); "
                     "print('kg stage html: started', file=sys.stderr, flush=True); time.sleep(60)")


def test_a_command_past_its_cap_is_stopped_and_names_the_stage_it_had_reached(tmp_path, capsys):
    figures = timed([sys.executable, "-c", STAGES_THEN_SLEEP], cap=1.5, log=tmp_path / "log")
    assert figures["stopped"] and not figures["ok"] and figures["wall_s"] < 10
    assert figures["reached"] == "html" and figures["stages"] == {"read": 0.25}
    print_table([{"articles": 10, "full": dict(figures, load_avg=0.5, log=str(tmp_path / "log"))}], cap=1.5)
    assert "did not finish in 2 s (stage html)" in capsys.readouterr().out


def test_memory_counts_the_workers_a_command_starts(tmp_path):
    parent_and_child = ("import subprocess, sys, time; b = bytearray(150 * 2**20); "
                        "subprocess.run([sys.executable, '-c', 'b = bytearray(150 * 2**20); import time; time.sleep(1.5)'])")
    figures = timed([sys.executable, "-c", parent_and_child], cap=30, log=tmp_path / "log")
    assert figures["ok"] and figures["returncode"] == 0
    assert figures["peak_rss_mb"] >= 150  # the kernel's figure: the largest single process
    assert figures["tree_pss_mb"] >= 290  # both processes at once


def test_stdout_goes_to_its_own_file_and_a_failure_is_not_ok(tmp_path):
    figures = timed([sys.executable, "-c", "print('answer'); import sys; sys.exit(3)"], cap=30,
                    log=tmp_path / "log", stdout=tmp_path / "out")
    assert (tmp_path / "out").read_text() == "answer\n" and not figures["ok"] and figures["returncode"] == 3
