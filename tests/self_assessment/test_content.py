"""The assessments as content: the real files, and the validator on broken copies."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from django.conf import settings

from allykit.self_assessment import bank as bank_module
from allykit.self_assessment.items import FILE, FUNCTIONS, MIN_ITEMS, AssessmentError, load_bank
from allykit.toolkit.site import yaml_contexts

ROOT = Path(settings.CONTENT_DIR)


@pytest.fixture(scope="module")
def bank():
    return bank_module.get_bank()


def test_two_assessments_with_enough_items_in_both_languages(bank):
    for lang in ("en", "fr"):
        assessments = bank.langs[lang].assessments
        assert set(assessments) == {"mentor", "sponsor"}
        assert sum(len(a.items) for a in assessments.values()) >= MIN_ITEMS
        assert len(bank.langs[lang].scale) == 5
    assert bank.langs["en"].scale[0] == "Never" and bank.langs["fr"].scale[-1] == "Toujours"


def test_the_functions_are_the_modules_own(bank):
    mentor = bank.get("en", "mentor")
    # The five mentor functions of the mentorship module (Anderson & Shannon).
    assert [f.title for f in mentor.functions] == [
        "Teaching",
        "Sponsoring",
        "Encouraging",
        "Counselling",
        "Befriending",
    ]
    assert tuple(f.id for f in bank.get("en", "sponsor").functions) == FUNCTIONS["sponsor"]


def test_every_item_cites_a_known_source_and_has_its_function(bank):
    from allykit.toolkit.site import get_site

    refs = get_site().references
    for lang in ("en", "fr"):
        for a in bank.langs[lang].assessments.values():
            fids = {f.id for f in a.functions}
            for item in a.items:
                assert item.function in fids
                assert item.cite and all(k in refs for k in item.cite)
            assert a.cite and "anderson1988" in a.cite


def test_same_ids_in_both_languages(bank):
    for aid in ("mentor", "sponsor"):
        en, fr = bank.get("en", aid), bank.get("fr", aid)
        assert [i.id for i in en.items] == [i.id for i in fr.items]
        assert [(f.id, f.read) for f in en.functions] == [(f.id, f.read) for f in fr.functions]
        assert [i.text for i in en.items] != [i.text for i in fr.items]


def _copy(tmp_path: Path) -> Path:
    for lang in ("en", "fr"):
        (tmp_path / lang).mkdir()
        shutil.copy(ROOT / lang / FILE, tmp_path / lang / FILE)
    return tmp_path


def _load(root: Path, action_ids=None):
    ctxs, anchors = yaml_contexts(FILE)
    return load_bank(root, ctxs, anchors, action_ids)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("lang", "old", "new", "message"),
    [
        (
            "en",
            "cite: [colley2003]",
            "cite: [nosuchkey2099]",
            "unknown citation key 'nosuchkey2099'",
        ),
        ("en", "cite: [colley2003]", "cite: []", "'cite' needs at least one reference key"),
        (
            "en",
            "function: befriending\n        text: I ask",
            "function: friendship\n        text: I ask",
            "function 'friendship' is not one of",
        ),
        ("fr", "id: teach-rules", "id: teach-rule", "differ from en"),
        (
            "en",
            "read: page:mentoring#power",
            "read: page:mentoring#nowhere",
            "no anchor '#nowhere'",
        ),
        ("en", "read: page:bystander", "read: page:nosuchpage", "no page 'nosuchpage'"),
        ("en", "scale: [Never, Rarely, Sometimes, Often, Always]", "scale: [No, Yes]", "'scale'"),
        ("en", "id: befriend-learn", "id: befriend-whole", "duplicate item id 'befriend-whole'"),
    ],
)
def test_validator_reports_file_and_line(tmp_path, lang, old, new, message):
    root = _copy(tmp_path)
    _edit(root / lang / FILE, old, new)
    with pytest.raises(AssessmentError) as exc:
        _load(root)
    text = "\n".join(str(p) for p in exc.value.problems)
    assert message in text
    assert f"content/{lang}/{FILE}:" in text


def test_a_function_needs_two_items(tmp_path):
    root = _copy(tmp_path)
    for lang in ("en", "fr"):
        _edit(
            root / lang / FILE,
            "function: counselling\n        text:",
            "function: teaching\n        text:",
        )
    with pytest.raises(AssessmentError) as exc:
        _load(root)
    assert "function 'counselling' needs at least 2 items" in str(exc.value)


def test_unknown_action_ids_are_reported_when_the_catalogue_is_known(tmp_path):
    root = _copy(tmp_path)
    for lang in ("en", "fr"):
        _edit(
            root / lang / FILE,
            "actions: [ask-which-function, same-access-for-every-mentee]",
            "actions: [ask-which-function, no-such-action]",
        )
    with pytest.raises(AssessmentError) as exc:
        _load(root, action_ids=frozenset({"ask-which-function"}))
    assert "no action 'no-such-action' in the action catalogue" in str(exc.value)
    assert _load(root, action_ids=None)  # without the catalogue there is nothing to check


def test_check_content_reports_the_assessments(capsys):
    from allykit.cli import load_content_or_report

    load_content_or_report()  # the other content's problems are their own tests' business
    out = capsys.readouterr().out
    assert "Self-assessments OK" in out and "Cards OK" in out


def test_every_function_links_real_actions(bank):
    from allykit.action_plan.store import get_catalogue

    catalogue = get_catalogue()
    for a in bank.langs["en"].assessments.values():
        for f in a.functions:
            assert f.actions, f.id
            assert all(x in catalogue for x in f.actions)
