"""The page table: page key -> English slug, French slug. Content is content/<lang>/<key>.md."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageEntry:
    key: str
    en: str
    fr: str
    view: str = ""  # dotted path of a view that renders this page; empty: the content view


PAGES = (
    PageEntry("home", "", ""),
    PageEntry("why", "why-allyship/", "pourquoi-l-alliance/"),
    PageEntry("what", "what-allyship-entails/", "en-quoi-consiste-l-alliance/"),
    PageEntry("mentorship", "mentorship-sponsorship/", "mentorat-et-parrainage/"),
    PageEntry("resources", "resources/", "ressources/"),
    PageEntry("contact", "contact/", "contact/", view="allykit.contact.views.contact_page"),
    PageEntry(
        "writing-checker-methods",
        "tools/writing-checker/methods/",
        "outils/verificateur-de-redaction/methode/",
    ),
)
PAGE_KEYS = tuple(p.key for p in PAGES)
