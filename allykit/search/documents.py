"""The searchable documents of the loaded content, one list per language.

Plain Python (no Django): the caller passes `page_url(key, lang)` and `term_url(id, lang)`.
Every page (its title and introduction, kind "page"), page section (by heading, kind
"section"), glossary term, microaggression entry, resource and reference becomes one document
linking to its exact anchor.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from allykit.content import Site

from .engine import Doc

TAG = re.compile(r"<[^>]+>")
MA_FIELDS = ("sounds_like", "communicates", "target_can_say", "bystander_can_say", "if_you_said_it")


def plain(fragment: str) -> str:
    """Text of an HTML fragment (rendered inline Markdown), tags dropped, entities decoded."""
    return " ".join(html.unescape(TAG.sub("", fragment)).split())


def _host_page(site: Site, lang: str, component: str, default: str) -> str:
    """The key of the page that shows `component` (the microaggressions guide...)."""
    for key, page in site[lang].pages.items():
        if any(getattr(seg, "name", None) == component for seg in page.segments):
            return key
    return default


def documents(
    site: Site, lang: str, page_url: Callable[[str, str], str], term_url: Callable[[str, str], str]
) -> list[Doc]:
    content = site[lang]
    docs: list[Doc] = []
    for key, page in content.pages.items():
        url = page_url(key, lang)
        for section in page.sections:
            top = section.level == 1
            docs.append(
                Doc(
                    kind="page" if top else "section",
                    id=f"{key}#{section.anchor}",
                    title=section.title,
                    context="" if top else page.title,
                    body=html.unescape(section.text),
                    url=url if top else f"{url}#{section.anchor}",
                    extra=page.description if top else "",
                )
            )
    for term in content.glossary.values():
        docs.append(
            Doc(
                "term", term.id, term.term, term_url(term.url_slug, lang), body=term.definition_text
            )
        )
    guide = page_url(_host_page(site, lang, "microaggressions", "what"), lang)
    for entry in content.microaggressions:
        body = " ".join(
            plain(entry.html[f]) if f in entry.html else getattr(entry, f) for f in MA_FIELDS
        )
        # ?entry= opens that entry of the guide (its card is collapsed by default).
        url = f"{guide}?entry={entry.id}#ma-{entry.id}"
        docs.append(
            Doc(
                "microaggression",
                entry.id,
                entry.title,
                url,
                body=body,
                extra=" ".join((entry.setting, *entry.dimensions)),
            )
        )
    shelf = page_url(_host_page(site, lang, "resources", "resources"), lang)
    for res in content.resources:
        docs.append(
            Doc(
                "resource",
                res.id,
                res.title,
                f"{shelf}#res-{res.id}",
                body=res.description,
                extra=f"{res.type} {res.length}",
            )
        )
    listing = page_url(_host_page(site, lang, "references", "resources"), lang)
    for ref_key, ref in site.references.items():
        docs.append(
            Doc(
                kind="reference",
                id=ref_key,
                title=ref.title,
                url=f"{listing}#ref-{ref_key}",
                body=plain(content.references_html[ref_key]),
            )
        )
    return docs
