"""Stage times of a build (kg.timing): printed to stderr only when KG_STAGE_TIMES=1 asks for them."""
import io
import re

from kg import build
from kg.timing import Stages

from .conftest import write_two_articles


def test_each_stage_prints_when_it_starts_and_its_seconds_when_the_next_one_starts():
    stream = io.StringIO()
    clock = Stages(enabled=True, stream=stream)
    clock.start("read")
    clock.start("extract")
    clock.stop()
    clock.stop()  # a second stop has no stage left to end
    lines = stream.getvalue().splitlines()
    assert [line.split(":")[0] for line in lines] == ["kg stage read", "kg stage read", "kg stage extract",
                                                      "kg stage extract"]
    assert lines[0].endswith("started") and re.fullmatch(r"kg stage read: \d+\.\d{3} s", lines[1])


def test_a_build_prints_no_stage_times_unless_asked(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("KG_STAGE_TIMES", raising=False)
    build([write_two_articles(tmp_path)], tmp_path / "out", html=False, disk_store=False)
    assert "kg stage" not in capsys.readouterr().err


def test_a_build_asked_for_stage_times_prints_every_stage_in_order(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("KG_STAGE_TIMES", "1")
    build([write_two_articles(tmp_path)], tmp_path / "out", html=True, disk_store=True)
    ended = re.findall(r"^kg stage (\w+): [\d.]+ s$", capsys.readouterr().err, re.M)
    assert ended == ["extract", "fixed", "resolve", "store", "report", "combined", "html"]
