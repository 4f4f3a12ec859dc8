"""The action catalogue of this process: loaded once, checked against the loaded site."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from django.conf import settings

from allykit.toolkit.pages import APP_PAGES, PAGE_KEYS
from allykit.toolkit.site import get_site

from .catalogue import Catalogue, CatalogueError, load_catalogue

# The tools an action may name as its source (route keys).
TOOLS = frozenset({*APP_PAGES, "contact"})

_lock = threading.Lock()
_catalogue: Catalogue | None = None


def load(content_dir: str | Path | None = None) -> Catalogue:
    """Load and validate content/<lang>/actions.yaml (raises CatalogueError)."""
    site = get_site()
    root = Path(content_dir or settings.CONTENT_DIR)
    return load_catalogue(root, PAGE_KEYS, frozenset(site.references), TOOLS)


def get_catalogue() -> Catalogue:
    global _catalogue
    if _catalogue is None:
        with _lock:
            if _catalogue is None:
                _catalogue = load()
    return _catalogue


def check_or_report() -> bool:
    """For `allykit check-content` and start-up: print every catalogue problem."""
    try:
        catalogue = get_catalogue()
    except CatalogueError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"{len(exc.problems)} action catalogue problem(s) found.", file=sys.stderr)
        return False
    from .this_week import problems

    found = problems(get_site(), catalogue)
    for problem in found:
        print(problem, file=sys.stderr)
    if found:
        print(f"{len(found)} 'this week' item problem(s) found.", file=sys.stderr)
        return False
    print(f"Actions OK: {len(catalogue.ids())} actions per language.")
    return True
