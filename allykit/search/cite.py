"""'Cite this page': an APA 7 reference to a page of the toolkit itself.

Plain Python (no Django). APA 7 webpage with a group author:
`Author. (Year). *Title*. Site Name. URL` (no full stop after a title ending in ? or !).
"""

from __future__ import annotations

from html import escape

# The group author of the toolkit's pages (override with the CITATION_AUTHOR setting).
ORGANIZATION = {"en": "Ally Toolkit Team", "fr": "Équipe de la Trousse de l'allié"}


def _end(text: str) -> str:
    return text if text[-1:] in ".?!" else text + "."


def apa_page(author: str, year: int | str, title: str, site_name: str, url: str) -> str:
    """The APA 7 reference to a page, as HTML (the title in italics, the URL a link)."""
    title_html = f"<i>{escape(title)}</i>" + ("" if title[-1:] in ".?!" else ".")
    parts = [escape(_end(author)), f"({escape(str(year))}).", title_html]
    if site_name and site_name != author:
        parts.append(escape(_end(site_name)))
    parts.append(f'<a href="{escape(url)}">{escape(url)}</a>')
    return " ".join(parts)


def apa_page_text(author: str, year: int | str, title: str, site_name: str, url: str) -> str:
    """The same reference as plain text, for copying."""
    parts = [_end(author), f"({year}).", _end(title)]
    if site_name and site_name != author:
        parts.append(_end(site_name))
    parts.append(url)
    return " ".join(parts)
