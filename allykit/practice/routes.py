"""Routes of the practice app: practice mode, and workshop mode (see allykit/routes.py)."""

from django.utils.translation import gettext_lazy as _

from allykit.routes import Route

from . import views_practice as p
from . import views_workshop as w

ROUTES = (
    Route("practice", en="practice/", fr="pratique/", view=p.practice),
    Route("workshop", en="workshop/", fr="atelier/", view=w.start),
    Route("workshop-host", en="workshop/facilitate/", fr="atelier/animer/", view=w.host,
          in_sitemap=False),
    Route("workshop-join", en="join/", fr="joindre/", view=w.join),
    Route("workshop-room", en="workshop/vote/", fr="atelier/voter/", view=w.room,
          in_sitemap=False),
    Route("workshop-state", en="workshop/state.json", fr="atelier/etat.json", view=w.state,
          in_sitemap=False),
    Route("workshop-qr", en="workshop/join-code.svg", fr="atelier/code.svg", view=w.qr,
          in_sitemap=False),
    Route("workshop-export", en="workshop/results.csv", fr="atelier/resultats.csv",
          view=w.export, in_sitemap=False),
)  # fmt: skip

try:  # the app registry (allykit/registry.py, arch's branch) reads NAV once it is merged
    from allykit.registry import NavEntry
except ImportError:  # until then the nav entry is the one line in allykit/toolkit/context.py
    NavEntry = None
NAV = (NavEntry("practice", _("Practice"), group="tools", order=300),) if NavEntry else ()
