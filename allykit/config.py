"""The settings table: every environment variable the toolkit reads, with its default, its
parser and its meaning. settings.py and the CLI read values through `value(NAME)`.

The README's settings table is generated from (and tested against) this table:
`uv run python -m allykit.config` prints it. tests/test_config.py checks that every
`ALLYKIT_` name the code reads is in the table, and the reverse.
"""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .contact.smtpurl import parse_rate, parse_smtp_url

BASE_DIR = Path(__file__).resolve().parent.parent


def boolean(text: str) -> bool:
    return text.lower() in ("1", "true", "yes", "on")


def comma_list(text: str) -> list[str]:
    return [item.strip() for item in text.split(",") if item.strip()]


def url_path(text: str) -> str:
    return text.strip("/") + "/"


def smtp(text: str) -> dict:
    return parse_smtp_url(text) if text else {}


@dataclass(frozen=True)
class Setting:
    """One environment variable: `default` is the text used when it is unset or blank (None:
    computed where it is read; `shown` says how), `parse` turns the text into the value."""

    name: str
    default: str | None
    parse: Callable
    meaning: str
    shown: str = ""  # the README's "Default" column, when not the default text itself

    def value(self):
        text = env(self.name, self.default or "")
        return self.parse(text) if text or self.default is not None else None

    @property
    def default_shown(self) -> str:
        return self.shown or self.default or "(none)"


# fmt: off
SETTINGS = (
    Setting("ALLYKIT_DATA_DIR", "var", Path, "Instance folder: the SQLite database and the "
            "generated secret key (file mode 600).", shown="./var"),
    Setting("DATABASE_URL", None, str, "Database URL; a "
            "`postgres://user:pass@host:5432/name` URL switches to PostgreSQL.",
            shown="SQLite file in the instance folder"),
    Setting("ALLYKIT_SECRET_KEY", None, str, "Django's "
            "secret key; set it explicitly when several hosts share one database.",
            shown="generated once into `<data dir>/secret_key`"),
    Setting("ALLYKIT_DEBUG", "false", boolean, "Debug pages and unminified errors; never in "
            "production."),
    Setting("ALLYKIT_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]", comma_list, "Comma-separated "
            "host names the site answers to."),
    Setting("ALLYKIT_TRUSTED_PROXIES", "127.0.0.1,::1", comma_list, "Comma-separated IP "
            "addresses of reverse proxies whose X-Forwarded-For/-Proto headers are believed."),
    Setting("ALLYKIT_HTTPS", "false", boolean, "Behind HTTPS: secure cookies, HSTS and "
            "redirect to https."),
    Setting("ALLYKIT_CSRF_TRUSTED_ORIGINS", "", comma_list, "Comma-separated origins, e.g. "
            "`https://allykit.example.org`, trusted for form posts behind a proxy."),
    Setting("ALLYKIT_PUBLIC_URL", "", lambda text: text.rstrip("/"), "Public address of the "
            "site, e.g. `https://allykit.example.org`; 'Cite this page' uses it.",
            shown="(none: the address the request came in on)"),
    Setting("ALLYKIT_CONTENT_DIR", str(BASE_DIR / "content"), str, "Folder of Markdown pages "
            "and YAML data.", shown="`content/` in the checkout"),
    Setting("ALLYKIT_WORKERS", "2", int, "gunicorn worker processes for `allykit serve`."),
    Setting("ALLYKIT_CONTACT_CONTENT_EMAIL", "content@example.org", str, "Where questions "
            "about the content go."),
    Setting("ALLYKIT_CONTACT_TECH_EMAIL", "tech@example.org", str, "Where technical problems "
            "go."),
    Setting("ALLYKIT_SMTP_URL", "", smtp, "Mail server for the "
            "contact form, e.g. `smtp+starttls://user:pass@mail.example.org:587` (also `smtp://`, "
            "`smtps://`; `?timeout=10` seconds).", shown="(Django's defaults: localhost:25)"),
    Setting("ALLYKIT_MAIL_FROM", "Ally Toolkit <noreply@localhost>", str, "Sender address of "
            "the emails the toolkit sends (contact notifications and staff replies)."),
    Setting("ALLYKIT_ADMIN_PATH", "staff/", url_path, "Path of the staff inbox (Django "
            "admin)."),
    Setting("ALLYKIT_RETENTION_DAYS", "365", int, "Days contact messages and page feedback "
            "are kept; `allykit purge` deletes older ones."),
    Setting("ALLYKIT_CONTACT_RATE_LIMIT", "5/3600", parse_rate, "Contact messages allowed per "
            "address, as COUNT/SECONDS (counted in the database, across all server processes)."),
    Setting("ALLYKIT_FEEDBACK_RATE_LIMIT", "30/3600", parse_rate, "Page-feedback answers "
            "allowed per address, as COUNT/SECONDS."),
    Setting("ALLYKIT_CONTACT_MIN_SECONDS", "3", float, "Minimum time between showing the "
            "contact form and sending it; faster posts are asked to send again."),
    Setting("ALLYKIT_OUTBOX_MAX_ATTEMPTS", "12", int, "Delivery attempts (with growing delays, "
            "up to 6 hours apart) before an email is marked failed in the staff inbox."),
    Setting("ALLYKIT_LOGIN_MAX_FAILURES", "5", int, "Failed staff logins, per account or per "
            "address, that lock it."),
    Setting("ALLYKIT_LOGIN_LOCKOUT_SECONDS", "900", int, "How long failed logins count: the "
            "lock lifts when fewer than the maximum remain in this window."),
    Setting("ALLYKIT_WORKSHOP_RETENTION_HOURS", "24", int, "Hours after which a practice "
            "workshop and all its votes are deleted (on the next workshop start and by "
            "`allykit purge`)."),
    Setting("ALLYKIT_WORKSHOP_MAX_PARTICIPANTS", "500", int, "Participants allowed to join one "
            "practice workshop."),
    Setting("ALLYKIT_WORKSHOP_START_RATE", "30/3600", parse_rate, "Practice workshops that "
            "may be started per address, as COUNT/SECONDS (a hospital network may put many "
            "facilitators behind one address)."),
    Setting("ALLYKIT_PLAN_DAYS", "180", int, "Days an action plan saved under a private link "
            "is kept after its last save; `allykit purge` deletes older ones."),
    Setting("ALLYKIT_PLAN_RATE_LIMIT", "20/3600", parse_rate, "Action plans saved under a "
            "private link allowed per address, as COUNT/SECONDS (counted in the database)."),
    Setting("ALLYKIT_EXPORT_SERVER_URL", "", str, "Address of a running toolkit server that "
            "the static export's forms and tools link to; empty: they are replaced by a note.",
            shown="(none)"),
    Setting("ALLYKIT_LOG_LEVEL", "INFO", str, "Log level for the server's own messages (no "
            "request bodies are ever logged)."),
    Setting("ALLYKIT_BENCH_VIEWS", "false", boolean, "Adds the baseline view /bench/minimal "
            "for `bench/platform_bench.py`; never in production."),
)
# fmt: on
BY_NAME = {s.name: s for s in SETTINGS}


def value(name: str):
    """The parsed value of setting `name` (a KeyError for a name not in the table)."""
    return BY_NAME[name].value()


def env(name: str, default: str = "") -> str:
    """The environment variable's value, stripped, or `default` when unset or blank."""
    value = os.environ.get(name, "").strip()
    return value or default


# Files in the instance folder that hold secrets or personal data: owner-only (600).
PRIVATE_FILES = ("secret_key", "*.sqlite3", "*.sqlite3-wal", "*.sqlite3-shm", "*.sqlite3-journal")


def data_dir() -> Path:
    """The instance folder (mode 700), created on first use; an existing one is made private,
    with its database and secret key files (600), on every start."""
    path = value("ALLYKIT_DATA_DIR").resolve()
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    make_private(path)
    return path


def make_private(folder: Path) -> None:
    """Folder 700, and its secret key and SQLite files (with -wal, -shm, -journal) 600."""
    folder.chmod(0o700)
    for pattern in PRIVATE_FILES:
        for file in folder.glob(pattern):
            if file.is_file() and file.stat().st_mode & 0o077:
                file.chmod(0o600)


def secret_key() -> str:
    """ALLYKIT_SECRET_KEY, or a key generated once into the instance folder (mode 600)."""
    explicit = value("ALLYKIT_SECRET_KEY")
    if explicit:
        return explicit
    path = data_dir() / "secret_key"
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _read_key(path)
    key = secrets.token_urlsafe(50)
    with os.fdopen(fd, "w") as fh:
        fh.write(key)
    return key


def _read_key(path: Path) -> str:
    # Another process may have created the file a moment ago and not written it yet.
    for _ in range(50):
        key = path.read_text().strip()
        if key:
            return key
        time.sleep(0.02)
    raise RuntimeError(f"{path} is empty: delete it to generate a new secret key")


def settings_table() -> str:
    """The settings table as Markdown, as it appears in the README."""
    rows = ["| Name | Default | Meaning |", "| --- | --- | --- |"]
    rows += [f"| `{s.name}` | {s.default_shown} | {s.meaning} |" for s in SETTINGS]
    return "\n".join(rows)


if __name__ == "__main__":
    print(settings_table())
