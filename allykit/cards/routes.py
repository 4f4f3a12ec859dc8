"""What the cards app adds to the site (see allykit/registry.py): the list of cards, each card
as a print page and as a tagged PDF, and its nav entry.

Importable before Django is set up: views are dotted paths."""

from django.utils.translation import gettext_lazy as _

from allykit.registry import NavEntry
from allykit.routes import Route

V = "allykit.cards.views."
# card id (content/<lang>/cards.yaml) -> (English slug, French slug)
SLUGS = {
    "five-ds": ("5ds", "5d"),
    "microaggressions": ("microaggressions", "microagressions"),
    "sponsorship": ("sponsorship", "parrainage"),
    "reference-letters": ("reference-letters", "lettres-de-recommandation"),
    "panels": ("panels", "panels"),
}

ROUTES = (
    Route("cards", en="cards/", fr="fiches/", view=V + "card_list"),
    *(
        Route(
            f"card-{cid}",
            en=f"cards/{en}/",
            fr=f"fiches/{fr}/",
            view=V + f"card_{cid.replace('-', '_')}",
        )
        for cid, (en, fr) in SLUGS.items()
    ),
    *(
        Route(
            f"card-{cid}-pdf",
            en=f"cards/{en}.pdf",
            fr=f"fiches/{fr}.pdf",
            view=V + f"pdf_{cid.replace('-', '_')}",
            in_sitemap=False,
        )
        for cid, (en, fr) in SLUGS.items()
    ),
)
NAV = (
    NavEntry(
        "cards",
        _("Cards to keep"),
        group="tools",
        order=50,
        blurb=_(
            "Print or save one-page cards: the 5Ds, answers to a microaggression and three "
            "checklists."
        ),
        action=_("See the cards"),
    ),
)
