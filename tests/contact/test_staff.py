"""The staff inbox: admin path, answering in the person's language, closing, export, lockout."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import User
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from allykit.contact.models import Feedback, LoginFailure, Message, OutgoingMail

pytestmark = pytest.mark.django_db
PASSWORD = "a long enough staff password 42"


@pytest.fixture
def staff(client):
    user = User.objects.create_superuser("curator", "curator@example.org", PASSWORD)
    client.force_login(user)
    return user


def _message(**fields) -> Message:
    data = {
        "lang": "fr",
        "topic": "content",
        "name": "Zoé",
        "email": "zoe@example.org",
        "body": "Où est la source ?",
    }
    return Message.objects.create(**{**data, **fields})


def test_the_inbox_is_at_the_configured_path_not_at_admin(client):
    assert client.get("/staff/").status_code == 302  # to the login page
    assert client.get("/admin/").status_code == 404


def test_passwords_are_hashed_with_argon2():
    user = User.objects.create_user("someone", password=PASSWORD)
    assert user.password.startswith("argon2")


def test_list_search_and_filters(client, staff):
    _message(body="aiguille dans la botte de foin")
    _message(body="autre chose", status="closed", topic="technical", lang="en")
    listing = client.get("/staff/contact/message/").content.decode()
    assert "A question about the content" in listing and "Closed" in listing
    found = client.get("/staff/contact/message/?q=aiguille").content.decode()
    assert "1 message" in found or "1 result" in found
    assert (
        client.get("/staff/contact/message/?status__exact=closed&lang__exact=en").status_code == 200
    )


def test_a_reply_goes_out_in_the_persons_language_and_is_logged(
    client, staff, django_capture_on_commit_callbacks
):
    message = _message()
    url = f"/staff/contact/message/{message.pk}/change/"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url,
            {
                "status": "new",
                "reply": "Voici la référence demandée.",
                "replies-TOTAL_FORMS": 0,
                "replies-INITIAL_FORMS": 0,
                "mails-TOTAL_FORMS": 0,
                "mails-INITIAL_FORMS": 0,
            },
        )
    assert response.status_code == 302, response.content.decode()[:3000]
    message.refresh_from_db()
    assert message.status == "answered" and message.answered_at
    [sent] = mail.outbox
    assert sent.to == ["zoe@example.org"] and sent.reply_to == ["content@example.org"]
    assert sent.subject == "Votre message à la Trousse de l'allié"
    assert sent.body.startswith("Bonjour Zoé,") and "Voici la référence demandée." in sent.body
    assert "> Où est la source ?" in sent.body and "L'équipe de la Trousse de l'allié" in sent.body
    assert "Auto-Submitted" not in sent.extra_headers
    reply = message.replies.get()
    assert reply.author == staff and reply.mail.state == "sent"
    log = LogEntry.objects.filter(object_id=str(message.pk)).values_list(
        "change_message", flat=True
    )
    assert any("Replied" in m for m in log)


def test_an_english_reply_is_in_english(client, staff, django_capture_on_commit_callbacks):
    message = _message(lang="en", name="")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/staff/contact/message/{message.pk}/change/",
            {
                "status": "new",
                "reply": "Thanks!",
                "replies-TOTAL_FORMS": 0,
                "replies-INITIAL_FORMS": 0,
                "mails-TOTAL_FORMS": 0,
                "mails-INITIAL_FORMS": 0,
            },
        )
    assert mail.outbox[0].subject == "Your message to the Ally Toolkit"
    assert mail.outbox[0].body.startswith("Hello,")


def test_no_reply_without_an_address(client, staff):
    message = _message(email="")
    response = client.post(
        f"/staff/contact/message/{message.pk}/change/",
        {
            "status": "new",
            "reply": "Hello",
            "replies-TOTAL_FORMS": 0,
            "replies-INITIAL_FORMS": 0,
            "mails-TOTAL_FORMS": 0,
            "mails-INITIAL_FORMS": 0,
        },
    )
    assert response.status_code == 200 and "no email address" in response.content.decode()
    assert not mail.outbox and not message.replies.exists()


def test_close_action_and_csv_export_escape_formulas_and_are_logged(client, staff):
    a = _message(name='=HYPERLINK("http://evil")', body="+1 call me")
    b = _message(name="Léa", body="-- ligne\nsuivante", lang="en")
    response = client.post(
        "/staff/contact/message/", {"action": "export_csv", "_selected_action": [a.pk, b.pk]}
    )
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:3] == ["id", "received", "status"]
    assert rows[1][5] == '\'=HYPERLINK("http://evil")' and rows[1][7] == "'+1 call me"
    assert rows[2][5] == "Léa" and rows[2][7] == "'-- ligne\nsuivante"
    assert LogEntry.objects.filter(change_message="Exported to CSV").count() == 2
    client.post("/staff/contact/message/", {"action": "close", "_selected_action": [a.pk]})
    a.refresh_from_db()
    assert a.status == "closed" and a.closed_at
    assert LogEntry.objects.filter(change_message="Closed", user=staff).count() == 1


def test_failed_emails_can_be_queued_again(client, staff):
    message = _message()
    from allykit.contact.mail import queue_notification

    out = queue_notification(message)
    OutgoingMail.objects.filter(pk=out.pk).update(state="failed", attempts=12)
    client.post(
        "/staff/contact/message/", {"action": "retry_delivery", "_selected_action": [message.pk]}
    )
    out.refresh_from_db()
    assert out.state == "queued" and out.attempts == 0


def test_feedback_summary_per_page(client, staff):
    for helpful, comment in [(True, ""), (True, "bien"), (False, "trop long"), (True, "")]:
        Feedback.objects.create(page_key="why", lang="fr", helpful=helpful, comment=comment)
    Feedback.objects.create(page_key="home", lang="en", helpful=False)
    html = client.get("/staff/contact/feedback/").content.decode()
    assert "Summary per page" in html
    assert "<td>why</td><td>fr</td><td>4</td><td>3</td><td>75 %</td>" in html
    assert "<td>home</td><td>en</td><td>1</td><td>0</td><td>0 %</td>" in html
    assert "trop long" in html


def _login(client, password, addr="198.51.100.20", user="curator"):
    return client.post(
        "/staff/login/?next=/staff/", {"username": user, "password": password}, REMOTE_ADDR=addr
    )


def test_repeated_failed_logins_lock_the_account(client, settings):
    settings.LOGIN_MAX_FAILURES = 3
    User.objects.create_superuser("curator", "curator@example.org", PASSWORD)
    for i in range(3):
        assert _login(client, "wrong", addr=f"198.51.100.{i}").status_code == 200
    # The right password from a fresh address is refused while the account is locked.
    assert _login(client, PASSWORD, addr="203.0.113.1").status_code == 200
    assert LoginFailure.objects.count() == 6  # user and address keys; locked tries not counted
    LoginFailure.objects.update(at=timezone.now() - timedelta(seconds=901))
    assert _login(client, PASSWORD, addr="203.0.113.1").status_code == 302
    assert not LoginFailure.objects.filter(key__startswith="login-user").exists()


def test_repeated_failed_logins_lock_the_address(client, settings):
    settings.LOGIN_MAX_FAILURES = 3
    User.objects.create_superuser("curator", "curator@example.org", PASSWORD)
    for name in ("a", "b", "c"):
        _login(client, "wrong", user=name)
    assert _login(client, PASSWORD).status_code == 200  # same address: locked
    assert _login(client, PASSWORD, addr="203.0.113.9").status_code == 302


def test_sessions_expire():
    from django.conf import settings

    assert settings.SESSION_COOKIE_AGE <= 8 * 3600 and settings.SESSION_EXPIRE_AT_BROWSER_CLOSE


def test_purge_deletes_what_is_past_retention_and_reports(capsys):
    old, new = _message(), _message()
    Message.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=400))
    from allykit.contact.mail import queue_notification

    queue_notification(old)
    Feedback.objects.create(
        page_key="why",
        lang="en",
        helpful=True,
        created_on=timezone.localdate() - timedelta(days=400),
    )
    Feedback.objects.create(page_key="why", lang="en", helpful=True)
    call_command("purge", "--older-than", "365d", "--dry-run")
    assert "would delete 1 message(s) and 1 page-feedback" in capsys.readouterr().out
    assert Message.objects.count() == 2
    call_command("purge", "--older-than", "365d")
    assert "deleted 1 message(s) and 1 page-feedback answer(s) older than 365 days" in (
        capsys.readouterr().out
    )
    assert list(Message.objects.values_list("pk", flat=True)) == [new.pk]
    assert OutgoingMail.objects.count() == 0 and Feedback.objects.count() == 1


def test_purge_defaults_to_the_retention_setting(settings, capsys):
    settings.RETENTION_DAYS = 30
    m = _message()
    Message.objects.filter(pk=m.pk).update(created_at=timezone.now() - timedelta(days=31))
    call_command("purge")
    out = capsys.readouterr().out
    assert "deleted 1 message(s)" in out and "older than 30 days" in out
    assert Message.objects.count() == 0


def test_readme_documents_purge_outbox_and_privacy():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    section = readme[readme.index("<!-- contact:start -->") : readme.index("<!-- contact:end -->")]
    for needed in (
        "allykit purge --older-than 365d",
        "allykit send-outbox",
        "Privacy",
        "ALLYKIT_ADMIN_PATH",
        "ALLYKIT_RETENTION_DAYS",
    ):
        assert needed in section


def _error(response) -> str:
    import re

    html = response.content.decode()
    found = re.search(r'<p class="errornote">\s*(.*?)\s*</p>', html, re.S)
    return found[1] if found else ""


def test_a_locked_account_is_told_so_even_with_the_right_password(client, settings):
    settings.LOGIN_MAX_FAILURES = 3
    User.objects.create_superuser("curator", "curator@example.org", PASSWORD)
    for i in range(3):
        wrong = _login(client, "wrong", addr=f"198.51.100.{i}")
        assert "correct username and password" in _error(wrong)
    right = _login(client, PASSWORD, addr="203.0.113.1")
    assert right.status_code == 200
    assert "Sign-in is paused" in _error(right) and "15 minutes" in _error(right)
    assert "correct username and password" not in _error(right)


def test_the_locked_message_does_not_reveal_which_accounts_exist(client, settings):
    settings.LOGIN_MAX_FAILURES = 2
    User.objects.create_superuser("curator", "curator@example.org", PASSWORD)
    answers = {}
    for name in ("curator", "nobody-by-this-name"):
        for i in range(2):
            _login(client, "wrong", addr=f"198.51.100.{i}", user=name)
        right = _login(client, PASSWORD, addr="203.0.113.2", user=name)
        wrong = _login(client, "wrong", addr="203.0.113.3", user=name)
        answers[name] = (_error(right), _error(wrong))
    assert answers["curator"] == answers["nobody-by-this-name"]
    assert all("Sign-in is paused" in text for text in answers["curator"])


def test_a_locked_address_gets_the_same_message_for_any_name(client, settings):
    settings.LOGIN_MAX_FAILURES = 2
    User.objects.create_superuser("curator", "curator@example.org", PASSWORD)
    _login(client, "wrong", user="a")
    _login(client, "wrong", user="b")
    texts = {_error(_login(client, PASSWORD)), _error(_login(client, "wrong", user="c"))}
    assert len(texts) == 1 and "Sign-in is paused" in texts.pop()


def test_the_locked_message_is_translated():
    from django.utils import translation

    with translation.override("fr"):
        from allykit.contact.admin import StaffLoginForm

        form = StaffLoginForm(request=type("R", (), {"allykit_locked": True})())
        text = str(form.get_invalid_login_error().message)
    assert text.startswith("La connexion est suspendue") and "15\u00a0minutes" not in text
    assert "jusqu'à 15 minutes" in text


def test_attempts_are_counted_before_the_password_is_checked(settings):
    """Twenty attempts that all begin before any password check ends: five may go on."""
    from django.test import RequestFactory

    from allykit.contact.lockout import begin_attempt

    settings.LOGIN_MAX_FAILURES = 5
    request = RequestFactory().post("/staff/login/", REMOTE_ADDR="198.51.100.30")
    assert [begin_attempt("curator", request) for _ in range(20)] == [True] * 5 + [False] * 15
    assert LoginFailure.objects.count() == 10  # the refused ones removed their rows


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_twenty_parallel_wrong_logins_check_at_most_five_passwords(settings, monkeypatch):
    import threading

    from django.contrib.auth.backends import ModelBackend
    from django.test import Client

    settings.LOGIN_MAX_FAILURES = 5
    User.objects.create_superuser("curator", "curator@example.org", PASSWORD)
    checks, lock = [], threading.Lock()
    original = ModelBackend.authenticate

    def counted(self, request, username=None, password=None, **kwargs):
        with lock:
            checks.append(username)
        return original(self, request, username=username, password=password, **kwargs)

    monkeypatch.setattr(ModelBackend, "authenticate", counted)
    barrier = threading.Barrier(20)
    statuses = []

    def attempt(i):
        from django.db import connection

        try:
            barrier.wait(30)
            response = Client().post(
                "/staff/login/",
                {"username": "curator", "password": "no"},
                REMOTE_ADDR=f"198.51.100.{i}",
            )
            statuses.append(response.status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt, args=(i,)) for i in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert statuses == [200] * 20
    assert 1 <= len(checks) <= 5, checks


@pytest.mark.parametrize(
    "target", ["https://evil.example/", "//evil.example/staff/", "javascript:alert(1)"]
)
def test_a_refused_next_lands_on_the_inbox(client, target):
    User.objects.create_superuser("curator", "curator@example.org", PASSWORD)
    response = client.post(
        f"/staff/login/?next={target}", {"username": "curator", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == "/staff/"
    assert client.get(response["Location"]).status_code == 200


def test_a_safe_next_is_followed(client):
    User.objects.create_superuser("curator", "curator@example.org", PASSWORD)
    response = client.post(
        "/staff/login/?next=/staff/contact/message/", {"username": "curator", "password": PASSWORD}
    )
    assert response["Location"] == "/staff/contact/message/"
