"""Parse ALLYKIT_SMTP_URL into Django's EMAIL_* settings (pure: no Django imports)."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

SCHEMES = {"smtp": (False, False), "smtp+starttls": (True, False), "smtps": (False, True)}


def parse_smtp_url(url: str) -> dict:
    """'smtps://user:pass@mail.example.org:465?timeout=20' -> EMAIL_* settings.

    Schemes: smtp (plain, port 25), smtp+starttls (STARTTLS, port 587), smtps (TLS, port 465).
    """
    parts = urlsplit(url)
    if parts.scheme not in SCHEMES or not parts.hostname:
        raise ValueError(f"ALLYKIT_SMTP_URL must look like smtp://host:port, not {url!r}")
    use_tls, use_ssl = SCHEMES[parts.scheme]
    default_port = 465 if use_ssl else 587 if use_tls else 25
    query = parse_qs(parts.query)
    return {
        "EMAIL_HOST": parts.hostname,
        "EMAIL_PORT": parts.port or default_port,
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_TLS": use_tls,
        "EMAIL_USE_SSL": use_ssl,
        "EMAIL_TIMEOUT": int(query.get("timeout", ["10"])[0]),
    }


def parse_rate(value: str) -> tuple[int, int]:
    """'5/3600' -> (5, 3600): at most 5 hits per 3600 seconds."""
    count, _, seconds = value.partition("/")
    limit, window = int(count), int(seconds or 3600)
    if limit < 1 or window < 1:
        raise ValueError(f"a rate looks like COUNT/SECONDS, e.g. 5/3600, not {value!r}")
    return limit, window
