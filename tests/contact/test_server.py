"""The production server under load: 50 simultaneous messages, each stored exactly once, then
sent exactly once by two overlapping `allykit send-outbox` runs. On SQLite and PostgreSQL."""

from __future__ import annotations

import http.client
import os
import re
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

import pytest

from tests.contact.conftest import SmtpServer, free_port

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.server
COUNT = 50


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=[pytest.mark.postgres])])
def database(request):
    """('sqlite', '') or ('postgres', URL of a fresh database on the test run's server)."""
    if request.param == "sqlite":
        return "sqlite", ""
    base = request.getfixturevalue("postgres_url")
    import psycopg

    name = f"contact_{uuid.uuid4().hex[:8]}"
    server = base.rsplit("/", 1)[0]
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return "postgres", f"{server}/{name}"


def _env(tmp_path, database_url: str, smtp_port: int) -> dict:
    env = {
        k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL")
    }
    env.update(
        {
            "ALLYKIT_DATA_DIR": str(tmp_path / "data"),
            "ALLYKIT_SMTP_URL": f"smtp://127.0.0.1:{smtp_port}?timeout=5",
            "ALLYKIT_CONTACT_MIN_SECONDS": "0",
            "ALLYKIT_SECRET_KEY": "contact-load-test-" + uuid.uuid4().hex,
            "PYTHONPATH": os.pathsep.join(
                p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p
            ),
        }
    )
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


def _wait_healthy(port: int, server: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"server exited with {server.returncode}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise AssertionError("server did not become healthy")


def _submit(port: int, i: int, barrier: threading.Barrier) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request("GET", "/en/contact/")
    page = conn.getresponse()
    html = page.read().decode()
    cookie = SimpleCookie(page.getheader("Set-Cookie"))["csrftoken"].value
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1]
    started = re.search(r'name="started" value="([^"]+)"', html)[1]
    body = urlencode(
        {
            "csrfmiddlewaretoken": token,
            "started": started,
            "name": f"Personne {i}",
            "email": f"p{i}@example.org",
            "topic": "content",
            "website": "",
            "message": f"Message numéro {i} : déjà envoyé une fois ?",
        }
    )
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Cookie": f"csrftoken={cookie}",
        "X-Forwarded-For": f"198.51.100.{i}",
    }
    barrier.wait(30)
    conn.request("POST", "/en/contact/", body, headers)
    response = conn.getresponse()
    response.read()
    assert response.getheader("Location", "").endswith("/en/contact/thanks/#top"), response.status
    return response.status


def _rows(kind: str, env: dict, sql: str) -> list[tuple]:
    if kind == "sqlite":
        with sqlite3.connect(Path(env["ALLYKIT_DATA_DIR"]) / "allykit.sqlite3") as conn:
            return conn.execute(sql).fetchall()
    import psycopg

    with psycopg.connect(env["DATABASE_URL"]) as conn:
        return conn.execute(sql).fetchall()


def test_fifty_concurrent_messages_are_stored_once_and_sent_once(tmp_path, database):
    kind, url = database
    smtp_port = free_port()  # the mail server is down while people write
    env = _env(tmp_path, url, smtp_port)
    port = free_port()
    log_path = tmp_path / "server.log"  # a file, not a pipe: a full pipe would stall the server
    server = subprocess.Popen(
        [sys.executable, "-m", "allykit.cli", "serve", "--port", str(port), "--workers", "2"],
        cwd=ROOT,
        env=env,
        stdout=log_path.open("w"),
        stderr=subprocess.STDOUT,
    )
    try:
        _wait_healthy(port, server)
        barrier = threading.Barrier(COUNT)
        statuses, errors = [], []

        def run(i):
            try:
                statuses.append(_submit(port, i, barrier))
            except Exception as exc:  # noqa: BLE001
                errors.append(repr(exc))

        threads = [threading.Thread(target=run, args=(i,)) for i in range(COUNT)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
    finally:
        server.terminate()
        server.wait(30)
        log = log_path.read_text()
    assert errors == [] and statuses == [303] * COUNT, (errors[:3], log[-3000:])
    bodies = [r[0] for r in _rows(kind, env, "SELECT body FROM contact_message")]
    assert sorted(bodies) == sorted(
        f"Message numéro {i} : déjà envoyé une fois ?" for i in range(COUNT)
    )
    queued = _rows(kind, env, "SELECT state, attempts FROM contact_outgoingmail")
    assert queued == [("queued", 1)] * COUNT

    # The mail server comes back; two send-outbox runs overlap.
    smtp = SmtpServer(smtp_port, delay=0.01).start()
    try:
        command = [sys.executable, "-m", "allykit.cli", "send-outbox", "--now"]
        runs = [
            subprocess.Popen(
                command,
                cwd=ROOT,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            )
            for _ in range(2)
        ]
        outputs = [r.communicate(timeout=120)[0] for r in runs]
        received = smtp.inbox.wait_for(COUNT)
        time.sleep(0.5)  # anything sent twice would arrive now
        received = smtp.inbox.messages
    finally:
        smtp.stop()
    assert [r.returncode for r in runs] == [0, 0], outputs
    ids = [m["Message-ID"] for m in received]
    assert len(ids) == COUNT and len(set(ids)) == COUNT, outputs
    sent = _rows(kind, env, "SELECT COUNT(*) FROM contact_outgoingmail WHERE state = 'sent'")
    assert sent == [(COUNT,)]
    ok = _rows(kind, env, "SELECT COUNT(*) FROM contact_deliveryattempt WHERE ok")
    assert ok == [(COUNT,)]
