"""Service routes, error pages, limits and security headers."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from django.test import Client

from tests.conftest import all_page_urls
from tests.html_tools import read

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("", "/en/"),
        ("fr-CA,fr;q=0.9,en;q=0.8", "/fr/"),
        ("de-DE,de;q=0.9,en;q=0.5", "/en/"),
        ("es", "/en/"),
        ("en-GB,fr;q=0.8", "/en/"),
        ("fr", "/fr/"),
    ],
)
def test_root_redirects_by_browser_language(client, header, target):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=header)
    assert response.status_code == 302 and response["Location"] == target
    assert "Accept-Language" in response["Vary"]


@pytest.mark.django_db
def test_healthz(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json()["status"] == "ok"


def test_robots_points_to_the_sitemap(client):
    body = client.get("/robots.txt").content.decode()
    assert "User-agent: *" in body and "Sitemap: http://testserver/sitemap.xml" in body


def test_sitemap_lists_every_page_in_both_languages_with_alternates(client):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    locs = {u.find("s:loc", ns).text for u in root.findall("s:url", ns)}
    from allykit.routes import all_routes

    listed = {r.key for r in all_routes() if r.in_sitemap}
    expected = {f"http://testserver{url}" for url, _, key in all_page_urls() if key in listed}
    assert locs == expected
    assert len(locs) >= 2 * 60
    for url in root.findall("s:url", ns):
        assert {a.get("hreflang") for a in url.findall("x:link", ns)} == {"en", "fr", "x-default"}


@pytest.mark.parametrize(
    ("path", "lang", "words"),
    [
        ("/en/no-such-page/", "en", "Page not found"),
        ("/fr/page-inexistante/", "fr", "Page introuvable"),
        ("/nowhere", "en", "Page not found"),
        ("/en/glossary/no-such-term/", "en", "Page not found"),
    ],
)
def test_unknown_urls_get_the_localised_404(client, path, lang, words):
    response = client.get(path)
    assert response.status_code == 404
    page = read(response.content)
    assert page.lang == lang and words in page.visible_text and page.h1_count == 1


def test_oversized_body_gets_413_and_bad_length_400(client):
    big = client.post(
        "/en/why-allyship/",
        data=b"x",
        content_type="text/plain",
        CONTENT_LENGTH=str(50 * 1024 * 1024),
    )
    assert big.status_code == 413
    page = read(big.content)
    assert page.lang == "en" and "larger than 6 MB" in page.visible_text
    fr = client.post("/fr/", data=b"x", content_type="text/plain", CONTENT_LENGTH=str(10**9))
    assert fr.status_code == 413 and "Requête trop volumineuse" in fr.content.decode()
    api = client.post(
        "/api/v1/check", data=b"{}", content_type="application/json", CONTENT_LENGTH=str(10**9)
    )
    assert api.status_code == 413 and api.json()["error"]["code"] == "too_large"
    bad = client.generic("POST", "/en/", b"x", CONTENT_LENGTH="abc")
    assert bad.status_code == 400


def test_unknown_host_gets_400_not_500():
    response = Client().get("/en/", HTTP_HOST="evil.example.com")
    assert response.status_code == 400


def test_wrong_method_on_a_page_is_405(client):
    assert client.post("/en/why-allyship/").status_code in (403, 405)
    assert Client(enforce_csrf_checks=False).delete("/en/").status_code == 405


def test_security_headers(client):
    response = client.get("/en/")
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]


def test_nothing_is_loaded_from_another_host(client):
    for url, _, _ in all_page_urls()[:40]:
        page = read(client.get(url).content)
        for tag in page.links:
            if tag["tag"] == "link" and tag.get("rel") == "alternate":
                assert tag["href"].startswith("http://testserver/"), tag  # hreflang: absolute
            elif tag["tag"] == "link":
                assert tag["href"].startswith("/"), tag
        code = [s for s in page.scripts if s.get("type") != "application/json"]
        assert all(s["src"].startswith("/") for s in code)
        assert all(i["src"].startswith("/") for i in page.images)


def test_every_page_weighs_at_most_40_kb_compressed(client):
    from django.contrib.staticfiles import finders

    assets = ["css/site.css", "css/print.css", "js/site.js", "img/favicon.svg"]
    asset_bytes = sum(len(gzip.compress(Path(finders.find(a)).read_bytes())) for a in assets)
    heavy = {}
    for url, _, _ in all_page_urls():
        response = client.get(url)
        scripts = read(response.content).scripts
        page_js = [s["src"] for s in scripts if "src" in s and "site.js" not in s["src"]]
        extra = sum(
            len(gzip.compress(Path(finders.find(src.removeprefix("/static/"))).read_bytes()))
            for src in page_js
        )
        total = len(gzip.compress(response.content)) + asset_bytes + extra
        if total > 40 * 1024:
            heavy[url] = total
    assert heavy == {}


def test_check_deploy_is_clean_with_production_settings(tmp_path):
    env = {
        **os.environ,
        "ALLYKIT_DATA_DIR": str(tmp_path),
        "ALLYKIT_HTTPS": "true",
        "ALLYKIT_DEBUG": "false",
        "DJANGO_SETTINGS_MODULE": "allykit.settings",
        "ALLYKIT_ALLOWED_HOSTS": "allykit.example.org",
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set by the browser tests for their own process
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "allykit.cli",
            "manage",
            "check",
            "--deploy",
            "--fail-level",
            "WARNING",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("path", "words"), [("/en/", "Something went wrong"), ("/fr/", "Un problème est survenu")]
)
def test_server_errors_get_the_localised_500_page(monkeypatch, path, words):
    from allykit.toolkit import views

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(views, "page_context", broken)
    monkeypatch.setattr(views.page_cache, "_pages", type(views.page_cache._pages)())
    client = Client(raise_request_exception=False)
    response = client.get(path)
    assert response.status_code == 500
    page = read(response.content)
    assert words in page.visible_text and page.h1_count == 1
