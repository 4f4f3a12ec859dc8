"""The self-assessments of this process: loaded once, after the rest of the content."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings

from allykit.loadonce import once, report_problems
from allykit.toolkit.site import yaml_contexts

from .items import FILE, AssessmentError, Bank, load_bank


def action_ids() -> frozenset[str] | None:
    """The action plan's catalogue ids, or None when the action plan is not installed."""
    from django.apps import apps

    if not apps.is_installed("allykit.action_plan"):
        return None
    from allykit.action_plan.store import get_catalogue

    return frozenset(get_catalogue().ids())


def load(content_dir: str | Path | None = None) -> Bank:
    ctxs, anchors = yaml_contexts(FILE)
    return load_bank(Path(content_dir or settings.CONTENT_DIR), ctxs, anchors, action_ids())


@once
def get_bank() -> Bank:
    return load()


def check_or_report() -> bool:
    """For `allykit check-content` and start-up: print every assessment problem."""
    try:
        bank = get_bank()
    except AssessmentError as exc:
        report_problems(exc.problems, "self-assessment")
        return False
    en = bank.langs["en"].assessments
    items = sum(len(a.items) for a in en.values())
    print(f"Self-assessments OK: {len(en)} assessments, {items} items per language.")
    return True
