"""Everything the content engine knows about each page component, in one place.

A component (```component name: glossary```) is a part of a page rendered per request from the
site's data. The engine needs to know, per component, which anchors it puts on the page (so
internal links to `page:resources#term-ally` are checked) and which references its entries cite
(so the page's Sources list them). The web layer's per-request context builders
(allykit/toolkit/components.py BUILDERS) must cover exactly these names; a test checks it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from .model import GlossaryTerm, Microaggression, Reference, Resource


@dataclass(frozen=True)
class LangData:
    """The data files of one language, which components draw on."""

    references: Mapping[str, Reference]
    glossary: Mapping[str, GlossaryTerm]
    resources: Sequence[Resource]
    microaggressions: Sequence[Microaggression]


def _none(data: LangData) -> Iterable[str]:
    return ()


@dataclass(frozen=True)
class ComponentSpec:
    name: str
    anchor: str = ""  # prefix of each entry's id on the page ("term-" + id)
    ids: Callable[[LangData], Iterable[str]] = _none
    citations: Callable[[LangData], Iterable[str]] = _none

    def anchors(self, data: LangData) -> set[str]:
        return {self.anchor + i for i in self.ids(data)} if self.anchor else set()


SPECS = (
    ComponentSpec(
        "microaggressions",
        "ma-",
        ids=lambda d: [m.id for m in d.microaggressions],
        citations=lambda d: [k for m in d.microaggressions for k in m.cite],
    ),
    ComponentSpec(
        "glossary",
        "term-",
        ids=lambda d: list(d.glossary),
        citations=lambda d: [k for t in d.glossary.values() for k in t.cite],
    ),
    ComponentSpec("references", "ref-", ids=lambda d: list(d.references)),
    ComponentSpec("resources", "res-", ids=lambda d: [r.id for r in d.resources]),
    ComponentSpec("contact-details"),
    ComponentSpec("module-pages"),  # the list of a module's pages (links only, no entries)
)
COMPONENTS: Mapping[str, ComponentSpec] = {s.name: s for s in SPECS}
