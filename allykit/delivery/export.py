"""`allykit export-static DIR`: the whole public site as files, for a host without Python.

The pages are rendered by the site itself (Django's test client, in this process), found by
following every link from the home pages, the route table and the sitemap, and written as
`<path>/index.html`. URLs are made relative (or absolute under `--base-url`), forms that need
the server are replaced by a note (linking to `--server-url` when one is given), the search
page becomes a Pagefind page over static EN and FR indexes, and the static files are copied
from the collected, fingerprinted set. Two runs on the same content give the same bytes.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

from . import rewrite

MARKER = ".allykit-export"
ORIGIN_HOST = "localhost"
ORIGIN = f"http://{ORIGIN_HOST}"
HTML = "text/html"
NOT_PAGES = ("/api/", "/static/", "/bench/")


@dataclass
class ExportReport:
    out: Path
    pages: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    forms_replaced: int = 0
    skipped: list[tuple[str, int]] = field(default_factory=list)
    search_indexed: bool = False


class ExportError(Exception):
    pass


def _prepare_dir(out: Path) -> None:
    if out.exists() and any(out.iterdir()) and not (out / MARKER).exists():
        raise ExportError(
            f"{out} is not empty and was not made by export-static; choose an empty folder."
        )
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    (out / MARKER).write_text("Made by `allykit export-static`; the next export replaces it.\n")


def _seeds() -> list[str]:
    from django.urls import NoReverseMatch

    from allykit.routes import all_routes, url_for
    from allykit.toolkit.site import get_site

    site = get_site()
    seeds = []
    for route in all_routes():
        for lang in ("en", "fr"):
            if "<" in route.path(lang):
                if route.key == "term":  # by each language's own address (French slugs)
                    terms = site[lang].glossary
                    slugs = sorted(term.url_slug for term in terms.values())
                    seeds += [url_for("term", lang, term_id=slug) for slug in slugs]
                continue
            try:
                seeds.append(url_for(route.key, lang))
            except NoReverseMatch:
                continue
    return seeds


def _skip(path: str) -> bool:
    from django.conf import settings

    return path.startswith(NOT_PAGES) or path.startswith("/" + settings.ADMIN_PATH)


def _lang_of(path: str) -> str:
    return "fr" if path.startswith("/fr/") else "en"


def _render(template: str, lang: str, context: dict) -> str:
    from django.template.loader import render_to_string
    from django.utils import translation

    with translation.override(lang):
        return render_to_string(template, {"lang": lang, **context})


def _search_paths() -> set[str]:
    from allykit.routes import url_for

    return {url_for("search", lang) for lang in ("en", "fr")}


def _static_search(html: str, lang: str) -> str:
    """The server's search page with its results area replaced by the Pagefind search."""
    start = html.index("<main")
    body_start = html.index(">", start) + 1
    end = html.index("</main>", body_start)
    fragment = _render("delivery/static_search.html", lang, {})
    return html[:body_start] + fragment + html[end:]


def _process_html(path: str, html: str, report: ExportReport, base_url: str, server_url: str):
    lang = _lang_of(path)
    target = rewrite.file_for(path)
    if path in _search_paths():
        html = _static_search(html, lang)
    else:
        note = _render(
            "delivery/server_note.html",
            lang,
            {"server_link": server_url.rstrip("/") + path if server_url else ""},
        )
        html, count = rewrite.replace_post_forms(html, note)
        report.forms_replaced += count
        html = rewrite.mark_search_body(html)
    html = rewrite.absolute_origin_to_base(html, ORIGIN, base_url, target)
    return rewrite.rewrite_urls(html, target, base_url)


def _write(out: Path, relative: str, data: bytes) -> None:
    path = out / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _crawl(client, out: Path, report: ExportReport, base_url: str, server_url: str) -> None:
    queue = deque(dict.fromkeys(["/en/", "/fr/", *_seeds()]))
    seen = set(queue)
    while queue:
        path = queue.popleft()
        response = client.get(path)
        if response.status_code != 200:
            report.skipped.append((path, response.status_code))
            continue
        content = response.content
        if response["Content-Type"].startswith(HTML):
            html = content.decode()
            for link in rewrite.local_links(html):
                if link not in seen and not _skip(link):
                    seen.add(link)
                    queue.append(link)
            content = _process_html(path, html, report, base_url, server_url).encode()
            report.pages.append(path)
        else:
            report.files.append(path)
        _write(out, rewrite.file_for(path), content)


def _service_files(client, out: Path, report: ExportReport, base_url: str) -> None:
    """robots.txt, sitemap.xml, the error page and the root that sends to a language."""
    for path in ("/robots.txt", "/sitemap.xml", "/sw.js"):
        body = client.get(path).content.decode()
        if base_url:
            body = body.replace(ORIGIN, base_url.rstrip("/"))
        _write(out, path.lstrip("/"), body.encode())
        report.files.append(path)
    for lang, name in (("en", "404.html"), ("fr", "fr/404.html")):
        missing = client.get(f"/{lang}/{'page-not-found' if lang == 'en' else 'page-introuvable'}/")
        html = rewrite.absolute_origin_to_base(missing.content.decode(), ORIGIN, base_url, name)
        _write(out, name, rewrite.rewrite_urls(html, name, base_url).encode())
    root = rewrite.rewrite_urls(
        _render("delivery/root_index.html", "en", {}), "index.html", base_url
    )
    _write(out, "index.html", root.encode())


def _alias_pages(out: Path, report: ExportReport, base_url: str) -> None:
    """A glossary term's earlier addresses (its `aliases`) as small pages that send to the term
    (a meta refresh and a link), since a static host has none of the server's 301s; search
    leaves them out (they have no `data-pagefind-body`)."""
    from allykit.routes import url_for
    from allykit.toolkit.site import get_site

    site = get_site()
    for lang in ("en", "fr"):
        for term in sorted(site[lang].glossary.values(), key=lambda t: t.url_slug):
            term_path = url_for("term", lang, term_id=term.url_slug)
            for alias in sorted(term.aliases):
                path = url_for("term", lang, term_id=alias)
                name = rewrite.file_for(path)
                refresh = (
                    base_url.rstrip("/") + term_path
                    if base_url
                    else rewrite.relative_url(term_path, name)
                )
                context = {"name": term.term, "term_path": term_path, "refresh_url": refresh}
                html = _render("delivery/moved_term.html", lang, context)
                _write(out, name, rewrite.rewrite_urls(html, name, base_url).encode())
                report.pages.append(path)


def _copy_static(out: Path, report: ExportReport) -> None:
    """The collected static files, without the admin's and without precompressed copies."""
    from django.conf import settings

    root = Path(settings.STATIC_ROOT)
    for source in sorted(root.rglob("*")):
        relative = source.relative_to(root)
        if source.is_dir() or relative.parts[0] == "admin" or source.suffix in (".gz", ".br"):
            continue
        _write(out, f"static/{relative.as_posix()}", source.read_bytes())
        report.files.append(f"/static/{relative.as_posix()}")


def _index_search(out: Path) -> None:
    """Pagefind builds one index per page language (EN and FR) into DIR/pagefind/."""
    command = [sys.executable, "-m", "pagefind", "--site", str(out), "--quiet"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        raise ExportError(f"Pagefind failed: {result.stderr or result.stdout}")
    # Pagefind writes its languages in hash-map order; sorted, two runs give the same bytes.
    entry = out / "pagefind" / "pagefind-entry.json"
    data = json.loads(entry.read_text())
    entry.write_text(json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False))


def export_static(out: Path, *, base_url: str = "", server_url: str = "", search: bool = True):
    """Write the export to `out` (an empty folder or an earlier export) and report it."""
    from django.test import Client

    out = Path(out)
    _prepare_dir(out)
    report = ExportReport(out=out)
    client = Client(SERVER_NAME=ORIGIN_HOST)
    _crawl(client, out, report, base_url, server_url)
    _service_files(client, out, report, base_url)
    _alias_pages(out, report, base_url)
    _copy_static(out, report)
    if search:
        _index_search(out)
        report.search_indexed = True
    return report
