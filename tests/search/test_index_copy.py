"""The search index is built once per content and code, kept signed in the instance folder."""

import pickle

import pytest

from allykit.search import index
from allykit.toolkit.site import get_site


@pytest.fixture
def data_dir(tmp_path, settings):
    settings.DATA_DIR = tmp_path
    return tmp_path


def test_a_second_start_reads_the_copy_and_finds_the_same(data_dir, monkeypatch):
    site = get_site()
    first = index.load_or_build(site)
    copies = list((data_dir / "search-index").glob("*.index"))
    assert len(copies) == 1
    assert oct(copies[0].stat().st_mode & 0o777) == "0o600"

    built = []
    monkeypatch.setattr(index, "SearchIndex", lambda docs: built.append(docs))
    again = index.load_or_build(site)
    assert built == []
    for query, lang in (("sponsorship", "en"), ("parrainage", "fr"), ("manel", "en")):
        expected = [h.doc.id for h in first.search(query, lang).hits]
        assert [h.doc.id for h in again.search(query, lang).hits] == expected


def test_a_tampered_or_foreign_copy_is_rebuilt(data_dir):
    site = get_site()
    index.load_or_build(site)
    copy = next((data_dir / "search-index").glob("*.index"))
    copy.write_bytes(b"\0" * 32 + pickle.dumps({"not": "an index"}))
    rebuilt = index.load_or_build(site)
    assert rebuilt.search("sponsorship", "en").total > 0
    assert copy.read_bytes()[:32] != b"\0" * 32


def test_changed_documents_get_a_new_copy_and_the_old_one_goes(data_dir, monkeypatch):
    site = get_site()
    index.load_or_build(site)
    before = {p.name for p in (data_dir / "search-index").glob("*.index")}
    monkeypatch.setattr(index, "_code_digest", lambda: b"other code")
    index.load_or_build(site)
    after = {p.name for p in (data_dir / "search-index").glob("*.index")}
    assert len(after) == 1 and after != before
