"""The scenario bank of this process: loaded once, after the rest of the content."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings

from allykit.loadonce import once, report_problems
from allykit.toolkit.site import yaml_contexts

from .scenarios import FILE, Bank, BankError, load_bank


def load(content_dir: str | Path | None = None) -> Bank:
    """Load and validate the scenarios against the loaded site (raises BankError)."""
    root = Path(content_dir or settings.CONTENT_DIR)
    contexts, anchors = yaml_contexts(FILE)
    return load_bank(root, contexts, anchors)


@once
def get_bank() -> Bank:
    return load()


def check_or_report() -> bool:
    """For `allykit check-content` and start-up: print every scenario problem."""
    try:
        bank = get_bank()
    except BankError as exc:
        report_problems(exc.problems, "scenario")
        return False
    print(f"Scenarios OK: {len(bank.ids())} scenarios per language.")
    return True
