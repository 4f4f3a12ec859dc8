"""CSV export of messages, with cells made safe against spreadsheet formula injection."""

from __future__ import annotations

import csv
import io

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value) -> str:
    """The cell as text; one starting like a formula gets a leading apostrophe (OWASP)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def messages_csv(messages) -> str:
    """Received, status, topic, language, name, email, message, replies: one row each."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        ["id", "received", "status", "topic", "language", "name", "email", "message", "replies"]
    )
    for m in messages:
        writer.writerow(
            [
                csv_safe(v)
                for v in (
                    m.pk,
                    m.created_at.isoformat(timespec="seconds"),
                    m.status,
                    m.topic,
                    m.lang,
                    m.name,
                    m.email,
                    m.body,
                    m.replies.count(),
                )
            ]
        )
    return out.getvalue()
