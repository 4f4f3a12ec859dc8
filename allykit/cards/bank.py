"""The cards of this process: loaded once, after the rest of the content."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings

from allykit.loadonce import once, report_problems
from allykit.toolkit.site import yaml_contexts

from .deck import FILE, Deck, DeckError, load_deck


def load(content_dir: str | Path | None = None) -> Deck:
    ctxs, _ = yaml_contexts(FILE)
    return load_deck(Path(content_dir or settings.CONTENT_DIR), ctxs)


@once
def get_deck() -> Deck:
    return load()


def check_or_report() -> bool:
    """For `allykit check-content` and start-up: print every card problem."""
    try:
        deck = get_deck()
    except DeckError as exc:
        report_problems(exc.problems, "card")
        return False
    print(f"Cards OK: {len(deck.langs['en'])} cards per language.")
    return True
