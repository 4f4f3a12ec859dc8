"""Routes of the checker app (see allykit/routes.py)."""

ROUTES = ()
