"""A target's source as the site cites it: the preset's entry in the reference list, named in
the reader's language ("OMS (2019)", "Canadian Medical Association (2019)") and linked to that
entry, where the engine's own citation is English only (allykit/panelaudit/targets.py)."""

from __future__ import annotations

from allykit.content.references import narrative_citation
from allykit.panelaudit.targets import Target
from allykit.toolkit.site import SiteLinker, get_site


def target_source(target: Target, lang: str) -> dict[str, str | None]:
    """{"source": the short citation, "url": its reference-list entry}; a custom target or a
    key missing from the list (tests/panel_checker holds every preset to one) keeps the
    engine's citation and link."""
    ref = get_site().references.get(target.ref or "")
    if ref is None:
        return {"source": target.source, "url": target.url}
    return {
        "source": narrative_citation(ref, lang),
        "url": SiteLinker().reference(ref.key, lang),
    }
