"""Contact fixtures: a real SMTP server (aiosmtpd) on a free loopback port, form data helpers."""

from __future__ import annotations

import email
import logging
import socket
import threading
import time
from email import policy

import pytest

# aiosmtpd logs each connection at INFO from its own thread; one that closes after its test has
# ended wrote to pytest's closed capture stream ("--- Logging error ---" in CI's output).
logging.getLogger("mail.log").setLevel(logging.WARNING)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Inbox:
    """What the SMTP server received: parsed messages, with their envelope recipients."""

    def __init__(self, delay: float = 0.0):
        self.delay = delay
        self.lock = threading.Lock()
        self.received: list[tuple[list[str], email.message.EmailMessage]] = []

    async def handle_DATA(self, server, session, envelope):
        if self.delay:
            time.sleep(self.delay)  # a slow server, so overlapping runs really overlap
        parsed = email.message_from_bytes(
            envelope.original_content or envelope.content, policy=policy.default
        )
        with self.lock:
            self.received.append((list(envelope.rcpt_tos), parsed))
        return "250 OK"

    @property
    def messages(self):
        with self.lock:
            return [m for _, m in self.received]

    def wait_for(self, count: int, timeout: float = 10) -> list:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and len(self.received) < count:
            time.sleep(0.02)
        return self.messages


class SmtpServer:
    def __init__(self, port: int | None = None, delay: float = 0.0):
        self.port = port or free_port()
        self.inbox = Inbox(delay)
        self.controller = None

    def start(self):
        from aiosmtpd.controller import Controller

        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()
        return self

    def stop(self):
        if self.controller:
            self.controller.stop()
            self.controller = None


@pytest.fixture
def smtp_settings(settings):
    """Send through Django's real SMTP backend to 127.0.0.1 at a port chosen by the test."""

    def use(port: int):
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = port
        settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
        settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
        settings.EMAIL_TIMEOUT = 5

    return use


@pytest.fixture
def smtp_server(smtp_settings):
    server = SmtpServer().start()
    smtp_settings(server.port)
    yield server
    server.stop()


class Clock:
    """A frozen clock: it reads `t` until a test moves it with advance()."""

    START = 1_800_001_800.0  # mid-way through an hour, so rate-limit windows do not roll over

    def __init__(self):
        self.t = self.START

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


@pytest.fixture(autouse=True)
def clock(monkeypatch):
    """Every contact test runs on a frozen clock: form start tokens and rate-limit windows read
    it, so no result depends on how long the machine takes between two lines of a test."""
    frozen = Clock()
    monkeypatch.setattr("allykit.contact.clock.now", frozen)
    return frozen


def start_token(age: float = 60, client=None) -> str:
    """A start token issued `age` seconds ago (by the frozen clock), bound to `client`'s cookie."""
    from allykit.contact import clock
    from allykit.contact.forms import bind, issue_token

    cookie = client.cookies.get("csrftoken") if client is not None else None
    return issue_token(clock.now() - age, bind(cookie.value if cookie else ""))


def form_data(client=None, **overrides) -> dict:
    """A valid contact-form post, shown a minute ago (to the test client `client`, if given)."""
    data = {
        "name": "Élodie Tremblay",
        "email": "elodie@example.org",
        "topic": "content",
        "message": "Bonjour ! Où est la référence « Smith 2020 » ? Merci, ça m’aiderait.",
        "website": "",
        "started": start_token(60, client),
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}
