"""Cross-article event resolution (issue 16): reports of one real-world event become one canonical event."""
from __future__ import annotations

import json
import random
import shutil
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import InputError
from kg.graph.io import read_output
from kg.graph.namespaces import DIP
from kg.ids import Minter
from kg.event_types import event_types
from kg.pipeline import build
from kg.resolve import (STATE_FILE, Group, MentionRecord, read_state, read_windows, resolve,
                        resolve_incremental, write_state)

ROOT = Path(__file__).resolve().parent.parent
CLUSTERS = ROOT / "data" / "clusters"
WINDOWS = {"meeting": 1, "visit": 3, "agreement": 1, "statement_criticism": 1, "sanction": 1}
NASIRZADEH = ("aziz-nasirzadeh", "IR", True)
BAQERI = ("mohammad-bagheri", "IR", True)  # as if the reference knew him
SOBIRZODA = ("emomali-sobirzoda", "TJ", True)


def mention(iri: str, article: str, type: str = "meeting", participants=("IR", "TJ"), target=None,
            date: str | None = "2025-04-15", stated: bool = True, **kw) -> MentionRecord:
    return MentionRecord(f"urn:event:{iri}", article, type, tuple(participants), target, kw.pop("status", "occurred"),
                         date, stated, **kw)


def groups_of(mentions, windows=WINDOWS) -> list[tuple[str, ...]]:
    return sorted(g.members for g in resolve(mentions, windows))


# ---------------------------------------------------------------- what merges and what stays apart


def test_three_reports_of_one_meeting_are_one_event_whatever_the_host_order():
    found = groups_of([mention("a", "wire1"), mention("b", "wire2", participants=("TJ", "IR")),
                       mention("c", "wire3", date="2025-04-16", stated=False)])
    assert found == [("urn:event:a", "urn:event:b", "urn:event:c")]


def test_two_meetings_of_the_same_pair_a_month_apart_stay_two():
    assert len(groups_of([mention("a", "w1"), mention("b", "w2", date="2025-05-15")])) == 2


def test_directed_types_keep_who_acts_on_whom():
    iran_criticises_israel = mention("a", "w1", "statement_criticism", ("IR",), "IL")
    israel_criticises_iran = mention("b", "w2", "statement_criticism", ("IL",), "IR")
    assert len(groups_of([iran_criticises_israel, israel_criticises_iran])) == 2


def test_a_target_repeated_among_the_participants_is_the_same_act():
    congratulates = mention("a", "w1", "congratulation", ("IR", "TJ"), "TJ")
    congratulates_target_only = mention("b", "w2", "congratulation", ("IR",), "TJ")
    assert len(groups_of([congratulates, congratulates_target_only])) == 1


def test_a_different_place_splits_and_a_missing_place_does_not():
    assert len(groups_of([mention("a", "w1", place="tehran"), mention("b", "w2", place="dushanbe")])) == 2
    assert len(groups_of([mention("a", "w1", place="tehran"), mention("b", "w2")])) == 1


def test_different_reference_persons_for_one_state_split_a_day_of_meetings():
    # The defence ministers met on Tuesday; the chief of staff met the Tajik minister on Wednesday.
    minister = mention("a", "w1", persons=(NASIRZADEH, SOBIRZODA))
    chief_of_staff = mention("b", "w2", date="2025-04-16", persons=(BAQERI, SOBIRZODA))
    assert len(groups_of([minister, chief_of_staff])) == 2


def test_persons_named_for_different_states_or_missing_do_not_split():
    assert len(groups_of([mention("a", "w1", persons=(NASIRZADEH,)), mention("b", "w2", persons=(SOBIRZODA,)),
                          mention("c", "w3")])) == 1


def test_persons_missing_from_the_reference_are_compared_within_a_language_only():
    arabic = mention("a", "w1", persons=(("h1234", "IR", False),), lang="ar")
    persian = mention("b", "w2", persons=(("h9876", "IR", False),), lang="fa")
    assert len(groups_of([arabic, persian])) == 1
    minister = mention("c", "w3", persons=(NASIRZADEH,), lang="en")
    chief_of_staff = mention("d", "w4", persons=(("mohammad-bagheri", "IR", False),), lang="en")
    assert len(groups_of([minister, chief_of_staff])) == 2


def test_a_planned_meeting_and_the_meeting_held_stay_apart():
    assert len(groups_of([mention("a", "w1", status="planned"), mention("b", "w2")])) == 2


def test_the_window_comes_from_the_type():
    visit_reports = [mention("a", "w1", "visit", date="2025-04-14"), mention("b", "w2", "visit", date="2025-04-17")]
    meeting_reports = [mention("c", "w1", date="2025-04-14"), mention("d", "w2", date="2025-04-17")]
    assert len(groups_of(visit_reports)) == 1
    assert len(groups_of(meeting_reports)) == 2


def test_an_undated_report_joins_the_one_event_with_the_same_people_on_both_sides_and_no_guess_among_several():
    dated = mention("a", "w1", place="tehran", persons=(NASIRZADEH, SOBIRZODA))
    undated = mention("u", "seed", date=None, stated=False, place="tehran", persons=(NASIRZADEH, SOBIRZODA))
    assert groups_of([dated, undated]) == [("urn:event:a", "urn:event:u")]
    later = mention("b", "w2", date="2025-09-01", place="tehran", persons=(NASIRZADEH, SOBIRZODA))
    assert groups_of([dated, later, undated]) == [("urn:event:a",), ("urn:event:b",), ("urn:event:u",)]


def test_an_undated_report_sharing_one_person_stays_alone():
    # The foreign minister criticises Israel in many articles; one name does not make them one statement.
    dated = mention("a", "w1", "statement_criticism", ("IR",), "IL", persons=(("abbas-araghchi", "IR", True),))
    undated = mention("u", "w2", "statement_criticism", ("IR",), "IL", date=None, stated=False,
                      persons=(("abbas-araghchi", "IR", True),))
    assert len(groups_of([dated, undated])) == 2


def test_an_undated_report_of_the_same_two_people_without_a_place_stays_alone():
    # Two presidents congratulate each other every year.
    tokayev, lukashenko = ("kassym-jomart-tokayev", "KZ", True), ("alexander-lukashenko", "BY", True)
    dated = mention("a", "w1", "congratulation", ("KZ", "BY"), "BY", persons=(tokayev, lukashenko))
    undated = mention("u", "w2", "congratulation", ("KZ", "BY"), "BY", date=None, stated=False,
                      persons=(tokayev, lukashenko))
    assert len(groups_of([dated, undated])) == 2


def test_an_undated_report_with_only_a_matching_place_stays_alone():
    signing = mention("a", "w1", "agreement", place="dushanbe", count=23)
    recalled = mention("u", "seed", "agreement", date=None, stated=False, place="dushanbe", count=22)
    assert len(groups_of([signing, recalled])) == 2


def test_conflicting_counts_and_dates_are_flagged_and_kept_per_mention():
    (g,) = resolve([mention("a", "w1", "agreement", count=23), mention("b", "w2", "agreement", count=20,
                                                                        date="2025-04-16")], WINDOWS)
    assert g.conflicts() == ["count", "date"]
    assert sorted(m.count for m in g.mentions) == [20, 23]


def test_a_report_read_from_its_article_date_is_no_date_conflict():
    (g,) = resolve([mention("a", "w1"), mention("b", "w2", date="2025-04-16", stated=False)], WINDOWS)
    assert g.conflicts() == []


# ---------------------------------------------------------------- determinism and incremental resolution

DATES = [f"2025-04-{d:02d}" for d in range(10, 20)]


@st.composite
def corpora(draw) -> list[MentionRecord]:
    out = []
    for i in range(draw(st.integers(1, 30))):
        kind = draw(st.sampled_from(["meeting", "visit", "statement_criticism"]))
        pair = draw(st.sampled_from([("IR", "TJ"), ("TJ", "IR"), ("IR", "RU")]))
        out.append(mention(f"{i:03d}", f"art{draw(st.integers(0, 9))}", kind, pair,
                           date=draw(st.sampled_from([*DATES, None])), stated=draw(st.booleans()),
                           place=draw(st.sampled_from([None, "tehran", "dushanbe"])),
                           persons=draw(st.sampled_from([(), (NASIRZADEH,), (BAQERI,), (NASIRZADEH, SOBIRZODA)])),
                           count=draw(st.sampled_from([None, 20, 23]))))
    return out


def _summary(groups: list[Group]) -> list[tuple[str, tuple[str, ...]]]:
    return [(g.iri, g.members) for g in groups]


@settings(max_examples=60, deadline=None)
@given(corpora(), st.randoms(use_true_random=False))
def test_the_same_mentions_in_any_order_give_the_same_groups_and_iris(mentions, rnd):
    shuffled = list(mentions)
    rnd.shuffle(shuffled)
    assert _summary(resolve(shuffled, WINDOWS)) == _summary(resolve(mentions, WINDOWS))


@settings(max_examples=60, deadline=None)
@given(corpora(), st.randoms(use_true_random=False))
def test_resolving_batch_after_batch_equals_resolving_everything_at_once(mentions, rnd):
    articles = sorted({m.article for m in mentions})
    rnd.shuffle(articles)
    cut = sorted(rnd.sample(range(len(articles) + 1), k=min(2, len(articles) + 1)))
    groups: list[Group] = []
    for batch in (articles[:cut[0]], articles[cut[0]:cut[-1]], articles[cut[-1]:]):
        new = [m for m in mentions if m.article in batch]
        groups = resolve_incremental(groups, batch, new, WINDOWS)
    # and an article extracted again (its events changed) replaces its old mentions
    if articles:
        again = articles[0]
        changed = [replace(m, date="2025-04-19") for m in mentions if m.article == again]
        groups = resolve_incremental(groups, [again], changed, WINDOWS)
        mentions = [m for m in mentions if m.article != again] + changed
    assert _summary(groups) == _summary(resolve(mentions, WINDOWS))


def test_blocks_no_changed_article_touches_keep_their_groups_as_they_were():
    before = resolve([mention("a", "w1"), mention("b", "w2", "visit")], WINDOWS)
    after = resolve_incremental(before, ["w3"], [mention("c", "w3", "visit")], WINDOWS)
    assert next(g for g in after if g.block[0] == "meeting") is next(g for g in before if g.block[0] == "meeting")


def test_the_state_file_gives_back_the_groups(tmp_path):
    groups = resolve([mention("a", "w1", persons=(NASIRZADEH,), count=0, outlet="irna.ir", lang="en"),
                      mention("b", "w2", date=None, stated=False)], WINDOWS)
    write_state(groups, tmp_path / STATE_FILE)
    assert _summary(read_state(tmp_path / STATE_FILE)) == _summary(groups)
    assert [g.mentions for g in read_state(tmp_path / STATE_FILE)] == [g.mentions for g in groups]


def test_a_broken_state_line_is_named(tmp_path):
    (tmp_path / STATE_FILE).write_text('{"group": "urn:g"}\nnot json\n', encoding="utf-8")
    with pytest.raises(InputError, match=rf"{STATE_FILE}:1"):
        read_state(tmp_path / STATE_FILE)


def test_every_event_type_has_a_window_with_a_reason():
    assert set(read_windows()) == set(event_types())


def test_a_bad_window_row_is_named_by_file_and_row(tmp_path):
    path = tmp_path / "windows.csv"
    path.write_text("type,days,why\nmeeting,1,one day\nvisit,soon,a few days\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"windows.csv:3.*whole number"):
        read_windows(path)


# ---------------------------------------------------------------- the build and kg dyad (issue 16 acceptance)

C01 = [CLUSTERS / "en" / "c01_en_ir_tj_defence_ministers_tehran.txt",
       CLUSTERS / "fa" / "c01_fa_ir_tj_defence_ministers_tehran.txt"]
C02 = [CLUSTERS / "en" / "c02_en_ir_tj_pezeshkian_dushanbe_signing.txt",
       CLUSTERS / "ar" / "c02_ar_ir_tj_pezeshkian_dushanbe_signing.txt"]


@pytest.fixture(scope="module")
def three_reports(seeds: Path, tmp_path_factory) -> Path:
    """The seed article and two reports (English, Persian) of the same meeting, with the two reports
    of a signing that give different counts."""
    folder = tmp_path_factory.mktemp("reports")
    for path in [seeds / "000_fa529241b47a1e68.txt", *C01, *C02]:
        shutil.copy(path, folder / path.name)
    out = tmp_path_factory.mktemp("three-reports")
    result = CliRunner().invoke(app, ["build", str(folder), "--out", str(out), "--no-html", "--no-disk-store", "-q"])
    assert result.exit_code == 0, result.output
    return out


def _dyad(out: Path, *args: str) -> dict:
    result = CliRunner().invoke(app, ["dyad", str(out), "IR", "TJ", "--json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_the_seed_and_two_reports_of_its_meeting_are_one_meeting_reported_by_three_articles(three_reports):
    profile = _dyad(three_reports, "--all")  # every report of every event (by default, two of each)
    (meeting,) = [e for e in profile["events"] if e["type"] == "meeting" and e["place"] == "tehran"]
    assert meeting["mentions"] == 3
    assert sorted(r["article"] for r in meeting["reports"]) == [
        "000_fa529241b47a1e68", "c01_en_ir_tj_defence_ministers_tehran", "c01_fa_ir_tj_defence_ministers_tehran"]
    assert all(r["quote"] for r in meeting["reports"])
    assert meeting["date"] == "2025-04-15"


def test_counting_mentions_lists_every_report_of_the_meeting(three_reports):
    profile = _dyad(three_reports, "--count", "mentions")
    assert len([e for e in profile["events"] if e["type"] == "meeting" and e["place"] == "tehran"]) == 3
    assert profile["total"] > _dyad(three_reports)["total"]


def test_conflicting_counts_are_kept_with_their_reports_and_flagged(three_reports):
    (signing,) = [e for e in _dyad(three_reports)["events"] if e["type"] == "agreement" and e["date"] == "2025-01-16"]
    assert signing["conflicts"] == ["count"]
    assert signing["documents"] is None  # no count is picked
    assert sorted(r["documents"] for r in signing["reports"]) == [20, 23]
    store = ox.Store()
    store.extend(read_output(three_reports))
    canonical = ox.NamedNode(signing["event"])
    flags = list(store.quads_for_pattern(canonical, ox.NamedNode(str(DIP.conflictingCount)), None, None))
    assert [q.object.value for q in flags] == ["true"]
    assert flags[0].graph_name == ox.NamedNode(str(Minter().canonical_graph()))


def test_the_canonical_graph_passes_the_shapes(three_reports):
    from kg.graph.validate import validate_file

    assert [v for v in validate_file(three_reports) if "canonical" in v.message.lower()
            or "mention" in v.message.lower()] == []


def test_building_article_by_article_gives_the_canonical_graph_of_one_build(seeds, three_reports, tmp_path):
    out = tmp_path / "out"
    for batch in ([seeds / "000_fa529241b47a1e68.txt", C02[0]], [C01[1]], [C01[0], C02[1]]):
        assert build(batch, out, html=False, disk_store=False).ok
    assert (out / STATE_FILE).read_bytes() == (three_reports / STATE_FILE).read_bytes()
    graph = Minter().canonical_graph()
    one, many = ox.Store(), ox.Store()
    one.extend(read_output(three_reports))
    many.extend(read_output(out))
    assert set(many.quads_for_pattern(None, None, None, ox.NamedNode(str(graph)))) == \
        set(one.quads_for_pattern(None, None, None, ox.NamedNode(str(graph))))


def test_a_build_resolves_every_article_of_the_folder_from_the_manifest_without_extracting_it_again(tmp_path):
    out = tmp_path / "out"
    assert build([C01[0]], out, html=False, disk_store=False).ok
    (out / STATE_FILE).unlink()  # lost: the manifest keeps every article's mentions
    result = build([C01[1]], out, html=False, disk_store=False)
    assert result.run["extracted"] == 1  # the English report is not extracted again
    (meeting,) = [g for g in read_state(out / STATE_FILE) if g.block[0] == "meeting"]
    assert sorted(m.article for m in meeting.mentions) == sorted(p.stem for p in C01)


def test_the_pair_page_says_how_many_articles_report_the_meeting(seeds, tmp_path):
    out = tmp_path / "out"
    assert build([seeds / "000_fa529241b47a1e68.txt", *C01], out, disk_store=False).ok
    page = (out / "dyads" / "IR-TJ.html").read_text(encoding="utf-8")
    assert "3 reports" in page


def test_the_canonical_graph_of_a_signing_with_two_counts_is_the_one_written_by_hand():
    from kg.graph.canonical import canonical_quads

    en = mention("en", "c02_en", "agreement", ("IR", "TJ"), date="2025-01-16", place="dushanbe", count=23,
                 outlet="en.irna.ir", article_date="2025-01-16", persons=(("masoud-pezeshkian", "IR", True),))
    ar = mention("ar", "c02_ar", "agreement", ("TJ", "IR"), date="2025-01-16", place="dushanbe", count=20,
                 outlet="arabic.example", article_date="2025-01-17")
    (group,) = resolve([en, ar], WINDOWS)
    found = ox.Dataset(canonical_quads([group], Minter()))
    text = (ROOT / "tests" / "fixtures" / "resolve" / "signing.trig").read_text(encoding="utf-8")
    expected = ox.Dataset(ox.parse(text.replace("CANONICAL", group.iri.rsplit("/", 1)[1]), format=ox.RdfFormat.TRIG))
    assert set(found) == set(expected)


def test_a_graph_without_canonical_events_counts_each_report_as_an_event(three_reports):
    from kg.analyse.dyad import dyad_profile

    store = ox.Store()
    store.extend(read_output(three_reports))
    store.remove_graph(ox.NamedNode(str(Minter().canonical_graph())))  # as a build before resolution left it
    events, mentions = dyad_profile(store, "IR", "TJ"), dyad_profile(store, "IR", "TJ", count="mentions")
    assert events["total"] == mentions["total"] == events["mentions"]
    assert all(e["mentions"] == 1 and len(e["reports"]) == 1 for e in events["events"])


def test_the_state_network_counts_a_real_world_event_once_however_many_articles_report_it(three_reports):
    from kg.analyse.aggregates import state_network
    from kg.graph.io import load_store

    store = load_store(three_reports)
    _, dyads = state_network(store)
    reported = {k: int(r["n"].value) for k, r in (
        (str(r["t"].value).rsplit("/", 1)[1], r) for r in store.query(
            "SELECT ?t (COUNT(?e) AS ?n) WHERE { GRAPH ?g { ?e <https://w3id.org/dipkg/ontology#eventType> ?t } } "
            "GROUP BY ?t"))}
    # The Tehran meeting is reported by three articles and the Dushanbe signing by two: each counts once.
    assert dyads["IR"]["TJ"]["types"]["meeting"] == reported["meeting"] - 2
    assert dyads["IR"]["TJ"]["types"]["agreement"] == reported["agreement"] - 1


def test_a_build_stopped_before_resolution_is_resolved_by_the_next_one(tmp_path, monkeypatch):
    import kg.pipeline

    out = tmp_path / "out"
    assert build([C01[0]], out, html=False, disk_store=False).ok

    def stopped(*args, **kwargs):
        raise KeyboardInterrupt  # as a kill between recording the articles and resolving them
    with monkeypatch.context() as patched:
        patched.setattr(kg.pipeline, "_resolve_stage", stopped)
        with pytest.raises(KeyboardInterrupt):
            build([C01[1]], out, html=False, disk_store=False)
    again = build([C01[1]], out, html=False, disk_store=False)
    assert again.run["extracted"] == 0  # recorded by the stopped build
    (meeting,) = [g for g in read_state(out / STATE_FILE) if g.block[0] == "meeting"]
    assert sorted(m.article for m in meeting.mentions) == sorted(p.stem for p in C01)


def test_the_canonical_and_aggregates_graphs_written_as_lines_are_the_bytes_of_their_quads(tmp_path):
    from kg.analyse.aggregates import count, reports_of_groups
    from kg.graph.aggregate_graph import aggregate_lines, aggregate_quads
    from kg.graph.canonical import canonical_lines, canonical_quads
    from kg.graph.files import write_graph_file, write_lines_file
    from kg.reference import default_reference

    signed = mention("en", "c02_en", "agreement", ("IR", "TJ"), date="2025-01-16", place="dushanbe",
                     count=23, outlet="en.irna.ir", article_date="2025-01-16",
                     persons=(("masoud-pezeshkian", "IR", True),))
    others = [mention("ar", "c02_ar", "agreement", ("TJ", "IR"), date="2025-01-16", place="dushanbe", count=20,
                      outlet="arabic.example", article_date="2025-01-17"),
              mention("fa", "c03_fa", "statement_praise", ("IR",), target="TJ", date=None, article_date=None)]
    groups, m = resolve([signed, *others], WINDOWS), Minter()
    counts = count(reports_of_groups(groups, default_reference().states, m))
    for name, quads, lines in (("canonical", canonical_quads(groups, m), canonical_lines(groups, m)),
                               ("aggregates", aggregate_quads(counts, m), aggregate_lines(counts, m))):
        assert write_lines_file(tmp_path / f"{name}-lines.nq", lines) == write_graph_file(tmp_path / f"{name}.nq", quads)
        assert (tmp_path / f"{name}-lines.nq").read_bytes() == (tmp_path / f"{name}.nq").read_bytes()
