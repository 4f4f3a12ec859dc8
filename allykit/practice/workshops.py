"""Workshop operations on the database: nothing is kept in process memory, so every server
process (and every host sharing the database) sees the same workshop at once."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count, F
from django.utils import timezone

from . import codes, conf
from .models import Participant, Vote, Workshop

ACTIONS = ("open", "close", "reveal", "next", "end", "show-lines", "hide-lines")
OWN = "own"  # the choice value of a participant's own line


class Full(Exception):
    """The workshop has reached its participant cap."""


class Closed(Exception):
    """Voting is not open on that question."""


def count_expired(now=None) -> int:
    """How many workshops `purge_expired` would delete (`allykit purge --dry-run`)."""
    return Workshop.objects.filter(expires_at__lte=now or timezone.now()).count()


def purge_expired(now=None) -> int:
    """Delete workshops (and, by cascade, participants and votes) past their expiry."""
    expired = Workshop.objects.filter(expires_at__lte=now or timezone.now())
    _total, per_model = expired.delete()
    return per_model.get("practice.Workshop", 0)


def create(lang: str, scenario_ids: list[str], minutes: int, allow_own_lines: bool):
    """A new workshop; returns (workshop, facilitator key). The key is shown once, never stored."""
    purge_expired()
    key = codes.new_key()
    expires = timezone.now() + timedelta(hours=conf.retention_hours())
    for _ in range(5):
        try:
            with transaction.atomic():
                ws = Workshop.objects.create(
                    code=codes.new_code(),
                    host_hash=codes.digest(key),
                    lang=lang,
                    scenario_ids=list(scenario_ids),
                    minutes=minutes,
                    allow_own_lines=allow_own_lines,
                    expires_at=expires,
                )
            return ws, key
        except IntegrityError:
            continue  # a code collision: draw again
    raise RuntimeError("could not draw a free join code")


def live(queryset):
    return queryset.filter(expires_at__gt=timezone.now())


def by_code(code: str) -> Workshop | None:
    code = codes.normalize(code)
    return live(Workshop.objects).filter(code=code).first() if code else None


def by_key(key: str) -> Workshop | None:
    if not key or len(key) > 64:
        return None
    return live(Workshop.objects).filter(host_hash=codes.digest(key)).first()


def is_participant(ws: Workshop, key: str) -> bool:
    found = Participant.objects.filter(workshop=ws, key_hash=codes.digest(key))
    return bool(key) and found.exists()


def join(ws: Workshop) -> str:
    """Admit one more participant; returns the key for their cookie. Raises Full at the cap."""
    key = codes.new_key()
    with transaction.atomic():
        # Lock the workshop row (PostgreSQL); SQLite's IMMEDIATE transactions serialise anyway.
        Workshop.objects.select_for_update().filter(pk=ws.pk).first()
        if Participant.objects.filter(workshop=ws).count() >= conf.max_participants():
            raise Full
        Participant.objects.create(workshop=ws, key_hash=codes.digest(key))
    return key


def vote(ws: Workshop, key: str, question: int, choice: str, own_line: str = "") -> bool:
    """Record or change this participant's vote; True when it changed an earlier vote."""
    ballot = codes.ballot(settings.SECRET_KEY, key, ws.code, question)
    own_line = own_line.strip()[:200] if ws.allow_own_lines else ""
    for _ in range(3):
        try:
            with transaction.atomic():
                current = Workshop.objects.filter(pk=ws.pk, phase="open", current=question)
                if not current.exists():
                    raise Closed
                updated = Vote.objects.filter(workshop=ws, question=question, ballot=ballot)
                if updated.update(choice=choice, own_line=own_line):
                    return True
                Vote.objects.create(
                    workshop=ws, question=question, ballot=ballot, choice=choice, own_line=own_line
                )
                return False
        except IntegrityError:
            continue  # the same participant's other request won the race: update instead
    raise Closed


def tally(ws: Workshop, question: int | None = None) -> dict[str, int]:
    q = ws.current if question is None else question
    rows = Vote.objects.filter(workshop=ws, question=q).values("choice").annotate(n=Count("id"))
    return {row["choice"]: row["n"] for row in rows}


def own_lines(ws: Workshop, question: int | None = None) -> list[str]:
    q = ws.current if question is None else question
    lines = Vote.objects.filter(workshop=ws, question=q).exclude(own_line="")
    return sorted(lines.values_list("own_line", flat=True))


def participant_count(ws: Workshop) -> int:
    return Participant.objects.filter(workshop=ws).count()


def act(ws: Workshop, action: str) -> Workshop:
    """Apply a facilitator action; every action bumps the version the screens poll."""
    changes: dict = {}
    last = ws.current >= len(ws.scenario_ids) - 1
    if action == "open" and ws.phase in ("lobby", "closed"):
        changes = {"phase": "open", "opened_at": timezone.now()}
    elif action == "close" and ws.phase == "open":
        changes = {"phase": "closed"}
    elif action == "reveal" and ws.phase in ("open", "closed"):
        changes = {"phase": "revealed"}
    elif action == "next" and ws.phase in ("closed", "revealed") and not last:
        changes = {"phase": "open", "current": ws.current + 1, "opened_at": timezone.now()}
    elif action == "end":
        changes = {"phase": "ended"}
    elif action in ("show-lines", "hide-lines") and ws.allow_own_lines:
        changes = {"show_own_lines": action == "show-lines"}
    if changes:
        Workshop.objects.filter(pk=ws.pk).update(version=F("version") + 1, **changes)
        ws.refresh_from_db()
    return ws


def export_csv(ws: Workshop, bank) -> str:
    """Counts per response per question: no ballots, no own lines, nothing about anyone."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["question", "scenario", "response", "d", "votes"])
    counts = {}
    rows = Vote.objects.filter(workshop=ws).values("question", "choice").annotate(n=Count("id"))
    for row in rows:
        counts[(row["question"], row["choice"])] = row["n"]
    for q, sid in enumerate(ws.scenario_ids):
        scenario = bank.get(ws.lang, sid)
        if scenario is None:
            continue
        for r in scenario.responses:
            writer.writerow(
                [q + 1, scenario.plain["title"], r.plain["text"], r.d, counts.get((q, r.id), 0)]
            )
        if ws.allow_own_lines:
            writer.writerow([q + 1, scenario.plain["title"], OWN, "", counts.get((q, OWN), 0)])
    return out.getvalue()
