"""What the practice app adds to the site (see allykit/registry.py): practice mode, workshop
mode (facilitator, join, vote, polled state, QR code, CSV export) and its nav entry.

Importable before Django is set up: views are dotted paths."""

from django.utils.translation import gettext_lazy as _

from allykit.registry import NavEntry
from allykit.routes import Route

P = "allykit.practice.views_practice."
W = "allykit.practice.views_workshop."
J = "allykit.practice.views_join."

ROUTES = (
    Route("practice", en="practice/", fr="pratique/", view=P + "practice"),
    Route("workshop", en="workshop/", fr="atelier/", view=W + "start"),
    Route(
        "workshop-host",
        en="workshop/facilitate/",
        fr="atelier/animer/",
        view=W + "host",
        in_sitemap=False,
    ),
    Route("workshop-join", en="join/", fr="joindre/", view=J + "join"),
    Route(
        "workshop-room", en="workshop/vote/", fr="atelier/voter/", view=J + "room", in_sitemap=False
    ),
    Route(
        "workshop-state",
        en="workshop/state.json",
        fr="atelier/etat.json",
        view=W + "state",
        in_sitemap=False,
    ),
    Route(
        "workshop-qr",
        en="workshop/join-code.svg",
        fr="atelier/code.svg",
        view=W + "qr",
        in_sitemap=False,
    ),
    Route(
        "workshop-export",
        en="workshop/results.csv",
        fr="atelier/resultats.csv",
        view=W + "export",
        in_sitemap=False,
    ),
)
NAV = (
    NavEntry(
        "practice",
        _("Practice"),
        group="tools",
        order=30,
        blurb=_(
            "Rehearse what to say in short health-care scenarios, alone or in a workshop "
            "where everyone votes from a phone."
        ),
        action=_("Start practising"),
        link_action=_("Practise what to say"),
        card_title=_("Practice: what would you say?"),
    ),
)
