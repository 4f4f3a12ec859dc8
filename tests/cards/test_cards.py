"""Cards as content (the real files and broken copies) and as pages in both languages."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

from allykit.cards import bank as bank_module
from allykit.cards.deck import FILE, IDS, DeckError, load_deck
from allykit.routes import url_for
from allykit.toolkit.site import yaml_contexts as contexts

ROOT = Path(settings.CONTENT_DIR)


def test_five_cards_in_both_languages_with_full_sources():
    deck = bank_module.get_deck()
    for lang in ("en", "fr"):
        assert tuple(deck.langs[lang]) == IDS
        for card in deck.langs[lang].values():
            assert card.sources and len(card.sections) >= 2
    # the microaggressions card speaks to all three people
    headings = [s.heading for s in deck.get("en", "microaggressions").sections]
    assert headings[:3] == ["If it was aimed at you", "If you saw it", "If you said it"]
    assert [s.heading for s in deck.get("en", "five-ds").sections][:5] == [
        "Distract",
        "Delegate",
        "Document",
        "Delay",
        "Direct",
    ]


def _copy(tmp_path: Path) -> Path:
    for lang in ("en", "fr"):
        (tmp_path / lang).mkdir()
        shutil.copy(ROOT / lang / FILE, tmp_path / lang / FILE)
    return tmp_path


def _load(root: Path):
    ctxs, _ = contexts(FILE)
    return load_deck(root, ctxs)


@pytest.mark.parametrize(
    ("lang", "old", "new", "message"),
    [
        (
            "en",
            "sources: [nittrouer2018, collins2019]",
            "sources: [nittrouer2018]",
            "cites 'collins2019' but does not list it in 'sources'",
        ),
        (
            "en",
            "sources: [trix2003, madera2009, madera2019]",
            "sources: [trix2003, madera2009, madera2019, sue2007]",
            "lists 'sue2007'",
        ),
        (
            "en",
            "sources: [anderson1988, silver2023]",
            "sources: [anderson1988, silver2023, nokey2099]",
            "unknown citation key 'nokey2099'",
        ),
        ("fr", "- id: panels", "- id: panel", "card id must be one of"),
        ("fr", "        - Écrivez l'objectif de composition, par rôle.\n", "", "differ from en"),
    ],
)
def test_validator(tmp_path, lang, old, new, message):
    root = _copy(tmp_path)
    path = root / lang / FILE
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(DeckError) as exc:
        _load(root)
    assert message in str(exc.value)
    assert f"content/{lang}/{FILE}:" in str(exc.value)


def test_too_long_a_card_is_refused(tmp_path):
    root = _copy(tmp_path)
    path = root / "en" / FILE
    text = path.read_text(encoding="utf-8")
    long = "Word " * 300
    path.write_text(
        text.replace("        - Do not explain what you meant.", f"        - {long}", 1),
        encoding="utf-8",
    )
    with pytest.raises(DeckError) as exc:
        _load(root)
    assert "more than the" in str(exc.value)


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_list_page_links_every_card_and_pdf(lang):
    html = Client().get(url_for("cards", lang)).content.decode()
    for cid in IDS:
        assert f'href="{url_for(f"card-{cid}", lang)}"' in html
        assert f'action="{url_for(f"card-{cid}-pdf", lang)}"' in html
    assert html.count('name="paper" value="a4"') == len(IDS)


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("cid", IDS)
def test_card_page_has_its_sources_and_its_module(cid, lang):
    card = bank_module.get_deck().get(lang, cid)
    response = Client().get(url_for(f"card-{cid}", lang))
    assert response.status_code == 200
    html = response.content.decode()
    assert card.title.replace("'", "&#x27;") in html
    assert html.count("<h2>") >= len(card.sections) + 1
    sources = html.split('class="print-card-sources"')[1].split("</footer>")[0]
    assert sources.count("<li>") == len(card.sources)
    assert 'class="tool-module"' in html  # the module page it belongs to
    assert 'media="print"' in html
