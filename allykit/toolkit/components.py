"""Context for the parts of pages that depend on the request (filters) or on settings."""

from __future__ import annotations

from django.conf import settings

from allykit.content import Site

from . import choices


def _pick(request, name: str, allowed) -> str:
    value = request.GET.get(name, "")
    return value if value in allowed else ""


def microaggressions(request, site: Site, lang: str) -> dict:
    setting = _pick(request, "setting", choices.SETTINGS)
    dimension = _pick(request, "dimension", choices.DIMENSIONS)
    entries = [
        m
        for m in site[lang].microaggressions
        if (not setting or m.setting == setting) and (not dimension or dimension in m.dimensions)
    ]
    return {
        "entries": entries,
        "total": len(site[lang].microaggressions),
        "setting": setting,
        "dimension": dimension,
        "settings": choices.SETTINGS,
        "dimensions": choices.DIMENSIONS,
    }


def glossary(request, site: Site, lang: str) -> dict:
    return {"terms": list(site[lang].glossary.values())}


def references(request, site: Site, lang: str) -> dict:
    html = site[lang].references_html
    return {
        "references": [
            {"key": key, "html": html[key], "pages": site.citing_pages(key, lang)}
            for key in site.references
        ]
    }


def resources(request, site: Site, lang: str) -> dict:
    rtype = _pick(request, "type", choices.RESOURCE_TYPES)
    present = {r.type for r in site[lang].resources}
    return {
        "resources": [r for r in site[lang].resources if not rtype or r.type == rtype],
        "total": len(site[lang].resources),
        "type": rtype,
        "types": {k: v for k, v in choices.RESOURCE_TYPES.items() if k in present},
        "langs": choices.RESOURCE_LANGS,
    }


def contact_details(request, site: Site, lang: str) -> dict:
    return {
        "content_email": settings.CONTACT_CONTENT_EMAIL,
        "tech_email": settings.CONTACT_TECH_EMAIL,
    }


def module_pages(request, site: Site, lang: str, page=None) -> dict:
    """The pages of the module whose overview is being rendered, as cards."""
    from .navigation import module_cards

    return {"cards": module_cards(page.key, lang) if page is not None else []}


BUILDERS = {
    "microaggressions": microaggressions,
    "glossary": glossary,
    "references": references,
    "resources": resources,
    "contact-details": contact_details,
    "module-pages": module_pages,
}
PAGE_BUILDERS = {"module-pages"}  # builders that also need the page being rendered


def context_for(page, request, site: Site, lang: str) -> dict:
    """Per-request context of every component on the page, keyed by component name."""
    out = {}
    for seg in page.segments:
        if isinstance(seg, str):
            continue
        if seg.name in PAGE_BUILDERS:
            out[seg.name] = BUILDERS[seg.name](request, site, lang, page=page)
        else:
            out[seg.name] = BUILDERS[seg.name](request, site, lang)
    return out
