"""The settings table: every environment variable the toolkit reads, its default and meaning.

The README's settings table is generated from (and tested against) this table.
"""

from __future__ import annotations

import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    meaning: str


SETTINGS = (
    Setting("ALLYKIT_DATA_DIR", "./var", "Instance folder: the SQLite database and the "
            "generated secret key (file mode 600)."),
    Setting("DATABASE_URL", "SQLite file in the instance folder", "Database URL; a "
            "`postgres://user:pass@host:5432/name` URL switches to PostgreSQL."),
    Setting("ALLYKIT_SECRET_KEY", "generated once into `<data dir>/secret_key`", "Django's "
            "secret key; set it explicitly when several hosts share one database."),
    Setting("ALLYKIT_DEBUG", "false", "Debug pages and unminified errors; never in production."),
    Setting("ALLYKIT_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]", "Comma-separated host "
            "names the site answers to."),
    Setting("ALLYKIT_TRUSTED_PROXIES", "127.0.0.1,::1", "Comma-separated IP addresses of reverse "
            "proxies whose X-Forwarded-For/-Proto headers are believed."),
    Setting("ALLYKIT_HTTPS", "false", "Behind HTTPS: secure cookies, HSTS and redirect to "
            "https."),
    Setting("ALLYKIT_CSRF_TRUSTED_ORIGINS", "(none)", "Comma-separated origins, e.g. "
            "`https://allykit.example.org`, trusted for form posts behind a proxy."),
    Setting("ALLYKIT_CONTENT_DIR", "`content/` in the checkout", "Folder of Markdown pages "
            "and YAML data."),
    Setting("ALLYKIT_WORKERS", "2", "gunicorn worker processes for `allykit serve`."),
    Setting("ALLYKIT_CONTACT_CONTENT_EMAIL", "content@example.org", "Where questions about "
            "the content go."),
    Setting("ALLYKIT_CONTACT_TECH_EMAIL", "tech@example.org", "Where technical problems go."),
    Setting("ALLYKIT_SMTP_URL", "(Django's defaults: localhost:25)", "Mail server for the "
            "contact form, e.g. `smtp+starttls://user:pass@mail.example.org:587` (also `smtp://`, "
            "`smtps://`; `?timeout=10` seconds)."),
    Setting("ALLYKIT_MAIL_FROM", "Ally Toolkit <noreply@localhost>", "Sender address of the "
            "emails the toolkit sends (contact notifications and staff replies)."),
    Setting("ALLYKIT_ADMIN_PATH", "staff/", "Path of the staff inbox (Django admin)."),
    Setting("ALLYKIT_RETENTION_DAYS", "365", "Days contact messages and page feedback are kept; "
            "`allykit purge` deletes older ones."),
    Setting("ALLYKIT_CONTACT_RATE_LIMIT", "5/3600", "Contact messages allowed per address, as "
            "COUNT/SECONDS (counted in the database, across all server processes)."),
    Setting("ALLYKIT_FEEDBACK_RATE_LIMIT", "30/3600", "Page-feedback answers allowed per "
            "address, as COUNT/SECONDS."),
    Setting("ALLYKIT_CONTACT_MIN_SECONDS", "3", "Minimum time between showing the contact form "
            "and sending it; faster posts are asked to send again."),
    Setting("ALLYKIT_OUTBOX_MAX_ATTEMPTS", "12", "Delivery attempts (with growing delays, up to "
            "6 hours apart) before an email is marked failed in the staff inbox."),
    Setting("ALLYKIT_LOGIN_MAX_FAILURES", "5", "Failed staff logins, per account or per address, "
            "that lock it."),
    Setting("ALLYKIT_LOGIN_LOCKOUT_SECONDS", "900", "How long failed logins count: the lock lifts "
            "when fewer than the maximum remain in this window."),
    Setting("ALLYKIT_EXPORT_SERVER_URL", "(none)", "Address of a running toolkit server that "
            "the static export's forms and tools link to; empty: they are replaced by a note."),
    Setting("ALLYKIT_LOG_LEVEL", "INFO", "Log level for the server's own messages (no "
            "request bodies are ever logged)."),
)  # fmt: skip


def env(name: str, default: str = "") -> str:
    """The environment variable's value, stripped, or `default` when unset or blank."""
    value = os.environ.get(name, "").strip()
    return value or default


def env_bool(name: str, default: bool = False) -> bool:
    value = env(name)
    if not value:
        return default
    return value.lower() in ("1", "true", "yes", "on")


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


def data_dir() -> Path:
    """The instance folder, created on first use."""
    path = Path(env("ALLYKIT_DATA_DIR", "var")).resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def secret_key() -> str:
    """ALLYKIT_SECRET_KEY, or a key generated once into the instance folder (mode 600)."""
    explicit = env("ALLYKIT_SECRET_KEY")
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
    rows += [f"| `{s.name}` | {s.default} | {s.meaning} |" for s in SETTINGS]
    return "\n".join(rows)


if __name__ == "__main__":
    print(settings_table())
