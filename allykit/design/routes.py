"""Routes of the design app: display settings (colour scheme) and the pattern page.

Both are kept out of the sitemap and the navigation; scheme.css is a stylesheet, not a page.
"""

from allykit.routes import Route

from . import views

ROUTES = (
    Route("display", en="display/", fr="affichage/", view=views.display, in_sitemap=False),
    Route("scheme-css", en="scheme.css", fr="scheme.css", view=views.scheme_css, in_sitemap=False),
    Route("patterns", en="patterns/", fr="modeles/", view=views.pattern_page, in_sitemap=False),
)
