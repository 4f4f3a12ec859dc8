"""The JSON error shape shared by every API endpoint: {"error": {"code", "message", ...}}."""

from __future__ import annotations

from django.http import JsonResponse


def error_response(status: int, code: str, message: str, row: int | None = None) -> JsonResponse:
    """A JSON error that is never cached; `row` names the input row at fault, if any."""
    body = {"error": {"code": code, "message": message}}
    if row is not None:
        body["error"]["row"] = row
    response = JsonResponse(body, status=status, json_dumps_params={"ensure_ascii": False})
    response["Cache-Control"] = "no-store"
    return response


def method_not_allowed() -> JsonResponse:
    response = error_response(405, "method_not_allowed", "Use POST.")
    response["Allow"] = "POST"
    return response
