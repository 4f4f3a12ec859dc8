"""Downloading the same plan's PDF again is served from a small, encrypted, in-memory cache;
any change to what the PDF is made from (a note, the language, the day) makes a new one."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from allykit import pdf
from allykit.action_plan import pdf_cache, state
from allykit.action_plan import plan as pl
from allykit.action_plan.pdf_cache import PdfCache
from allykit.action_plan.store import get_catalogue

pytestmark = pytest.mark.django_db
TODAY = dt.date.today()


def _plan(lang: str, note: str = "Private note: Dr Lee") -> pl.Plan:
    plan = pl.Plan(lang=lang)
    for action in get_catalogue().langs[lang][:3]:
        plan = pl.add(plan, action.id, action.due_days, TODAY, note=note)
    return plan


@pytest.fixture
def renders(monkeypatch):
    """Counts WeasyPrint runs (the real render still happens)."""
    pdf_cache.CACHE.clear()
    calls = []
    real = pdf.render_pdf

    def counting(html, stylesheets=()):
        calls.append(html)
        return real(html, stylesheets)

    monkeypatch.setattr(pdf, "render_pdf", counting)
    yield calls
    pdf_cache.CACHE.clear()


def _download(plan: pl.Plan) -> bytes:
    response = Client().post(f"/{plan.lang}/plan/", {"state": state.dumps(plan), "op": "pdf"})
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["Cache-Control"] == "private, no-store"
    return response.content


def test_the_same_plan_downloaded_twice_is_rendered_once(renders):
    first = _download(_plan("en"))
    again = _download(_plan("en"))
    assert len(renders) == 1 and again == first and first.startswith(b"%PDF")


def test_a_changed_note_or_language_makes_a_new_pdf(renders):
    _download(_plan("en"))
    _download(_plan("en", note="Ask Dr Haddad to chair"))
    _download(_plan("fr"))
    assert len(renders) == 3
    assert "Ask Dr Haddad to chair" in renders[1] and 'lang="fr"' in renders[2]


def test_a_new_day_makes_a_new_pdf(renders, monkeypatch):
    from allykit.action_plan import present

    _download(_plan("en"))
    tomorrow = TODAY + dt.timedelta(days=1)
    monkeypatch.setattr(present.timezone, "localdate", lambda *a: tomorrow)
    _download(_plan("en"))
    assert len(renders) == 2


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_the_cache_holds_nothing_readable_and_only_the_same_material_opens_an_entry():
    cache = PdfCache()
    body = b"%PDF- Private note: Dr Lee " * 50
    cache.put(b"plan A", body)
    assert cache.get(b"plan A") == body
    assert cache.get(b"plan B") is None
    for _expires, _nonce, sealed in cache._items.values():
        assert b"Dr Lee" not in sealed and b"plan A" not in sealed


def test_entries_expire_after_the_ttl():
    clock = Clock()
    cache = PdfCache(ttl=600, clock=clock)
    cache.put(b"a", b"%PDF-a")
    clock.now = 599
    assert cache.get(b"a") == b"%PDF-a"
    clock.now = 600
    assert cache.get(b"a") is None and len(cache) == 0 and cache.size == 0


def test_the_cache_is_bounded_by_count_and_size_least_recently_used_first():
    cache = PdfCache(entries=2, max_bytes=10_000)
    cache.put(b"a", b"x" * 100)
    cache.put(b"b", b"x" * 100)
    assert cache.get(b"a")  # a is now the most recently used
    cache.put(b"c", b"x" * 100)
    assert len(cache) == 2 and cache.get(b"b") is None and cache.get(b"a") and cache.get(b"c")
    cache.put(b"big", b"x" * 9_900)  # room for it only by dropping the others
    assert len(cache) == 1 and cache.get(b"big") and cache.size <= 10_000
    cache.put(b"huge", b"x" * 20_000)  # larger than the whole cache: not kept
    assert cache.get(b"huge") is None and cache.get(b"big")


def test_get_or_make_makes_only_on_a_miss():
    cache, made = PdfCache(), []

    def make() -> bytes:
        made.append(1)
        return b"%PDF-1"

    assert cache.get_or_make(b"m", make) == cache.get_or_make(b"m", make) == b"%PDF-1"
    assert len(made) == 1
