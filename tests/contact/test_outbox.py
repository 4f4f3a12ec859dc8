"""The outbox against a real SMTP server: right headers and encoding, no loss, no duplicate."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from allykit.contact import outbox
from allykit.contact.mail import queue_notification
from allykit.contact.models import DeliveryAttempt, Message, OutgoingMail
from tests.contact.conftest import SmtpServer, form_data, free_port

pytestmark = pytest.mark.django_db(transaction=True)


def _queue(n: int, **fields) -> list[OutgoingMail]:
    mails = []
    for i in range(n):
        message = Message.objects.create(
            lang=fields.get("lang", "fr"),
            topic=fields.get("topic", "content"),
            name=fields.get("name", f"Zoé Côté {i}"),
            email=fields.get("email", f"zoe{i}@example.org"),
            body=fields.get("body", f"Message nº {i} : déjà vu ?"),
        )
        mails.append(queue_notification(message))
    return mails


def test_messages_arrive_with_recipient_subject_reply_to_and_accents(client, smtp_server):
    response = client.post("/fr/contact/", form_data(topic="technical"))
    assert response.status_code == 303
    smtp_server.inbox.wait_for(1)
    [(rcpt, received)] = smtp_server.inbox.received
    assert rcpt == ["tech@example.org"]
    assert received["To"] == "tech@example.org"
    assert received["Reply-To"] == "elodie@example.org"
    pk = Message.objects.get().pk
    # Django folds the encoded subject onto a continuation line; parsers keep the fold's space.
    subject = f"[Ally Toolkit] A technical problem from Élodie Tremblay (FR, #{pk})"
    assert received["Subject"].strip() == subject
    assert received["Message-ID"] == OutgoingMail.objects.get().msgid
    assert received["Auto-Submitted"] == "auto-generated"
    body = received.get_content()
    assert "Bonjour ! Où est la référence « Smith 2020 » ? Merci, ça m’aiderait." in body
    assert received.get_content_charset() == "utf-8"
    mail = OutgoingMail.objects.get()
    assert mail.state == "sent" and mail.attempts == 1 and mail.sent_at
    assert list(mail.tries.values_list("ok", flat=True)) == [True]


def test_mail_server_down_then_up_sends_each_queued_message_once(smtp_settings):
    port = free_port()
    smtp_settings(port)  # nothing listens yet
    mails = _queue(5)
    down = outbox.send_pending()
    assert down.stopped and down.sent == 0
    assert OutgoingMail.objects.filter(state="queued").count() == 5
    first = OutgoingMail.objects.get(pk=mails[0].pk)
    assert first.attempts == 1 and first.next_attempt_at > timezone.now()
    assert DeliveryAttempt.objects.filter(ok=False).count() == 1  # stopped at the first failure

    # Not due yet: a run without --now leaves them alone.
    server = SmtpServer(port).start()
    try:
        assert outbox.send_pending().sent == 4  # the four never tried are due; the first waits
        OutgoingMail.objects.update(next_attempt_at=timezone.now() - timedelta(seconds=1))
        assert outbox.send_pending().sent == 1
        assert outbox.send_pending(ignore_backoff=True).sent == 0  # nothing left to send
        received = server.inbox.wait_for(5)
    finally:
        server.stop()
    ids = sorted(m["Message-ID"] for m in received)
    assert ids == sorted(m.msgid for m in mails)  # each exactly once
    assert OutgoingMail.objects.filter(state="sent").count() == 5
    assert DeliveryAttempt.objects.filter(ok=True).count() == 5


def test_two_overlapping_runs_send_every_message_exactly_once(smtp_settings):
    server = SmtpServer(delay=0.02).start()
    smtp_settings(server.port)
    mails = _queue(30)
    results, errors = [], []

    def run():
        try:
            results.append(outbox.send_pending())
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        received = server.inbox.wait_for(30)
    finally:
        server.stop()
    assert errors == []
    assert sum(r.sent for r in results) == 30
    assert all(r.sent > 0 for r in results), "the runs did not overlap"
    ids = [m["Message-ID"] for m in received]
    assert len(ids) == 30 and set(ids) == {m.msgid for m in mails}
    assert DeliveryAttempt.objects.count() == 30


def test_a_refusal_is_retried_with_back_off_then_marked_failed(settings, smtp_settings):
    settings.OUTBOX_MAX_ATTEMPTS = 3

    server = SmtpServer().start()
    smtp_settings(server.port)

    async def refuse(srv, session, envelope, address, rcpt_options):
        return "550 5.1.1 mailbox unavailable"

    server.inbox.handle_RCPT = refuse
    [mail] = _queue(1)
    try:
        for _ in range(3):
            summary = outbox.send_pending(ignore_backoff=True)
            assert not summary.stopped  # a refusal concerns this message, not the server
    finally:
        server.stop()
    mail.refresh_from_db()
    assert mail.state == "failed" and mail.attempts == 3 and "550" in mail.last_error
    assert mail.tries.filter(ok=False).count() == 3
    assert outbox.send_pending(ignore_backoff=True).sent == 0  # given up: left for staff


def test_a_crashed_run_leaves_a_lease_that_expires(smtp_server):
    [mail] = _queue(1)
    token = outbox.claim(mail.pk)
    assert token and outbox.claim(mail.pk) is None  # held by the "crashed" run
    assert outbox.send_pending(ignore_backoff=True).sent == 0
    expired = timezone.now() - timedelta(seconds=1)
    OutgoingMail.objects.filter(pk=mail.pk).update(lease_until=expired)
    assert outbox.send_pending().sent == 1
    assert len(smtp_server.inbox.wait_for(1)) == 1


def test_send_outbox_command_reports_and_signals_a_down_server(smtp_settings, capsys):
    smtp_settings(free_port())
    _queue(2)
    with pytest.raises(SystemExit) as exit_info:
        call_command("send_outbox")
    assert exit_info.value.code == 75
    assert "mail server unreachable" in capsys.readouterr().out
    server = SmtpServer().start()
    smtp_settings(server.port)
    try:
        call_command("send_outbox", "--now")
    finally:
        server.stop()
    assert "2 sent" in capsys.readouterr().out


def test_the_allykit_cli_dispatches_send_outbox(capsys):
    from allykit.cli import main

    assert main(["send-outbox", "--limit", "0"]) == 0
    assert "0 sent" in capsys.readouterr().out


class Killed(BaseException):
    """Stands for kill -9: nothing after it runs, not even `except Exception` blocks."""


def test_a_failing_quit_after_the_server_took_the_mail_is_not_a_retry(smtp_server, monkeypatch):
    import smtplib

    def broken_quit(self):
        raise smtplib.SMTPResponseException(421, b"closing, sorry")

    monkeypatch.setattr(smtplib.SMTP, "quit", broken_quit)
    [mail] = _queue(1)
    assert outbox.send_one(mail.pk) is True
    mail.refresh_from_db()
    assert (mail.state, mail.attempts) == ("sent", 1)
    assert outbox.send_pending(ignore_backoff=True).sent == 0
    assert len(smtp_server.inbox.wait_for(1)) == 1


def test_the_row_is_marked_sent_before_anything_else_happens(smtp_server, monkeypatch):
    """After the server's reply, the first thing done is the UPDATE: a crash in the attempt log
    that follows it (or in QUIT) no longer sends the mail twice."""
    [mail] = _queue(1)

    def crash(**kwargs):
        raise Killed

    monkeypatch.setattr(DeliveryAttempt.objects, "create", crash)
    with pytest.raises(Killed):
        outbox.send_one(mail.pk)
    mail.refresh_from_db()
    assert mail.state == "sent"


def test_a_crash_after_the_server_took_the_mail_resends_it_with_the_same_message_id(
    smtp_server, monkeypatch
):
    """At least once: this window cannot be closed over SMTP, so the copy is recognisable."""
    [mail] = _queue(1)
    real_record = outbox._record

    def killed(*args, **kwargs):
        raise Killed

    monkeypatch.setattr(outbox, "_record", killed)
    with pytest.raises(Killed):
        outbox.send_one(mail.pk)
    monkeypatch.setattr(outbox, "_record", real_record)
    assert OutgoingMail.objects.get().state == "queued"  # the lease still holds it
    assert outbox.send_pending(ignore_backoff=True).sent == 0
    expired = timezone.now() - timedelta(seconds=1)
    OutgoingMail.objects.filter(pk=mail.pk).update(lease_until=expired)
    assert outbox.send_pending().sent == 1
    received = smtp_server.inbox.wait_for(2)
    assert [m["Message-ID"] for m in received] == [mail.msgid, mail.msgid]
    assert OutgoingMail.objects.get().state == "sent"


def test_readme_and_outbox_state_the_delivery_guarantee_truly():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    section = readme[readme.index("<!-- contact:start -->") : readme.index("<!-- contact:end -->")]
    assert "at least once" in section and "Message-ID" in section
    assert "each email is sent once" not in section
    assert "AT LEAST ONCE" in outbox.__doc__ and "each exactly once" not in outbox.__doc__
