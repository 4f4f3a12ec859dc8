"""A renamed glossary term keeps its old address as an alias that redirects (301) to the new one."""

from __future__ import annotations

import pytest
from django.test import Client

from allykit.content import ContentError, load_site
from allykit.routes import url_for
from tests.content.conftest import KEYS, FakeLinker, write_tree

pytestmark = pytest.mark.django_db

RENAMED = [  # old slug -> term id, in French (the terms were renamed, the slugs followed)
    ("mots-de-l-effort", "grindstone-words", "mots-d-effort"),
    ("mots-qui-distinguent", "standout-words", "mots-d-excellence"),
]


def _glossary(*entries: str) -> str:
    return "".join(
        f"- id: {ident}\n  term: {ident.title()}\n{extra}"
        "  definition: Someone who acts [@trix2003].\n  cite: [trix2003]\n"
        for ident, extra in (e.split("|", 1) for e in entries)
    )


def _load(tmp_path, fr: str, en: str | None = None):
    en = en or _glossary("ally|", "mentor|")
    root = write_tree(tmp_path / "content", **{"fr/glossary.yaml": fr, "en/glossary.yaml": en})
    return load_site(root, KEYS, FakeLinker())


@pytest.mark.parametrize(("old", "ident", "new"), RENAMED)
def test_a_renamed_terms_slug_matches_it_and_the_old_one_redirects(site, old, ident, new):
    term = site["fr"].glossary[ident]
    assert term.url_slug == new and old in term.aliases
    response = Client().get(url_for("term", "fr", term_id=old))
    assert response.status_code == 301
    assert response["Location"] == url_for("term", "fr", term_id=new)
    assert Client().get(response["Location"]).status_code == 200
    # The English address of the same term does not answer to the French alias.
    assert Client().get(url_for("term", "en", term_id=old)).status_code == 404


def test_an_alias_is_kept_on_the_term(tmp_path):
    fr = _glossary("ally|  slug: allie\n  aliases: [ancien-allie, allie-ou-alliee]\n", "mentor|")
    site = _load(tmp_path, fr)
    assert site["fr"].glossary["ally"].aliases == ("ancien-allie", "allie-ou-alliee")
    assert site["fr"].term_by_alias("ancien-allie").id == "ally"
    assert site["fr"].term_by_alias("allie") is None  # its address is not an alias


@pytest.mark.parametrize(
    ("fr", "problem"),
    [
        # Another term's address, given by its slug or, without one, by its id.
        (
            _glossary("ally|  aliases: [mentorat]\n", "mentor|  slug: mentorat\n"),
            "alias 'mentorat' is the address or id of term 'mentor'",
        ),
        (
            _glossary("ally|  aliases: [mentor]\n", "mentor|"),
            "alias 'mentor' is the address or id of term 'mentor'",
        ),
        # Another term's id even when that term has a slug (the id redirects to it).
        (
            _glossary("ally|  aliases: [mentor]\n", "mentor|  slug: mentorat\n"),
            "alias 'mentor' is the address or id of term 'mentor'",
        ),
        (_glossary("ally|  slug: allie\n  aliases: [allie]\n", "mentor|"), "own address"),
        (
            _glossary("ally|  aliases: [ancien]\n", "mentor|  aliases: [ancien]\n"),
            "alias 'ancien' is already an alias of term 'ally'",
        ),
        (_glossary("ally|  aliases: [Ancien Allié]\n", "mentor|"), "lowercase words"),
    ],
)
def test_check_content_refuses_an_alias_that_clashes(tmp_path, fr, problem):
    with pytest.raises(ContentError) as info:
        _load(tmp_path, fr)
    messages = [str(p) for p in info.value.problems]
    assert any(problem in m and "fr/glossary.yaml" in m for m in messages), messages


def test_the_export_crawl_starts_from_term_addresses_not_aliases():
    """The export asks for each term at its address; its aliases are written as pages that send
    on (tests/delivery/test_export.py), not crawled as redirects."""
    from allykit.delivery.export import _seeds

    seeds = set(_seeds())
    for old, _ident, new in RENAMED:
        assert url_for("term", "fr", term_id=new) in seeds
        assert url_for("term", "fr", term_id=old) not in seeds
