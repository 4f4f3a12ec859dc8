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
    given: str = ""  # initials unless the full given name was checked against the publication
    literal: str = ""  # an organisation, written as it is
    literal_fr: str = ""  # the organisation's own French name, for French pages
    abbr_fr: str = ""  # its French abbreviation, used in French in-text citations (OMS, ICIS)


@dataclass(frozen=True)
class Checked:
    """How and when a reference's details were verified, and what could not be."""

    date: str  # ISO date
    how: str  # one of references.CHECK_METHODS
    where: str  # the record, page or catalogue entry that was checked
    note: str = ""  # details that could not be verified and were left out


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
    lang: str = "en"  # language of the work (titles in another language get a lang attribute)
    editors: tuple[Author, ...] = ()  # editors of the book a chapter is in
    edited: bool = False  # the authors are the book's editors: "(Ed.)" / "(dir.)"
    more_authors: bool = False  # co-authors exist but could not be verified: "et al."
    short_title: str = ""
    label: str = ""  # APA bracketed description after the title: [Statement]
    label_fr: str = ""  # for works without an author: the in-text citation
    further_reading: bool = False  # listed, not cited on any page
    checked: Checked | None = None

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
    slug: str = ""  # the term's address in its language; the id (English) when not given
    aliases: tuple[str, ...] = ()  # earlier addresses of the term: they redirect to url_slug

    @property
    def url_slug(self) -> str:
        return self.slug or self.id


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
    bystander_d: str = ""  # the one of Right To Be's 5Ds that the bystander line uses
    speaker: str = ""  # who says it: colleague, supervisor, patient or family
    illustrative: bool = False  # written for the guide; no study documents this exact case


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
    reviewed: str = ""  # ISO date the page's facts were last reviewed (front matter)
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

    def term_by_slug(self, slug: str):
        """The glossary term at address `slug` in this language, or None."""
        for term in self.glossary.values():
            if term.url_slug == slug:
                return term
        return None

    def term_by_alias(self, slug: str):
        """The glossary term that had address `slug` before (one of its `aliases`), or None."""
        for term in self.glossary.values():
            if slug in term.aliases:
                return term
        return None


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
