"""Routes of the contact app (see allykit/registry.py). The contact page itself is in the page
table (allykit/toolkit/pages.py), served by allykit.contact.views.contact_page."""

from allykit.routes import Route

from . import views

ROUTES = (
    Route(
        "contact-thanks",
        en="contact/thanks/",
        fr="contact/merci/",
        view=views.contact_thanks,
        in_sitemap=False,
    ),
    Route("feedback", en="feedback/", fr="retroaction/", view=views.feedback, in_sitemap=False),
)
