"""Issue 18: no refusal without a next step. Every error that stops the reading says what was
found and what to do, in both languages."""

from __future__ import annotations

import pytest

from allykit.panelaudit import PanelInputError, parse_table
from allykit.panelaudit.messages import problem_message
from allykit.panelaudit.strings import PROBLEMS

REFUSALS = [
    (b"", None),
    (b"session,role,gender\n", None),
    (b"just text\nmore\n", None),
    (b'{"foo": 1}', "s.json"),
    (b"{not json", "s.json"),
    (b"<foo/>", "s.xml"),
    (b"<schedule", "s.xml"),
    (b"colour,size\nred,3\n", None),
    (b'a,b\n"x', None),
]
VERBS = (
    "Separate",
    "Paste",
    "paste",
    "Save",
    "Download",
    "Export",
    "Add",
    "Name",
    "Split",
    "Delete",
    "Check",
    "choose",
    "Choose",
    "give",
    "Give",
    "Fill",
    "use",
    "Use",
)


@pytest.mark.parametrize("data, filename", REFUSALS)
def test_each_refusal_says_what_to_do(data, filename):
    with pytest.raises(PanelInputError) as caught:
        parse_table(data, filename)
    message = caught.value.message("en")
    assert any(verb in message for verb in VERBS), message
    assert caught.value.message("fr") != message


@pytest.mark.parametrize("code", ["bad_json", "bad_xml", "bad_schedule"])
def test_not_a_schedule_messages_name_the_export_urls(code):
    for lang in ("en", "fr"):
        text = problem_message(code, lang, detail="x")
        assert "schedule." in text and ("pretalx" in text or "frab" in text)


def test_every_problem_code_has_english_text():
    assert all(PROBLEMS.values())
