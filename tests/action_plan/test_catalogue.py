"""The action catalogue: both languages load, and every kind of mistake is refused."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from allykit.action_plan import catalogue as cat
from allykit.action_plan.store import TOOLS, get_catalogue
from allykit.toolkit.pages import PAGE_KEYS
from allykit.toolkit.site import get_site

ROOT = Path(__file__).resolve().parents[2] / "content"


def _load(root: Path):
    return cat.load_catalogue(root, PAGE_KEYS, frozenset(get_site().references), TOOLS)


@pytest.fixture
def copy(tmp_path):
    for lang in cat.LANGS:
        (tmp_path / lang).mkdir()
        shutil.copy(ROOT / lang / cat.FILE, tmp_path / lang / cat.FILE)
    return tmp_path


def _edit(root: Path, lang: str, old: str, new: str, count: int = 1) -> None:
    path = root / lang / cat.FILE
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _messages(root: Path) -> list[str]:
    with pytest.raises(cat.CatalogueError) as info:
        _load(root)
    return [str(p) for p in info.value.problems]


def test_the_catalogue_loads_with_at_least_forty_actions_in_both_languages():
    catalogue = get_catalogue()
    assert len(catalogue.ids()) >= cat.MIN_ACTIONS
    en, fr = catalogue.langs["en"], catalogue.langs["fr"]
    assert [a.id for a in en] == [a.id for a in fr]
    for a, b in zip(en, fr, strict=True):
        assert (a.module, a.cite, a.tool, a.due) == (b.module, b.cite, b.tool, b.due)
        assert a.title != b.title and a.how != b.how, a.id  # translated, not copied
        assert a.module in PAGE_KEYS and (a.cite or a.tool)


def test_the_issue_examples_are_in_the_catalogue():
    catalogue = get_catalogue()
    examples = [
        ("sponsor-named-colleague", ""),
        ("decline-manel-with-letter", "panels"),
        ("check-next-reference-letter", "checker"),
        ("run-practice-round", "practice"),
        ("say-her-title", ""),
    ]
    for aid, tool in examples:
        action = catalogue.get("en", aid)
        assert action is not None and action.tool == tool


def test_french_text_has_canadian_spacing():
    fr = get_catalogue().get("fr", "say-her-title")
    assert "«\u00a0Dr\u00a0»" in fr.how and " ;" not in fr.how


def test_unknown_module_reference_and_tool_are_refused(copy):
    _edit(copy, "en", "module: sponsorship", "module: no-such-page")
    _edit(copy, "en", "cite: [anderson1988]", "cite: [nobody1999]")
    _edit(copy, "en", "tool: practice", "tool: juggler")
    found = "\n".join(_messages(copy))
    assert "unknown module 'no-such-page'" in found
    assert "unknown reference key 'nobody1999'" in found
    assert "unknown tool 'juggler'" in found
    assert "content/en/actions.yaml:" in found
    # the module and tool differ from the French file too
    assert "'module' differs from the English file" in found


def test_both_languages_must_have_the_same_ids(copy):
    _edit(copy, "fr", "- id: say-her-title", "- id: say-her-name")
    found = "\n".join(_messages(copy))
    assert "action 'say-her-title' is in English but not in fr" in found
    assert "action 'say-her-name' is not in the English file" in found


def test_duplicates_missing_fields_and_a_short_catalogue_are_refused(copy):
    _edit(copy, "en", "- id: praise-her-work-in-the-room", "- id: sponsor-named-colleague")
    _edit(copy, "en", "  due: week\n", "  due: someday\n")
    found = "\n".join(_messages(copy))
    assert "action id 'sponsor-named-colleague' defined twice" in found
    assert "'due' must be one of week, month, quarter" in found
    (copy / "fr" / cat.FILE).write_text(
        "- id: only-one\n  module: why\n  cite: who2019\n  due: week\n  title: T\n  how: H\n"
    )
    found = "\n".join(_messages(copy))
    assert "1 actions; the catalogue needs at least 40" in found


def test_a_yaml_error_is_reported_with_its_line(copy):
    (copy / "en" / cat.FILE).write_text("- id: a\n  title: [unclosed\n")
    found = _messages(copy)
    assert any(m.startswith("content/en/actions.yaml:") and "invalid YAML" in m for m in found)


def test_check_content_reports_the_catalogue(capsys):
    from allykit.action_plan.store import check_or_report

    assert check_or_report()
    assert "Actions OK:" in capsys.readouterr().out
