"""Routes of the panels app (see allykit/routes.py)."""

ROUTES = ()
