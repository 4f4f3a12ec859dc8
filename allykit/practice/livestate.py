"""The polled state of a workshop, with ETag/304.

Participants poll the public state (version, phase, question): the same answer for everyone in
the workshop, so it is cacheable for one second by a shared proxy and costs one indexed query
here. The facilitator polls with `host=1` and, with the host cookie, also gets the live counts;
that answer is private and never cached. Nothing is kept in the process: every answer comes
from the database.
"""

from __future__ import annotations

import hashlib
import json

from django.db import connection
from django.http import HttpResponse, HttpResponseNotModified
from django.utils import timezone

from . import workshops
from .models import Workshop

_PUBLIC_SQL = None


def public_state(code: str):
    """(version, phase, question) of a live workshop, in one small query, or None."""
    global _PUBLIC_SQL
    if _PUBLIC_SQL is None:
        table = connection.ops.quote_name(Workshop._meta.db_table)
        _PUBLIC_SQL = (
            f"SELECT version, phase, current FROM {table} WHERE code = %s AND expires_at > %s"
        )
    with connection.cursor() as cursor:
        cursor.execute(_PUBLIC_SQL, [code, timezone.now()])
        return cursor.fetchone()


def _respond(request, body: str, etag: str, cache: str) -> HttpResponse:
    if request.headers.get("If-None-Match", "") == etag:
        response = HttpResponseNotModified()
    else:
        response = HttpResponse(body, content_type="application/json")
    response["ETag"] = etag
    response["Cache-Control"] = cache
    return response


def participant_response(request, row) -> HttpResponse:
    version, phase, question = row
    body = json.dumps({"version": version, "phase": phase, "question": question})
    return _respond(request, body, f'"v{version}"', "public, max-age=1")


def host_response(request, ws) -> HttpResponse:
    counts = workshops.tally(ws)
    data = {
        "version": ws.version,
        "phase": ws.phase,
        "question": ws.current,
        "counts": counts,
        "total": sum(counts.values()),
    }
    data["participants"] = workshops.participant_count(ws)
    body = json.dumps(data, sort_keys=True, separators=(",", ":"))
    etag = '"' + hashlib.sha256(body.encode()).hexdigest()[:20] + '"'
    return _respond(request, body, etag, "private, no-cache")
