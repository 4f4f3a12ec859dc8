"""The scenario bank: the real content, and the validator on broken files (pure Python)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from django.conf import settings

from allykit.practice import bank as bank_module
from allykit.practice import quotes
from allykit.practice.scenarios import DS, MIN_SCENARIOS, POSITIONS, SETTINGS, BankError

ROOT = Path(settings.CONTENT_DIR)


@pytest.fixture(scope="module")
def bank():
    return bank_module.get_bank()


def test_bank_has_enough_scenarios_in_both_languages(bank):
    assert len(bank.langs["en"]) >= MIN_SCENARIOS
    assert [s.id for s in bank.langs["en"]] == [s.id for s in bank.langs["fr"]]


def test_every_scenario_is_complete(bank):
    for lang in ("en", "fr"):
        for s in bank.langs[lang]:
            assert s.setting in SETTINGS and s.position in POSITIONS
            assert 3 <= len(s.responses) <= 5
            assert all(r.d in DS for r in s.responses)
            assert all(
                r.plain[f].strip()
                for r in s.responses
                for f in ("text", "achieves", "risks", "fits")
            )
            for field in ("title", "situation", "model", "follow_up", "pattern"):
                assert s.plain[field].strip(), (lang, s.id, field)
            assert s.cite and s.guidance and s.discussion
            assert "<a " in s.html["pattern"], "the pattern cites its source"


def test_the_bank_covers_the_settings_and_positions_asked_for(bank):
    used = {s.setting for s in bank.langs["en"]}
    assert used == set(SETTINGS)
    assert {s.position for s in bank.langs["en"]} == set(POSITIONS)
    assert sum(1 for s in bank.langs["en"] for r in s.responses if r.d == "nothing") >= 10
    for d in ("distract", "delegate", "document", "delay", "direct"):
        assert any(r.d == d for s in bank.langs["en"] for r in s.responses), d


def test_french_uses_canadian_typography(bank):
    for s in bank.langs["fr"]:
        text = " ".join([*s.plain.values(), *(v for r in s.responses for v in r.plain.values())])
        assert " :" not in text and "« " not in text and " »" not in text, s.id
        assert " ?" not in text and " !" not in text and " ;" not in text, s.id


def _texts(scenario) -> list[str]:
    """Every text of a scenario that a page shows."""
    out = [*scenario.plain.values(), *scenario.discussion]
    return out + [v for r in scenario.responses for v in r.plain.values()]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_displayed_line_uses_typographic_quotation_marks(bank, lang):
    """The interface quotes a scenario line inside its own “ ” (« » in French): a straight
    double quote in the line sat inside them; an unbalanced or doubled mark is caught too."""
    for s in bank.langs[lang]:
        for text in _texts(s):
            assert quotes.problems(text, lang) == [], (s.id, text)
    joined = " ".join(t for s in bank.langs[lang] for t in _texts(s))
    opening, closing = quotes.MARKS[lang]
    assert joined.count(opening) == joined.count(closing) > 20  # the bank does quote people


def test_the_quotation_check_and_the_nesting_of_a_quoted_line():
    assert quotes.problems('Say: "Dr Diallo is here."', "en") == [
        'straight double quote ("): write “ ” (and ‘ ’ for a quotation inside one)'
    ]
    assert quotes.problems("“One “two” three”", "en")[0].startswith("“ inside “…”")
    assert quotes.problems("Say: “Dr Diallo", "en") == ["“ never closed by ”"]
    assert quotes.problems("Dr Diallo.”", "en") == ["” without its “"]
    assert quotes.problems("Dites\u00a0: «\u00a0Bonjour\u00a0».", "fr") == []
    assert quotes.problems("Say: “That ‘sweetie’ didn't.”", "en") == []
    # Quoted whole by the interface, a line's own marks go one level in.
    assert quotes.nested("Ask her, “Anything else?”", "en") == "Ask her, ‘Anything else?’"
    assert quotes.nested("Dites\u00a0: «\u00a0Bonjour\u00a0»", "fr") == "Dites\u00a0: “Bonjour”"


def _broken_copy(tmp_path, edit, lang: str = "fr") -> Path:
    root = tmp_path / "content"
    shutil.copytree(ROOT, root)
    path = root / lang / "scenarios.yaml"
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    return root


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            lambda t: t.replace("cite:\n  - berwick2021", "cite:\n  - nosuchkey2099", 1),
            "unknown citation key 'nosuchkey2099'",
        ),
        (
            lambda t: t.replace("page:what#ma-mistaken-for-nurse", "page:what#no-such-anchor", 1),
            "no anchor '#no-such-anchor'",
        ),
        (lambda t: t.replace("d: direct", "d: shout", 1), "d must be one of"),
        (lambda t: t.replace("position: peer", "position: junior", 1), "differ from en"),
        (
            lambda t: t.replace("- id: taken-for-nurse-family", "- id: renamed-scenario", 1),
            "scenario 'taken-for-nurse-family' is missing",
        ),
        (lambda t: t + "\n- id: [broken\n", "invalid YAML"),
    ],
    ids=["unknown-cite", "bad-anchor", "bad-d", "fr-differs", "missing-in-fr", "yaml"],
)
def test_validator_reports_problems_with_file_and_line(tmp_path, edit, message):
    root = _broken_copy(tmp_path, edit)
    with pytest.raises(BankError) as caught:
        bank_module.load(root)
    problems = [str(p) for p in caught.value.problems]
    assert any(message in p for p in problems), problems
    assert all(p.startswith("content/") for p in problems)


@pytest.mark.parametrize(
    ("lang", "old", "new", "message"),
    [
        ("en", "Say: “Dr Diallo", 'Say: "Dr Diallo', "response 'hand-back', text: straight"),
        ("en", "the one to ask.”", "the one to ask.", "“ never closed by ”"),
        ("fr", "«\u00a0", '"', "straight double quote"),
    ],
    ids=["en-straight", "en-unclosed", "fr-straight"],
)
def test_check_content_refuses_straight_or_unbalanced_quotes(tmp_path, lang, old, new, message):
    root = _broken_copy(tmp_path, lambda t: t.replace(old, new, 1), lang)
    with pytest.raises(BankError) as caught:
        bank_module.load(root)
    problems = [str(p) for p in caught.value.problems]
    assert any(message in p and p.startswith(f"content/{lang}/") for p in problems), problems


def test_check_content_reports_scenarios(capsys):
    from allykit.cli import load_content_or_report

    assert load_content_or_report()
    assert "Scenarios OK" in capsys.readouterr().out
