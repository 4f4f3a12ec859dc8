"""Routes of the search app (see allykit/routes.py)."""

ROUTES = ()
