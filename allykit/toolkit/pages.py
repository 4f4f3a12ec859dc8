"""The page table: every content page, its slugs, its module and its place in the navigation.

Content is content/<lang>/<key>.md. The table's order is the navigation order. A page with no
`module` is a top-level entry of the navigation; a page whose `module` names another page is one
of that module's pages, listed under it in the navigation, on the module's overview page and in
its previous/next links. `moved_from` is the anchor on the module page where the page's text was
before the split: old links to that fragment are sent to the new page (see
docs/decisions/1101-page-split-and-old-anchors.md). A page cut out of a sibling page rather than
out of the overview names that page in `split_from`; `moved_from` is then the anchor on it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageEntry:
    key: str
    en: str
    fr: str
    view: str = ""  # dotted path of a view that renders this page; empty: the content view
    module: str = ""  # key of the module overview this page belongs to; empty: top level
    moved_from: str = ""  # anchor on the module page where this text used to be
    split_from: str = ""  # key of the sibling page the text was cut from (empty: the overview)


Y = "why-allyship/"
Y_FR = "pourquoi-l-alliance/"
W = "what-allyship-entails/"
W_FR = "en-quoi-consiste-l-alliance/"
M = "mentorship-sponsorship/"
M_FR = "mentorat-et-parrainage/"

PAGES = (
    PageEntry("home", "", "", view="allykit.toolkit.views.home_page"),
    PageEntry("why", Y, Y_FR),
    PageEntry(
        "why-figures",
        Y + "the-gap-in-figures/",
        Y_FR + "l-ecart-en-chiffres/",
        module="why",
        moved_from="figures",
    ),
    PageEntry("what", W, W_FR),
    PageEntry(
        "biased-assumptions",
        W + "biased-assumptions/",
        W_FR + "idees-preconcues/",
        module="what",
        moved_from="biased-assumptions",
    ),
    PageEntry(
        "microaggressions",
        W + "microaggressions/",
        W_FR + "microagressions/",
        module="what",
        moved_from="microaggressions",
    ),
    PageEntry(
        "tokenism-manels",
        W + "tokenism-and-manels/",
        W_FR + "tokenisme-et-panels/",
        module="what",
        moved_from="tokenism-manels",
    ),
    PageEntry("mentorship", M, M_FR),
    PageEntry(
        "mentoring",
        M + "mentoring/",
        M_FR + "mentorat/",
        module="mentorship",
        moved_from="definition",
    ),
    PageEntry(
        "sponsorship",
        M + "sponsorship/",
        M_FR + "parrainage/",
        module="mentorship",
        moved_from="sponsorship",
    ),
    PageEntry(
        "metoo", M + "metoo-era/", M_FR + "ere-metoo/", module="mentorship", moved_from="metoo"
    ),
    PageEntry(
        "times-up",
        M + "times-up-healthcare/",
        M_FR + "times-up-healthcare/",
        module="mentorship",
        moved_from="times-up",
    ),
    PageEntry(
        "bystander",
        M + "active-bystander/",
        M_FR + "temoin-actif/",
        module="mentorship",
        moved_from="bystander",
    ),
    PageEntry(
        "beyond-bystander",
        M + "beyond-the-bystander/",
        M_FR + "au-dela-du-temoin/",
        module="mentorship",
        moved_from="law",
        split_from="bystander",
    ),
    PageEntry("resources", "resources/", "ressources/"),
    PageEntry("glossary", "glossary/", "glossaire/", module="resources", moved_from="glossary"),
    PageEntry(
        "references", "references/", "references/", module="resources", moved_from="references"
    ),
    PageEntry(
        "writing-checker-methods",
        "tools/writing-checker/methods/",
        "outils/verificateur-de-redaction/methode/",
        module="resources",
    ),
    PageEntry(
        "writing-checker-reading",
        "tools/writing-checker/methods/reading-the-results/",
        "outils/verificateur-de-redaction/methode/lire-les-resultats/",
        module="resources",
        moved_from="limits",
        split_from="writing-checker-methods",
    ),
    PageEntry("about", "about/", "a-propos/"),
    PageEntry("contact", "contact/", "contact/", view="allykit.contact.views.contact_page"),
)
PAGE_KEYS = tuple(p.key for p in PAGES)
BY_KEY = {p.key: p for p in PAGES}

# Pages of other apps that content may link to as page:KEY (the tools), and the module page
# each one serves: the tool page links back to it.
APP_PAGES = {
    "checker": "biased-assumptions",
    "panels": "tokenism-manels",
    "practice": "bystander",
    "workshop": "bystander",
    "assessment": "mentorship",
    "assessment-mentor": "mentoring",
    "assessment-sponsor": "sponsorship",
    "cards": "mentorship",
    "card-five-ds": "bystander",
    "card-microaggressions": "microaggressions",
    "card-sponsorship": "sponsorship",
    "card-reference-letters": "biased-assumptions",
    "card-panels": "tokenism-manels",
}
APP_PAGE_KEYS = tuple(APP_PAGES)

# Pages that are lists to look things up in: no height budget, no reading time.
REFERENCE_PAGES = ("glossary", "references")


def module_of(key: str) -> str:
    """The module a page belongs to: its `module`, or itself for a top-level page."""
    return BY_KEY[key].module or key


def module_pages(module: str) -> tuple[PageEntry, ...]:
    """The pages of a module, in table order (the overview itself excluded)."""
    return tuple(p for p in PAGES if p.module == module)


def is_module(key: str) -> bool:
    return bool(module_pages(key))


def sequence(key: str) -> tuple[PageEntry | None, PageEntry | None]:
    """Previous and next page inside the same module (the overview counts as the first)."""
    module = module_of(key)
    if not is_module(module):
        return None, None
    pages = (BY_KEY[module], *module_pages(module))
    i = [p.key for p in pages].index(key)
    return (pages[i - 1] if i else None), (pages[i + 1] if i + 1 < len(pages) else None)
