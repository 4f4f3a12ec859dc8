"""The static export: every page and file, links and fragments that resolve on a real static
server, forms replaced, the same bytes twice, and search indexes for both languages."""

from __future__ import annotations

import hashlib
import html.parser
import io
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import urldefrag, urljoin, urlsplit
from urllib.request import urlopen

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db(transaction=True)


def _export(path: Path, **options) -> Path:
    errors = io.StringIO()
    call_command("export_static", str(path), stderr=errors, **options)
    (path.parent / "export-stderr.txt").write_text(errors.getvalue())
    return path


@pytest.fixture(scope="module")
def exported(tmp_path_factory, django_db_blocker):
    with django_db_blocker.unblock():
        return _export(tmp_path_factory.mktemp("export") / "site")


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def static_server(exported):
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(exported)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


class _Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("id", "name") if tag == "a" else ("id",):
            if attrs.get(name):
                self.ids.add(attrs[name])
        for name in ("href", "src", "action"):
            if attrs.get(name):
                self.links.append(attrs[name])


def _parse(text: str) -> _Links:
    parser = _Links()
    parser.feed(text)
    return parser


def _tree_digest(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_every_page_in_both_languages_and_the_service_files(exported):
    names = """index.html 404.html fr/404.html robots.txt sitemap.xml en/index.html
        fr/index.html en/references.bib fr/references.ris en/references.json
        en/search/index.html fr/recherche/index.html pagefind/pagefind-entry.json
        pagefind/pagefind-ui.js"""
    for name in names.split():
        assert (exported / name).is_file(), name
    en_terms = _term_pages(exported / "en" / "glossary")
    fr_terms = _term_pages(exported / "fr" / "glossaire")
    assert len(en_terms) > 20 and len(en_terms) == len(fr_terms)


def _term_pages(folder: Path) -> list[Path]:
    """The glossary's term pages, without the pages that send an alias on."""
    return [p for p in folder.glob("*/index.html") if 'http-equiv="refresh"' not in p.read_text()]


def test_a_glossary_alias_sends_its_old_address_on_to_the_term(exported, static_server):
    # Renamed French terms keep their old slugs (tests/toolkit/test_glossary_aliases.py); a
    # static host has no 301, so the old address is a page that refreshes to the term and links
    # it, in the term's language, kept out of search engines and of the Pagefind index.
    from tests.toolkit.test_glossary_aliases import RENAMED

    for old, _ident, new in RENAMED:
        url = f"{static_server}/fr/glossaire/{old}/"
        with urlopen(url) as response:
            text = response.read().decode()
        assert '<html lang="fr">' in text and 'name="robots" content="noindex"' in text
        assert f'content="0; url=../{new}/"' in text
        parsed = _parse(text)
        assert f"../{new}/" in parsed.links
        with urlopen(urljoin(url, f"../{new}/")) as response:
            assert response.status == 200
        assert "data-pagefind-body" not in text


def test_the_export_never_starts_from_an_address_that_redirects(exported):
    # French glossary terms have French addresses: the export asks for those, not for ones
    # that only redirect. (A workshop's own files answer 404 without a workshop: skipped.)
    skipped = (exported.parent / "export-stderr.txt").read_text().splitlines()
    assert not [line for line in skipped if ": HTTP 3" in line]


def test_no_form_posts_to_a_server_that_is_not_there(exported):
    for page in exported.rglob("*.html"):
        text = page.read_text()
        assert 'method="post"' not in text.lower(), page
    checker = (exported / "en" / "tools" / "writing-checker" / "index.html").read_text()
    assert "export-note" in checker
    # The this-week items keep their text but lose their add-to-plan buttons, without a note
    # under each one.
    home = (exported / "en" / "index.html").read_text()
    assert "this-week" in home and "data-plan-add" not in home
    assert home.count("export-note") <= 1


def test_every_link_and_fragment_resolves_on_a_static_server(exported, static_server):
    pages: dict[str, _Links] = {}
    broken = []
    for page in sorted(exported.rglob("*.html")):
        relative = page.relative_to(exported).as_posix()
        url = f"{static_server}/{relative}"
        pages[url] = _parse(page.read_text())
    ids_by_url = {}
    for url, parsed in pages.items():
        base = url.removesuffix("index.html")
        ids_by_url[base] = ids_by_url[url] = parsed.ids
    checked: dict[str, bool] = {}
    for url, parsed in pages.items():
        if url.endswith("404.html"):
            continue  # served at any depth: its links are relative to the root
        for link in parsed.links:
            if link.startswith(("mailto:", "tel:", "data:", "javascript:")):
                continue
            target, fragment = urldefrag(urljoin(url, link))
            if urlsplit(target).netloc != urlsplit(static_server).netloc:
                continue
            target = target.split("?")[0]
            if target not in checked:
                try:
                    with urlopen(target) as response:
                        checked[target] = response.status == 200
                except HTTPError:
                    checked[target] = False
            if not checked[target]:
                broken.append(f"{url}: {link}")
            elif fragment and fragment != "top" and target in ids_by_url:
                if fragment not in ids_by_url[target]:
                    broken.append(f"{url}: {link} (no #{fragment})")
    assert broken == []


def test_the_export_is_byte_identical_between_two_runs(exported, tmp_path):
    again = _export(tmp_path / "again")
    assert _tree_digest(again) == _tree_digest(exported)


def test_absolute_urls_under_a_base_url(tmp_path):
    site = _export(tmp_path / "abs", base_url="https://allykit.example.org/kit/", no_search=True)
    home = (site / "en" / "index.html").read_text()
    assert 'href="https://allykit.example.org/kit/en/why-allyship/"' in home
    assert "https://allykit.example.org/kit/en/" in (site / "sitemap.xml").read_text()
    assert 'href="/' not in home
    moved = (site / "fr" / "glossaire" / "mots-de-l-effort" / "index.html").read_text()
    assert 'url=https://allykit.example.org/kit/fr/glossaire/mots-d-effort/"' in moved
    assert 'href="https://allykit.example.org/kit/fr/glossaire/mots-d-effort/"' in moved


def test_forms_link_to_a_configured_server(tmp_path):
    site = _export(tmp_path / "srv", server_url="https://live.example.org", no_search=True)
    contact = (site / "en" / "contact" / "index.html").read_text()
    assert 'href="https://live.example.org/en/contact/"' in contact


def test_refuses_a_folder_it_did_not_make(tmp_path):
    (tmp_path / "keep.txt").write_text("mine")
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="not empty"):
        _export(tmp_path, no_search=True)
    assert (tmp_path / "keep.txt").read_text() == "mine"
