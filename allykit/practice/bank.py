"""The scenario bank of this process: loaded once, after the rest of the content."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from django.conf import settings

from allykit.toolkit.site import yaml_contexts

from .scenarios import FILE, Bank, BankError, load_bank

_lock = threading.Lock()
_bank: Bank | None = None


def load(content_dir: str | Path | None = None) -> Bank:
    """Load and validate the scenarios against the loaded site (raises BankError)."""
    root = Path(content_dir or settings.CONTENT_DIR)
    contexts, anchors = yaml_contexts(FILE)
    return load_bank(root, contexts, anchors)


def get_bank() -> Bank:
    global _bank
    if _bank is None:
        with _lock:
            if _bank is None:
                _bank = load()
    return _bank


def check_or_report() -> bool:
    """For `allykit check-content` and start-up: print every scenario problem."""
    try:
        bank = get_bank()
    except BankError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"{len(exc.problems)} scenario problem(s) found.", file=sys.stderr)
        return False
    print(f"Scenarios OK: {len(bank.ids())} scenarios per language.")
    return True
