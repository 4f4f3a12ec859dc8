"""Routes of the contact app (see allykit/routes.py)."""

ROUTES = ()
