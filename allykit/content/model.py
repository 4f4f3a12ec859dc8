"""Immutable objects that the loaded content is made of."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType

LANGS = ("en", "fr")


@dataclass(frozen=True)
class Problem:
    """One validation problem, reported as `file:line: message`."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True)
class Author:
    family: str = ""
    given: str = ""
    literal: str = ""  # an organisation, written as it is


@dataclass(frozen=True)
class Reference:
    key: str
    type: str
    authors: tuple[Author, ...]
    year: str
    title: str
    container: str = ""
    volume: str = ""
    issue: str = ""
    pages: str = ""
    publisher: str = ""
    edition: str = ""
    doi: str = ""
    url: str = ""
    accessed: str = ""
    month_day: str = ""
    verified: str = "V"

    @property
    def link(self) -> str:
        return f"https://doi.org/{self.doi}" if self.doi else self.url


@dataclass(frozen=True)
class GlossaryTerm:
    id: str
    term: str
    definition_html: str
    definition_text: str
    cite: tuple[str, ...]
    see: tuple[str, ...] = ()


@dataclass(frozen=True)
class Resource:
    id: str
    title: str
    type: str
    language: str
    length: str
    url: str
    description: str


@dataclass(frozen=True)
class Microaggression:
    id: str
    title: str
    setting: str
    dimensions: tuple[str, ...]
    sounds_like: str
    communicates: str
    target_can_say: str
    bystander_can_say: str
    if_you_said_it: str
    cite: tuple[str, ...] = ()
    html: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class Component:
    """A part of a page rendered per request (a filterable list, a contact block...)."""

    name: str


@dataclass(frozen=True)
class Section:
    """A heading of a page with the plain text under it (used by search and tables of contents)."""

    anchor: str
    title: str
    level: int
    text: str


@dataclass(frozen=True)
class Page:
    key: str
    lang: str
    path: str
    title: str
    nav_title: str
    description: str
    segments: tuple[str | Component, ...]
    sections: tuple[Section, ...]
    anchors: frozenset[str]
    citations: tuple[str, ...]  # reference keys in order of first use
    terms: tuple[str, ...]  # glossary ids in order of first use
    takeaways: tuple[str, ...] = ()  # key takeaways (inline HTML), from the front matter


@dataclass(frozen=True)
class LangContent:
    """Everything in one language."""

    lang: str
    pages: MappingProxyType  # key -> Page
    glossary: MappingProxyType  # id -> GlossaryTerm (sorted by term)
    resources: tuple[Resource, ...]
    microaggressions: tuple[Microaggression, ...]
    references_html: MappingProxyType  # key -> APA entry as HTML


@dataclass(frozen=True)
class Site:
    """The whole validated content, in both languages."""

    references: MappingProxyType  # key -> Reference, sorted APA order
    langs: MappingProxyType  # lang -> LangContent

    def __getitem__(self, lang: str) -> LangContent:
        return self.langs[lang]

    def citing_pages(self, key: str, lang: str) -> tuple[Page, ...]:
        """Pages in `lang` that cite reference `key`."""
        return tuple(p for p in self.langs[lang].pages.values() if key in p.citations)

    def pages_using_term(self, term_id: str, lang: str) -> tuple[Page, ...]:
        """Pages in `lang` that link to glossary term `term_id`."""
        return tuple(p for p in self.langs[lang].pages.values() if term_id in p.terms)
