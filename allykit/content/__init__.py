"""The content engine: Markdown pages and YAML data in, validated immutable objects out.

Plain Python, no Django imports: the web app passes a Linker that knows its URLs.
"""

from .labels import Labels
from .loader import ContentError, load_site
from .model import (
    LANGS,
    Component,
    GlossaryTerm,
    LangContent,
    Microaggression,
    Page,
    Problem,
    Reference,
    Resource,
    Section,
    Site,
)

__all__ = [
    "LANGS",
    "Component",
    "ContentError",
    "GlossaryTerm",
    "Labels",
    "LangContent",
    "Microaggression",
    "Page",
    "Problem",
    "Reference",
    "Resource",
    "Section",
    "Site",
    "load_site",
]
