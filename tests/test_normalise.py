"""Normalisation folds Arabic and Persian script for matching and keeps a map to the original."""
from hypothesis import given, strategies as st

from kg.normalise import fold, match_key, normalise

ARABIC_CHARS = st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويأإآةىؤئءًٌٍَُِّْـ٠١٢٣٤٥٦٧٨٩۰۱۲ﻻﺍ\u200c\u200b\u00a0 abcXYZ,.،"))


def test_diacritics_tatweel_and_hamza_forms_fold_away():
    assert fold("هنّأ") == "هنا"
    assert fold("وزيراً") == "وزيرا"
    assert fold("إيـــران") == "ايران"
    assert fold("الإيرانية") == "الايرانيه"
    assert fold("مستشفى") == "مستشفي"


def test_digits_become_ascii():
    assert fold("٢٢ وثيقة") == "22 وثيقه"
    assert fold("۱۴۰۳") == "1403"


def test_persian_letters_fold_to_arabic_ones():
    assert fold("تاجیکستان") == fold("تاجيكستان")


def test_invisible_characters_and_no_break_spaces():
    assert fold("نصیر\u200cزاده") == "نصيرزاده"
    assert fold("a\u00a0b") == "a b"


def test_presentation_forms_decompose():
    assert fold("ﻻ") == "لا"


def test_match_key_is_case_and_space_insensitive():
    assert match_key("  Shanghai   Cooperation ") == "shanghai cooperation"


@given(st.text(ARABIC_CHARS, max_size=80))
def test_every_folded_character_points_into_the_original(text):
    n = normalise(text)
    assert len(n.index) == len(n.text)
    assert all(0 <= i < len(text) for i in n.index)
    assert list(n.index) == sorted(n.index)


@given(st.text(ARABIC_CHARS, max_size=80), st.data())
def test_folded_spans_map_back_to_original_spans_that_fold_to_the_same_text(text, data):
    n = normalise(text)
    if not n.text:
        return
    start = data.draw(st.integers(0, len(n.text) - 1))
    end = data.draw(st.integers(start + 1, len(n.text)))
    o_start, o_end = n.original_span(start, end)
    assert fold(text[o_start:o_end]).strip() == n.text[start:end].strip() or \
        n.text[start:end] in fold(text[o_start:o_end])
