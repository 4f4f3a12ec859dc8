"""What the templates show for one scenario: labels, guidance links and sources."""

from __future__ import annotations

from django.utils.safestring import mark_safe

from allykit.routes import url_for
from allykit.toolkit.site import get_site

from . import labels
from .scenarios import resolve


def guidance_links(scenario, lang: str) -> list[dict]:
    content = get_site()[lang]
    pages = content.pages
    entries = {f"ma-{m.id}": m.title for m in content.microaggressions}
    out = []
    for key, anchor in scenario.guidance:
        page = pages.get(key)
        if page is None:
            continue
        section = next((s.title for s in page.sections if s.anchor == anchor), "")
        section = section or entries.get(anchor, "")
        url = url_for(key, lang) + (f"#{anchor}" if anchor else "")
        out.append({"url": url, "title": section or page.title, "page": page.title})
    return out


def sources(scenario, lang: str) -> list:
    refs = get_site()[lang].references_html
    return [mark_safe(refs[k]) for k in scenario.cite if k in refs]  # noqa: S308 - sanitised APA


def scenario_context(scenario, lang: str) -> dict:
    responses = [{"r": r, "d_label": labels.DS[r.d]} for r in scenario.responses]
    return {
        "scenario": scenario,
        "html": {k: mark_safe(v) for k, v in scenario.html.items()},  # noqa: S308 - sanitised
        "responses": [
            {**item, "html": {k: mark_safe(v) for k, v in item["r"].html.items()}}  # noqa: S308
            for item in responses
        ],
        "setting_label": labels.SETTINGS.get(scenario.setting, scenario.setting),
        "position_label": labels.POSITIONS.get(scenario.position, scenario.position),
        "guidance": guidance_links(scenario, lang),
        "sources": sources(scenario, lang),
    }


def anchor_url(anchor: str, lang: str) -> str:
    """The URL of the first page holding `anchor` (pages may move between releases)."""
    pages = get_site()[lang].pages
    found = resolve("", anchor, {k: frozenset(p.anchors) for k, p in pages.items()})
    if found is None:
        return ""
    key, anchor = found
    return url_for(key, lang) + (f"#{anchor}" if anchor else "")
