"""The word lists are data: check provenance, duplicates and entries that can never match."""

from __future__ import annotations

import re

import pytest

from allykit.wordcheck import GENRES, LANGS, check
from allykit.wordcheck.lexicon import entries, form_tokens, raw_lists, sources

LETTERS = re.compile(r"[^\W\d_]+")


@pytest.mark.parametrize("lang", LANGS)
def test_every_entry_cites_a_known_source(lang: str) -> None:
    """Known to the engine here; tests/wordcheck/test_sources.py checks each key against the
    site's reference list."""
    known = sources()
    for e in entries(lang):
        assert e.source in known, e.rule_id
        assert e.genres <= set(GENRES), e.rule_id


@pytest.mark.parametrize("lang", LANGS)
def test_every_block_states_its_provenance(lang: str) -> None:
    for cat, block in raw_lists(lang)["categories"].items():
        assert block.get("provenance") in ("published", "project"), cat
        assert block.get("source"), cat


@pytest.mark.parametrize("lang", LANGS)
def test_forms_are_plain_words(lang: str) -> None:
    for cat, block in raw_lists(lang)["categories"].items():
        for item in block["entries"]:
            for form in item["forms"]:
                assert form == form.strip() and form, (cat, form)
                assert not re.search(r"\d", form), (cat, form)
                assert form_tokens(form), (cat, form)


@pytest.mark.parametrize("lang", LANGS)
def test_no_duplicate_forms_within_a_genre(lang: str) -> None:
    for genre in GENRES:
        seen: dict[tuple[str, ...], str] = {}
        for e in entries(lang):
            if genre not in e.genres:
                continue
            for toks in set(e.forms):
                assert toks not in seen, f"{' '.join(toks)}: {seen.get(toks)} and {e.rule_id}"
                seen[toks] = e.rule_id
        assert seen


@pytest.mark.parametrize("lang", LANGS)
def test_every_form_can_match(lang: str) -> None:
    """Put each form in a carrier sentence that no context rule excludes: it must be flagged."""
    for e in entries(lang):
        genre = sorted(e.genres)[0]
        for toks in e.forms:
            form = ("-" if e.hyphen else " ").join(toks)
            prev = sorted(e.require_prev)[0] if e.require_prev else "zq"
            nxt = sorted(e.require_next)[0] if e.require_next else "zq"
            text = f"Zq zq {prev} {form} {nxt} zq."
            found = [f for f in check(text, genre, lang).flags if f.rule_id == e.rule_id]
            assert found, f"{e.rule_id}: {form!r} never matches"
            assert e.pair.isdisjoint(toks), e.rule_id
            assert not (e.unless_prev & e.require_prev), e.rule_id


def test_rule_ids_are_stable_and_unique() -> None:
    ids = [e.rule_id for lang in LANGS for e in entries(lang)]
    assert len(ids) == len(set(ids))
    assert "en.effort.hardworking" in ids
    assert "fr.masculine_generic.candidat" in ids


@pytest.mark.parametrize("lang", LANGS)
def test_yaml_values_are_strings(lang: str) -> None:
    """Bare yes/no/on/off in YAML become booleans: every word must be quoted text."""
    data = raw_lists(lang)
    for key, values in data["rules"].items():
        assert all(isinstance(v, str) for v in values), key
    for cat, block in data["categories"].items():
        for item in block["entries"]:
            for key in ("forms", "alt", "unless_prev", "unless_next", "require_prev", "pair"):
                assert all(isinstance(v, str) for v in item.get(key) or ()), (cat, key)
