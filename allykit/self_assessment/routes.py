"""What the self-assessment app adds to the site (see allykit/registry.py): the list of
assessments and the two assessments (form on GET, result on POST), and its nav entry.

Importable before Django is set up: views are dotted paths."""

from django.utils.translation import gettext_lazy as _

from allykit.registry import NavEntry
from allykit.routes import Route

V = "allykit.self_assessment.views."

ROUTES = (
    Route("assessment", en="self-assessment/", fr="autoevaluation/", view=V + "overview"),
    Route(
        "assessment-mentor",
        en="self-assessment/mentor/",
        fr="autoevaluation/mentorat/",
        view=V + "mentor",
    ),
    Route(
        "assessment-sponsor",
        en="self-assessment/sponsor-and-ally/",
        fr="autoevaluation/parrainage-et-alliance/",
        view=V + "sponsor",
    ),
)
NAV = (
    NavEntry(
        "assessment",
        _("Self-assessment"),
        group="tools",
        order=45,
        blurb=_(
            "Answer a few questions on how often you mentor, sponsor and speak up, and see "
            "where to start."
        ),
        action=_("Take the self-assessment"),
    ),
)
