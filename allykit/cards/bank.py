"""The cards of this process: loaded once, after the rest of the content."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from django.conf import settings

from allykit.toolkit.site import yaml_contexts

from .deck import FILE, Deck, DeckError, load_deck

_lock = threading.Lock()
_deck: Deck | None = None


def load(content_dir: str | Path | None = None) -> Deck:
    ctxs, _ = yaml_contexts(FILE)
    return load_deck(Path(content_dir or settings.CONTENT_DIR), ctxs)


def get_deck() -> Deck:
    global _deck
    if _deck is None:
        with _lock:
            if _deck is None:
                _deck = load()
    return _deck


def check_or_report() -> bool:
    """For `allykit check-content` and start-up: print every card problem."""
    try:
        deck = get_deck()
    except DeckError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"{len(exc.problems)} card problem(s) found.", file=sys.stderr)
        return False
    print(f"Cards OK: {len(deck.langs['en'])} cards per language.")
    return True
