"""Saving, opening, replacing and deleting a plan under a private link (the database side).

A row lives ALLYKIT_PLAN_DAYS after its last save; an expired row is never opened, and
`allykit purge` deletes it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from django.conf import settings
from django.utils import timezone

from allykit.config import value

from . import keys
from . import plan as planlib
from .models import SavedPlan


def days() -> int:
    return value("ALLYKIT_PLAN_DAYS")


def _hash(token: str) -> str:
    return keys.token_hash(token, settings.SECRET_KEY)


def save(plan: planlib.Plan, token: str | None = None) -> tuple[str, SavedPlan]:
    """Save `plan` under `token` (a new one when None, or when that link is gone)."""
    now = timezone.now()
    expires = now + dt.timedelta(days=days())
    if token and keys.looks_like_token(token):
        row = SavedPlan.objects.filter(token_hash=_hash(token), expires_at__gt=now).first()
        if row is not None:
            row.ciphertext = keys.seal(token, plan.dumps())
            row.saved_at, row.expires_at = now, expires
            row.save(update_fields=["ciphertext", "saved_at", "expires_at"])
            return token, row
    token = keys.new_token()
    sealed = keys.seal(token, plan.dumps())
    row = SavedPlan.objects.create(
        token_hash=_hash(token), ciphertext=sealed, saved_at=now, expires_at=expires
    )
    return token, row


def find(token: str) -> SavedPlan | None:
    if not keys.looks_like_token(token):
        return None
    return SavedPlan.objects.filter(token_hash=_hash(token), expires_at__gt=timezone.now()).first()


def open_plan(token: str, known_ids, lang: str) -> tuple[planlib.Plan, SavedPlan] | None:
    row = find(token)
    if row is None:
        return None
    text = keys.unseal(token, row.ciphertext)
    if text is None:
        return None
    try:
        plan = planlib.parse(text, known_ids, timezone.localdate())
    except planlib.PlanError:
        return None
    return replace(plan, lang=lang), row


def delete(token: str) -> bool:
    if not keys.looks_like_token(token):
        return False
    return SavedPlan.objects.filter(token_hash=_hash(token)).delete()[0] > 0


def _expired(now: dt.datetime | None):
    return SavedPlan.objects.filter(expires_at__lte=now or timezone.now())


def count_expired(now: dt.datetime | None = None) -> int:
    """How many saved plans `purge_expired` would delete (`allykit purge --dry-run`)."""
    return _expired(now).count()


def purge_expired(now: dt.datetime | None = None) -> int:
    return _expired(now).delete()[0]
