"""Turn the pages the server renders into files a static host can serve (plain Python).

- URL paths map to files: `/en/why/` -> `en/why/index.html`, `/en/references.bib` stays.
- Site-absolute URLs in attributes become relative to the file (or absolute under a base URL).
- Forms that post to the server are replaced by a note, with a link to the same page on a
  configured server when there is one.
"""

from __future__ import annotations

import posixpath
import re
from urllib.parse import urlsplit

# An attribute whose value is a site-absolute URL: href="/en/", src="/static/...".
_ATTR_URL = re.compile(r'(\s[A-Za-z][\w:-]*=")(/(?!/)[^"]*)(")')
_POST_FORM = re.compile(
    r'<form\b(?=[^>]*\bmethod="post")[^>]*>.*?</form>', re.DOTALL | re.IGNORECASE
)
# "Add to my plan" forms under the content's this-week items: the plan needs the server, and a
# note under every item would bury the list, so the export leaves them out.
_PLAN_ADD_FORM = re.compile(r"<form\b(?=[^>]*\bdata-plan-add\b)[^>]*>.*?</form>", re.DOTALL)
_HREF = re.compile(r'\s(?:href|src)="([^"]+)"')
_MAIN_OPEN = re.compile(r"<main\b")


def file_for(path: str) -> str:
    """The file that holds URL `path` in the export (no leading slash)."""
    path = urlsplit(path).path
    if path.endswith("/"):
        return path.lstrip("/") + "index.html"
    return path.lstrip("/")


def relative_url(target: str, from_file: str) -> str:
    """`target` (site-absolute, may carry ?query and #fragment) seen from `from_file`."""
    parts = urlsplit(target)
    start = posixpath.dirname(from_file) or "."
    path = parts.path
    if path.endswith("/"):
        rel = posixpath.relpath(path.lstrip("/") or ".", start)
        rel = "./" if rel == "." else rel + "/"
    else:
        rel = posixpath.relpath(path.lstrip("/"), start)
    if parts.query:
        rel += "?" + parts.query
    if parts.fragment:
        rel += "#" + parts.fragment
    return rel


def rewrite_urls(html: str, from_file: str, base_url: str = "") -> str:
    """Every site-absolute attribute URL made relative to `from_file` (or under `base_url`)."""
    base = base_url.rstrip("/")

    def replace(match: re.Match) -> str:
        url = match.group(2)
        new = base + url if base else relative_url(url, from_file)
        return match.group(1) + new + match.group(3)

    return _ATTR_URL.sub(replace, html)


def absolute_origin_to_base(html: str, origin: str, base_url: str, from_file: str) -> str:
    """Absolute links the server wrote with its own origin (hreflang) follow the export too."""

    def replace(match: re.Match) -> str:
        path = match.group(2)
        new = base_url.rstrip("/") + path if base_url else relative_url(path, from_file)
        return match.group(1) + new + match.group(3)

    pattern = re.compile(r'(\s[A-Za-z][\w:-]*=")' + re.escape(origin) + r'(/[^"]*)(")')
    return pattern.sub(replace, html)


def replace_post_forms(html: str, note_html: str) -> tuple[str, int]:
    """Each form that posts to the server replaced by `note_html`; returns (html, count).

    The add-to-plan buttons are dropped rather than each replaced by the note."""
    html, dropped = _PLAN_ADD_FORM.subn("", html)
    html, count = _POST_FORM.subn(note_html, html)
    return html, count + dropped


def mark_search_body(html: str) -> str:
    """Tell Pagefind to index the main content only (not the header, nav or footer)."""
    return _MAIN_OPEN.sub("<main data-pagefind-body", html, count=1)


def local_links(html: str) -> list[str]:
    """Site-absolute paths linked from a page (query and fragment dropped), in page order."""
    found = []
    for value in _HREF.findall(html):
        if value.startswith("/") and not value.startswith("//"):
            found.append(urlsplit(value).path)
    return found
