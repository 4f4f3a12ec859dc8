"""Context for the parts of pages that depend on the request (filters) or on settings."""

from __future__ import annotations

from django.conf import settings

from allykit.content import Site

from . import az, choices


def _pick(request, name: str, allowed) -> str:
    value = request.GET.get(name, "")
    return value if value in allowed else ""


ROLE_FIELDS = {  # who you are in the scene -> the line of an entry written for that person
    "target": "target_can_say",
    "bystander": "bystander_can_say",
    "speaker": "if_you_said_it",
}


def entry_roles(entry) -> tuple[str, ...]:
    """Who an entry has words for: its `roles` field when the data has one, otherwise every
    role whose line is written."""
    declared = getattr(entry, "roles", None)
    if declared:
        return tuple(r for r in ROLE_FIELDS if r in declared)
    return tuple(r for r, f in ROLE_FIELDS.items() if str(getattr(entry, f, "") or "").strip())


def microaggressions(request, site: Site, lang: str) -> dict:
    setting = _pick(request, "setting", choices.SETTINGS)
    dimension = _pick(request, "dimension", choices.DIMENSIONS)
    role = _pick(request, "role", choices.ROLES)
    opened = request.GET.get("entry", "")
    entries = []
    for m in site[lang].microaggressions:
        roles = entry_roles(m)
        if setting and m.setting != setting or dimension and dimension not in m.dimensions:
            continue
        if role and role not in roles:
            continue
        entries.append(
            {
                "m": m,
                "roles": roles,
                "open": m.id == opened,
                "setting_label": choices.SETTINGS.get(m.setting, m.setting),
                "dimension_labels": [choices.DIMENSIONS.get(d, d) for d in m.dimensions],
            }
        )
    groups = []
    for value, label in choices.SETTINGS.items():
        items = [e for e in entries if e["m"].setting == value]
        if items:
            is_open = bool(setting or dimension or role) or any(e["open"] for e in items)
            groups.append({"setting": value, "label": label, "entries": items, "open": is_open})
    return {
        "entries": entries,
        "groups": groups,
        "total": len(site[lang].microaggressions),
        "setting": setting,
        "dimension": dimension,
        "role": role,
        "filtered": bool(setting or dimension or role),
        "settings": choices.SETTINGS,
        "dimensions": choices.DIMENSIONS,
        "roles": choices.ROLES,
    }


def _by_letter(items: list[dict]) -> list[dict]:
    groups: dict[str, list[dict]] = {}
    for item in items:
        groups.setdefault(item["letter"], []).append(item)
    return [{"letter": k, "items": v} for k, v in sorted(groups.items())]


def glossary(request, site: Site, lang: str) -> dict:
    """The terms by letter, a leading article set aside ("The five Ds" under F)."""
    terms = [
        {"term": t, "letter": az.term_letter(t.term, lang)} for t in site[lang].glossary.values()
    ]
    terms.sort(key=lambda t: az.term_sort_key(t["term"].term, lang))
    return {"groups": _by_letter(terms), "count": len(terms)}


def references(request, site: Site, lang: str) -> dict:
    from allykit.content.references import cite_names, cite_year, sort_key

    html = site[lang].references_html
    items = []
    # Ordered by the names this language's list prints (in French: "OMS", "Trousse de l’allié").
    ordered = sorted(site.references.items(), key=lambda kv: sort_key(kv[1], lang, short=True))
    for key, ref in ordered:
        names = cite_names(ref, lang)
        items.append(
            {
                "key": key,
                "html": html[key],
                "pages": site.citing_pages(key, lang),
                "short": f"{names}, {cite_year(ref, lang)}",
                "title": ref.title,
                "title_lang": ref.lang if ref.lang != lang else "",  # lang="..." on its title
                "letter": az.letter(names),  # an author's name keeps its article: La Roche, L
            }
        )
    return {"groups": _by_letter(items), "count": len(items)}


def resources(request, site: Site, lang: str) -> dict:
    rtype = _pick(request, "type", choices.RESOURCE_TYPES)
    present = {r.type for r in site[lang].resources}
    shown = [r for r in site[lang].resources if not rtype or r.type == rtype]
    groups = [
        {"type": k, "label": v, "resources": [r for r in shown if r.type == k], "open": bool(rtype)}
        for k, v in choices.RESOURCE_TYPES.items()
    ]
    return {
        "groups": [g for g in groups if g["resources"]],
        "resources": shown,
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


SCRIPTS = {"microaggressions": "js/guide.js"}  # components enhanced by a script of their own


def scripts_for(page) -> list[str]:
    """Static paths of the scripts the page's components need, once each."""
    names = [s.name for s in page.segments if not isinstance(s, str)]
    return sorted({SCRIPTS[n] for n in names if n in SCRIPTS})
