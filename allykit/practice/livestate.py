"""The polled state of a workshop, with ETag/304 so an unchanged state costs one small query.

Participants get the version only (it changes when the facilitator acts); the facilitator also
gets the live counts. Nothing is cached in the process: every answer comes from the database.
"""

from __future__ import annotations

import hashlib
import json

from django.http import HttpResponse, HttpResponseNotModified

from . import workshops


def payload(ws, is_host: bool) -> dict:
    data = {"version": ws.version, "phase": ws.phase, "question": ws.current}
    if is_host:
        data["counts"] = workshops.tally(ws)
        data["total"] = sum(data["counts"].values())
        data["participants"] = workshops.participant_count(ws)
    return data


def state_response(request, ws, is_host: bool) -> HttpResponse:
    data = payload(ws, is_host)
    body = json.dumps(data, sort_keys=True, separators=(",", ":"))
    etag = '"' + hashlib.sha256(body.encode()).hexdigest()[:20] + '"'
    headers = {"ETag": etag, "Cache-Control": "private, no-cache", "Vary": "Cookie"}
    if request.headers.get("If-None-Match", "") == etag:
        response = HttpResponseNotModified()
    else:
        response = HttpResponse(body, content_type="application/json")
    for name, value in headers.items():
        response[name] = value
    return response
