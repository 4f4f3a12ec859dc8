"""Presentation helpers: highlight segments, number formats, name masking."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from allykit.writing_checker.highlights import segments
from allykit.writing_checker.names import check_with_name, mask
from allykit.writing_checker.typo import fmt_dec, fmt_int, fmt_pct, spacing


def flag(start, end, severity="warning", category="effort"):
    return {"start": start, "end": end, "severity": severity, "category": category}


def test_segments_plain_and_marked():
    text = "abc def ghi"
    parts = segments(text, [flag(4, 7)])
    assert [p["text"] for p in parts] == ["abc ", "def", " ghi"]
    assert parts[1]["refs"][0]["number"] == 1


def test_overlapping_flags_share_one_highlight_with_one_ref_each():
    text = "the best woman engineer here"
    flags = [flag(4, 8, "note"), flag(4, 14), flag(9, 23)]
    parts = segments(text, flags)
    assert [p["text"] for p in parts] == ["the ", "best woman engineer", " here"]
    assert [r["number"] for r in parts[1]["refs"]] == [1, 2, 3]
    assert parts[1]["severity"] == "warning"


def test_notes_only_highlight_is_a_note():
    parts = segments("ab", [flag(0, 2, "note")])
    assert parts[0]["severity"] == "note"


@given(st.text(max_size=40), st.lists(st.tuples(st.integers(0, 40), st.integers(0, 10))))
def test_segments_rebuild_the_text(text, spans):
    flags = sorted(
        (flag(min(s, len(text)), min(s + n, len(text))) for s, n in spans if n),
        key=lambda f: (f["start"], f["end"]),
    )
    flags = [f for f in flags if f["end"] > f["start"]]
    parts = segments(text, flags)
    assert "".join(p["text"] for p in parts) == text
    assert sum(len(p.get("refs", ())) for p in parts) == len(flags)


def test_formats():
    assert fmt_int(100000, "en") == "100,000" and fmt_int(100000, "fr") == "100\u00a0000"
    assert fmt_dec(31.25, "fr") == "31,25" and fmt_dec(2.0, "en") == "2"
    assert fmt_pct(1 / 3, "fr") == "33\u00a0%" and fmt_pct(None, "en") == "n/a"
    assert spacing("Note : « oui »", "fr") == "Note\u00a0: «\u00a0oui\u00a0»"
    assert spacing("Note : yes", "en") == "Note : yes"


def test_mask_keeps_length_and_only_capitalised_words():
    text = "Grace Hopper showed grace. Grace agreed."
    masked, back = mask(text, "Grace Hopper")
    assert len(masked) == len(text)
    assert "grace." in masked and "Grace" not in masked
    assert set(back.values()) == {"Grace", "Hopper"}


def test_name_masking_keeps_the_first_name_rule_and_unmasks_alternatives():
    text = "I recommend Bold Okafor. Dr. Lee agrees. Bold is bold."
    report = check_with_name(text, "letter", "en", name="Bold Okafor")
    texts = [(f["text"], f["category"]) for f in report["flags"]]
    assert ("bold", "agentic") in texts
    assert ("Bold", "agentic") not in texts
    for f in report["flags"]:
        assert text[f["start"] : f["end"]] == f["text"]
        assert not any(a.startswith("Q") and "Okafor" not in a for a in f["alternatives"])


def test_blank_name_is_a_plain_check():
    assert check_with_name("She is caring.", "letter", "en", name="  ")["flags"]
