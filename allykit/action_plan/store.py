"""The action catalogue of this process: loaded once, checked against the loaded site."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings

from allykit.loadonce import once, report_problems
from allykit.toolkit.pages import APP_PAGES, PAGE_KEYS
from allykit.toolkit.site import get_site

from .catalogue import Catalogue, CatalogueError, load_catalogue

# The tools an action may name as its source (route keys).
TOOLS = frozenset({*APP_PAGES, "contact"})


def load(content_dir: str | Path | None = None) -> Catalogue:
    """Load and validate content/<lang>/actions.yaml (raises CatalogueError)."""
    site = get_site()
    root = Path(content_dir or settings.CONTENT_DIR)
    return load_catalogue(root, PAGE_KEYS, frozenset(site.references), TOOLS)


@once
def get_catalogue() -> Catalogue:
    return load()


def check_or_report() -> bool:
    """For `allykit check-content` and start-up: print every catalogue problem."""
    try:
        catalogue = get_catalogue()
    except CatalogueError as exc:
        report_problems(exc.problems, "action catalogue")
        return False
    from .this_week import problems

    if not report_problems(problems(get_site(), catalogue), "'this week' item"):
        return False
    print(f"Actions OK: {len(catalogue.ids())} actions per language.")
    return True
