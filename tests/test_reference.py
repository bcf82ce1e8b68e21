"""Reference knowledge: states, organisations, memberships and places, checked against known facts."""
import datetime as dt
import unicodedata

import pyoxigraph as ox
import pytest

from kg.graph.io import read_output
from kg import resources
from kg.extract.gazetteer import Gazetteer, entries_from_reference
from kg.lexicon import lexicon
from kg.normalise import fold, normalise
from kg.reference import default_reference
from kg.reference_check import check_reference


@pytest.fixture(scope="module")
def ref():
    return default_reference()


@pytest.fixture(scope="module")
def gazetteers(ref):
    return {lang: Gazetteer(entries_from_reference(ref, lang), [lexicon(lang)]) for lang in ("ar", "en", "fa")}


def test_the_reference_tables_pass_their_own_check():
    assert [str(p) for p in check_reference()] == []


def test_every_un_member_and_observer_is_present_with_names_in_three_languages(ref):
    members = [s for s in ref.states.values() if s.un_status == "member"]
    observers = {s.code for s in ref.states.values() if s.un_status == "observer"}
    assert len(members) == 193
    assert observers == {"PS", "VA"}
    for s in ref.states.values():
        assert {"en", "ar", "fa"} <= set(s.names), s.code
        assert s.wikidata.startswith("Q"), s.code
    assert {"TW", "XK", "EH"} <= set(ref.states)


SCO_MEMBERS = {
    "CN": None, "IN": dt.date(2017, 6, 9), "IR": dt.date(2023, 7, 4), "KZ": None, "KG": None,
    "PK": dt.date(2017, 6, 9), "RU": None, "TJ": None, "UZ": None, "BY": dt.date(2024, 7, 4),
}


def test_sco_members_and_their_accession_dates(ref):
    today = dt.date(2026, 11, 29)
    assert ref.members("SCO", today) == set(SCO_MEMBERS)
    for code, joined in SCO_MEMBERS.items():
        if joined:
            assert ref.membership(code, "SCO", today).start == joined, code
    assert ref.membership("IR", "SCO", dt.date(2023, 7, 3)).status == "observer"


def test_brics_after_its_2024_and_2025_enlargements(ref):
    members = ref.members("BRICS", dt.date(2026, 11, 29))
    assert {"BR", "RU", "IN", "CN", "ZA", "EG", "ET", "IR", "AE", "ID"} <= members
    assert "ID" not in ref.members("BRICS", dt.date(2024, 12, 1))


def test_at_least_forty_organisations_with_the_schema_codes(ref):
    assert len(ref.organisations) >= 40
    for code in ("SCO", "UN", "BRICS", "EU", "NATO", "ASEAN", "AL", "GCC", "OIC", "CSTO", "CIS", "ECO",
                 "AU", "OPEC", "G20", "G7", "UNSC", "IAEA"):
        org = ref.organisations[code]
        assert org.wikidata.startswith("Q") and {"en", "ar", "fa"} <= set(org.names), code


def test_capitals_stand_for_their_states(ref):
    capitals = ref.capitals()
    assert capitals["tehran"] == "IR" and capitals["dushanbe"] == "TJ"
    assert sum(1 for p in ref.places.values() if p.kind == "capital") >= 190


def _strip(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", text) if not unicodedata.combining(c))


def test_cldr_agrees_with_our_arabic_and_persian_names_or_the_difference_is_justified(ref):
    babel = pytest.importorskip("babel")
    import csv

    justified = set()
    with (resources.reference_dir() / "cldr_differences.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            assert row["justification"].strip(), row
            justified.add((row["code"], row["lang"]))
    unexplained = []
    for lang in ("ar", "fa"):
        territories = babel.Locale(lang).territories
        for code, state in ref.states.items():
            cldr = territories.get(code)
            if not cldr:
                continue
            ours = {fold(f.form) for f in ref.forms if f.entity_kind == "state" and f.entity == code and f.lang == lang}
            if fold(_strip(cldr)) not in ours and (code, lang) not in justified:
                unexplained.append(f"{code}/{lang}: CLDR {cldr!r}, ours {state.names.get(lang)!r}")
    assert unexplained == []


LOOKUPS = [
    ("ar", "إيران", "state", "IR"), ("ar", "ايران", "state", "IR"),
    ("ar", "الجمهورية الإسلامية الإيرانية", "state", "IR"), ("fa", "ایران", "state", "IR"),
    ("en", "Iran", "state", "IR"), ("ar", "الإيراني", "state", "IR"), ("en", "Iranian", "state", "IR"),
    ("fa", "ایرانی", "state", "IR"), ("ar", "وطاجيكستان", "state", "TJ"), ("fa", "تاجیکستان", "state", "TJ"),
    ("en", "Tajikistan", "state", "TJ"), ("ar", "الطاجيكي", "state", "TJ"), ("ar", "الكيان الصهيوني", "state", "IL"),
    ("en", "Zionist regime", "state", "IL"), ("fa", "رژیم صهیونیستی", "state", "IL"), ("ar", "السعودية", "state", "SA"),
    ("en", "Saudi Arabia", "state", "SA"), ("ar", "للسعودية", "state", "SA"), ("ar", "الإمارات", "state", "AE"),
    ("en", "United States", "state", "US"), ("ar", "الولايات المتحدة", "state", "US"), ("fa", "آمریکا", "state", "US"),
    ("ar", "منظمة شنغهاي للتعاون", "organisation", "SCO"), ("fa", "سازمان همکاری شانگهای", "organisation", "SCO"),
    ("en", "Shanghai Cooperation Organisation", "organisation", "SCO"), ("en", "SCO", "organisation", "SCO"),
    ("ar", "جامعة الدول العربية", "organisation", "AL"), ("en", "Arab League", "organisation", "AL"),
    ("ar", "مجلس التعاون الخليجي", "organisation", "GCC"), ("ar", "الأمم المتحدة", "organisation", "UN"),
    ("ar", "طهران", "place", "tehran"), ("fa", "تهران", "place", "tehran"), ("en", "Tehran", "place", "tehran"),
    ("ar", "دوشنبه", "place", "dushanbe"), ("en", "Dushanbe", "place", "dushanbe"), ("ar", "بدوشنبه", "place", "dushanbe"),
]


@pytest.mark.parametrize("lang,text,kind,entity", LOOKUPS)
def test_surface_forms_resolve_after_normalisation(gazetteers, lang, text, kind, entity):
    found = [(m.entry.entity_kind, m.entry.entity) for m in gazetteers[lang].find(normalise(text))]
    assert found and found[0] == (kind, entity), found


def _shared(store, a, b, day):
    query = (resources.queries_dir() / "report-shared-memberships.rq").read_text(encoding="utf-8")
    base = "https://w3id.org/dipkg/id/state/"
    rows = store.query(query, use_default_graph_as_union=True, substitutions={
        ox.Variable("country_a"): ox.NamedNode(base + a),
        ox.Variable("country_b"): ox.NamedNode(base + b),
        ox.Variable("on_date"): ox.Literal(day, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")),
    })
    return {r["code"].value for r in rows}


def test_saved_query_finds_iran_and_tajikistan_in_the_sco_only_from_2023_07_04(seed_build):
    store = ox.Store()
    store.extend(read_output(seed_build))
    assert "SCO" in _shared(store, "IR", "TJ", "2024-01-01")
    assert "SCO" in _shared(store, "IR", "TJ", "2023-07-04")
    assert "SCO" not in _shared(store, "IR", "TJ", "2023-07-03")
