"""What the action-plan app adds to the site (see allykit/registry.py): the plan page, the
"add to plan" post every "What you can do this week" item makes, the check-in page and the
private link. Importable before Django is set up: views are dotted paths.

Adding an action, from any page (no JavaScript needed, no CSRF token on the page: nothing on
the server changes):

    POST /en/plan/add/   (/fr/plan/ajouter/)   action=<catalogue id>   [state=<signed plan>]
    GET  /en/plan/?add=<catalogue id>          (/fr/plan/?add=<id>)    the link form of it
"""

from django.utils.translation import gettext_lazy as _

from allykit.registry import NavEntry
from allykit.routes import Route

V = "allykit.action_plan.views."

ROUTES = (
    Route("plan", en="plan/", fr="plan/", view=V + "plan_page"),
    Route("plan-add", en="plan/add/", fr="plan/ajouter/", view=V + "add", in_sitemap=False),
    Route(
        "plan-checkin",
        en="plan/check-in/",
        fr="plan/suivi/",
        view=V + "checkin_page",
        in_sitemap=False,
    ),
    Route(
        "plan-private",
        en="plan/private-link/",
        fr="plan/lien-prive/",
        view="allykit.action_plan.views_private.private_page",
        in_sitemap=False,
    ),
)
NAV = (
    NavEntry(
        "plan",
        _("My action plan"),
        group="tools",
        order=40,
        blurb=_(
            "Pick a few concrete actions, give each a date, get calendar reminders and check "
            "in on what you did."
        ),
        action=_("Start my plan"),
    ),
)
