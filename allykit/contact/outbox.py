"""The outbox: send queued emails at least once, safe to run from several processes.

A row is claimed with one conditional UPDATE (state queued, lease expired, due): only one
process can win it, on SQLite and on PostgreSQL alike. The winner sends, records the attempt,
and marks it sent, or schedules the next try with a growing delay. A crash leaves the lease to
expire, and the row is tried again later.

Delivery is AT LEAST ONCE, not exactly once. SMTP has no two-phase commit: the server's reply
to the end of the message is the moment it takes the mail, and our database cannot record
"sent" in the same step. If the process dies (or the reply is lost) between that reply and the
UPDATE that marks the row sent, the row is sent again when its lease expires, with the SAME
Message-ID (made once, when the row is queued), so a receiving mail system or person can tell
the copies apart. The window is kept as narrow as SMTP allows: the connection is opened, greeted
and logged in before the message goes out; the row is marked sent by one UPDATE straight after
the server's reply, before the attempt is logged and before QUIT, so a failure while closing the
connection cannot turn an accepted mail into a retry.
"""

from __future__ import annotations

import logging
import os
import smtplib
import socket
import threading
import uuid
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from .mail import build_email
from .models import DeliveryAttempt, OutgoingMail

log = logging.getLogger(__name__)
LEASE = timedelta(minutes=5)  # far longer than one SMTP exchange (EMAIL_TIMEOUT)
BASE_DELAY = 60
MAX_DELAY = 6 * 3600


class ServerDown(Exception):
    """The mail server cannot be reached or refuses us: stop this run, the rest stays queued."""


def server_down(exc: Exception) -> bool:
    """Connection and login failures (every other row would fail too), not per-message refusals."""
    stop = (
        smtplib.SMTPConnectError,
        smtplib.SMTPServerDisconnected,
        smtplib.SMTPAuthenticationError,
    )
    if isinstance(exc, stop):
        return True
    return isinstance(exc, OSError) and not isinstance(exc, smtplib.SMTPException)


@dataclass
class Summary:
    sent: int = 0
    retry: int = 0
    failed: int = 0
    stopped: bool = False  # the mail server could not be reached


def backoff(attempts: int) -> timedelta:
    """Delay before the next try after `attempts` failures: 1, 2, 4 ... minutes, up to 6 h."""
    return timedelta(seconds=min(MAX_DELAY, BASE_DELAY * 2 ** max(0, attempts - 1)))


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident() % 100000}"[:64]


def _claimable(now, ignore_backoff: bool):
    rows = OutgoingMail.objects.filter(state=OutgoingMail.State.QUEUED).filter(
        Q(lease_until__isnull=True) | Q(lease_until__lt=now)
    )
    return rows if ignore_backoff else rows.filter(next_attempt_at__lte=now)


def claim(pk: int, ignore_backoff: bool = False) -> str | None:
    """Take the lease on row `pk`; the token proves ownership, None when someone else has it."""
    now = timezone.now()
    token = uuid.uuid4().hex
    won = (
        _claimable(now, ignore_backoff)
        .filter(pk=pk)
        .update(lease_until=now + LEASE, lease_token=token)
    )
    return token if won == 1 else None


def deliver(pk: int, token: str, connection, worker: str = "") -> bool | None:
    """Send the claimed row; True sent, False will retry or gave up, None lost the lease.

    The connection is opened first (connect, TLS, login) so that only the message itself lies
    between the server's acceptance and the UPDATE that marks the row sent; the caller closes it.
    """
    mail = OutgoingMail.objects.get(pk=pk)
    error = ""
    try:
        connection.open()
        ok = connection.send_messages([build_email(mail, connection)]) == 1
        if not ok:
            error = "the mail backend accepted no message"
    except Exception as exc:  # noqa: BLE001 - every failure is recorded and retried
        ok = False
        error = f"{type(exc).__name__}: {exc}"[:2000]
        _close(connection)
        if server_down(exc):
            _record(mail, token, ok, error, worker)
            raise ServerDown(error) from exc
    return _record(mail, token, ok, error, worker)


def _record(mail: OutgoingMail, token: str, ok: bool, error: str, worker: str) -> bool | None:
    now = timezone.now()
    mine = OutgoingMail.objects.filter(pk=mail.pk, lease_token=token)
    if ok:
        # First and on its own (one committed statement): this closes the duplicate window.
        won = mine.update(
            state=OutgoingMail.State.SENT,
            sent_at=now,
            lease_until=None,
            lease_token="",
            attempts=F("attempts") + 1,
            last_error="",
        )
        DeliveryAttempt.objects.create(mail=mail, at=now, ok=ok, error=error, worker=worker)
    else:
        attempts = mail.attempts + 1
        gave_up = attempts >= settings.OUTBOX_MAX_ATTEMPTS
        state = OutgoingMail.State.FAILED if gave_up else OutgoingMail.State.QUEUED
        with transaction.atomic():
            DeliveryAttempt.objects.create(mail=mail, at=now, ok=ok, error=error, worker=worker)
            won = mine.update(
                state=state,
                next_attempt_at=now + backoff(attempts),
                lease_until=None,
                lease_token="",
                attempts=F("attempts") + 1,
                last_error=error,
            )
    if not won:
        log.warning("outbox: lost the lease on mail %s while sending it", mail.pk)
        return None
    if not ok:
        log.warning("outbox: mail %s not sent (attempt %s): %s", mail.pk, mail.attempts + 1, error)
    return ok


def send_one(pk: int) -> bool | None:
    """Try to send one row now (right after it was queued); never raises."""
    try:
        token = claim(pk, ignore_backoff=True)
        if token is None:
            return None
        connection = get_connection(fail_silently=False)
        try:
            return deliver(pk, token, connection, worker_name())
        finally:
            _close(connection)  # after the row is marked: a failing QUIT changes nothing
    except ServerDown:
        return False  # already recorded and logged; `allykit send-outbox` sends it later
    except Exception:  # noqa: BLE001 - the row stays queued for `allykit send-outbox`
        log.warning("outbox: mail %s stays queued", pk, exc_info=True)
        return False


def send_pending(limit: int | None = None, ignore_backoff: bool = False) -> Summary:
    """Send every due row (at most `limit`), one claim at a time; stops if the server is down."""
    summary = Summary()
    worker = worker_name()
    connection = get_connection(fail_silently=False)
    seen: set[int] = set()
    try:
        while limit is None or len(seen) < limit:
            now = timezone.now()
            batch = list(
                _claimable(now, ignore_backoff)
                .exclude(pk__in=seen)
                .order_by("next_attempt_at", "id")
                .values_list("pk", flat=True)[:50]
            )
            if not batch:
                break
            for pk in batch:
                if limit is not None and len(seen) >= limit:
                    break
                seen.add(pk)
                token = claim(pk, ignore_backoff)
                if token is None:
                    continue  # another run took it
                try:
                    result = deliver(pk, token, connection, worker)
                except ServerDown:
                    summary.retry += 1
                    summary.stopped = True
                    return summary
                _count(summary, pk, result)
    finally:
        _close(connection)
    return summary


def _close(connection) -> None:
    try:
        connection.close()
    except Exception:  # noqa: BLE001 - a broken connection is simply dropped
        connection.connection = None


def _count(summary: Summary, pk: int, result: bool | None) -> None:
    if result:
        summary.sent += 1
    elif result is False:
        state = OutgoingMail.objects.filter(pk=pk).values_list("state", flat=True).first()
        if state == OutgoingMail.State.FAILED:
            summary.failed += 1
        else:
            summary.retry += 1
