"""Delivery: HTTP caching of public pages, the static export and offline reading (issue 16)."""
