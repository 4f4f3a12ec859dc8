"""allykit.typography: the one French typography and number module."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from allykit.typography import (
    NBSP,
    english_quotes,
    fmt_dec,
    fmt_int,
    fmt_pct,
    fmt_trimmed,
    french_spacing,
    spacing,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ligne 3 : « x » 25 %", f"Ligne 3{NBSP}: «{NBSP}x{NBSP}» 25{NBSP}%"),
        ("Note: oui", f"Note{NBSP}: oui"),
        ("«oui»", f"«{NBSP}oui{NBSP}»"),
        ("Vraiment ? Oui ! Non ; peut-être", "Vraiment? Oui! Non; peut-être"),
        ("25% et 30 $", f"25{NBSP}% et 30{NBSP}$"),
        ("https://a.b 10:30 (%) fr.effort.x", "https://a.b 10:30 (%) fr.effort.x"),
        ("Titre :</strong> texte", f"Titre{NBSP}:</strong> texte"),
        (f"Déjà{NBSP}: bon", f"Déjà{NBSP}: bon"),
        ("Fine\u202f: thin", f"Fine{NBSP}: thin"),
    ],
)
def test_french_spacing(text, expected):
    assert french_spacing(text) == expected


@given(st.text(alphabet=" :;!?«»%$ab1/", max_size=30))
def test_french_spacing_is_idempotent(text):
    once = french_spacing(text)
    assert french_spacing(once) == once


def test_spacing_is_each_languages_own():
    assert spacing("Note : « oui »", "fr") == f"Note{NBSP}: «{NBSP}oui{NBSP}»"
    assert spacing('Note : "yes"', "en") == "Note : “yes”"
    assert spacing("Note : oui", "fr-ca") == f"Note{NBSP}: oui"
    assert spacing('Il a dit "non"', "fr") == 'Il a dit "non"'  # French quotes are « »


@pytest.mark.parametrize(
    ("text", "before", "expected"),
    [
        ('She said "yes".', "", "She said “yes”."),
        ('All-male panels ("manels")', "", "All-male panels (“manels”)"),
        ('"Dr", "Ms"', "", "“Dr”, “Ms”"),
        ("“Already” curled, don't", "", "“Already” curled, don't"),  # apostrophes stay straight
        ('" after a link', "d", "” after a link"),  # the run's text ended in a word
        ('"next', " ", "“next"),
        ('a—"b"', "", "a—“b”"),
    ],
)
def test_english_quotes(text, before, expected):
    assert english_quotes(text, before) == expected


@given(st.text(alphabet=' "ab.(—', max_size=30))
def test_english_quotes_leaves_no_straight_double_quote_and_is_idempotent(text):
    once = english_quotes(text)
    assert '"' not in once and english_quotes(once) == once


def test_numbers():
    assert fmt_int(100000, "en") == "100,000" and fmt_int(100000, "fr") == f"100{NBSP}000"
    assert fmt_dec(12.5, "fr") == "12,5" and fmt_dec(12.5, "en") == "12.5"
    assert fmt_dec(40, "fr") == "40,0" and fmt_dec(3.14159, "en", 2) == "3.14"
    assert fmt_dec(1234.5, "fr") == f"1{NBSP}234,5"
    assert fmt_trimmed(31.25, "fr") == "31,25" and fmt_trimmed(2.0, "en") == "2"
    assert fmt_trimmed(12.50, "en") == "12.5" and fmt_trimmed(1000, "fr") == f"1{NBSP}000"
    assert fmt_pct(1 / 3, "fr") == f"33{NBSP}%" and fmt_pct(None, "en") == "n/a"
    assert fmt_pct(0.125, "fr", 1) == f"12,5{NBSP}%" and fmt_pct(0.4, "en") == "40%"
    assert fmt_pct(None, "fr") == "s.o."


@given(st.floats(min_value=0, max_value=1e6, allow_nan=False), st.integers(0, 3))
def test_french_and_english_numbers_say_the_same(value, digits):
    en, fr = fmt_dec(value, "en", digits), fmt_dec(value, "fr", digits)
    assert fr == en.replace(",", NBSP).replace(".", ",")
    assert float(en.replace(",", "")) == pytest.approx(value, abs=10**-digits)
