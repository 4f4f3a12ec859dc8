"""Schemathesis against the served OpenAPI document: generated requests (valid and invalid by
the schema) to both APIs; no 5xx, and every response is documented and fits its schema.

The strategies come from the document that /api/v1/openapi.json serves; Hypothesis runs them,
bounded (a few dozen examples per operation and mode) so the suite stays fast.
(schemathesis.pytest's own parametrization does not run under pytest 9, hence `given`.)"""

from __future__ import annotations

from functools import cache

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    negative_data_rejection,
    not_a_server_error,
    positive_data_acceptance,
    response_schema_conformance,
    status_code_conformance,
)

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
BOUNDED = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)


@pytest.fixture(autouse=True)
def no_connection_handling():
    """The WSGI handler's request signals close old database connections, which tests may not
    touch; the APIs use no database, so these calls skip it (as Django's test client does)."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@cache
def served_schema():
    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())


def cases(path: str, method: str = "POST"):
    """Requests for one operation: valid by its schema, and invalid by it."""
    operation = st.deferred(lambda: st.just(served_schema()[path][method]))
    return operation.flatmap(
        lambda op: st.one_of(
            op.as_strategy(generation_mode=GenerationMode.POSITIVE),
            op.as_strategy(generation_mode=GenerationMode.NEGATIVE),
        )
    )


@schemathesis.check
def negative_data_refused(ctx, response, case):
    """schemathesis's negative-data check, with 413 counted as a refusal: a text over the
    documented maxLength is refused as too long (413, documented), which its default list of
    refusing statuses leaves out; for JSON bodies (see below)."""
    if response.status_code == 413:
        return None
    if (case.media_type or "").startswith("multipart/"):
        # Every form field is text on the wire: a "wrong type" the generator meant (null, 5,
        # false) arrives as the valid text "null", "5", "false", so only JSON bodies can
        # carry invalid types. Multipart requests get the response and acceptance checks.
        return None
    return negative_data_rejection(ctx, response, case)


# What a file holds is not something a schema can state: a generated "document" that fits
# the schema (any bytes) may still be no .docx, .pdf or text (a zip without a Word part,
# binary bytes), and is refused with one of these documented codes.
FILE_REFUSALS = {
    "unknown_format",
    "unreadable",
    "encrypted",
    "unsafe_archive",
    "too_many_pages",
    "too_slow",
}


@schemathesis.check
def positive_data_accepted(ctx, response, case):
    """schemathesis's positive-data check, except a file refused for its content (422 with a
    documented file code) when the request is an upload."""
    if (case.media_type or "").startswith("multipart/") and response.status_code == 422:
        if response.json().get("error", {}).get("code") in FILE_REFUSALS:
            return None
    return positive_data_acceptance(ctx, response, case)


@BOUNDED
@given(case=cases("/api/v1/check"))
def test_check_api_answers_as_documented(case):
    # The check API's schema states exactly what it accepts: data valid by it is accepted
    # (a file's content aside, see FILE_REFUSALS) and data invalid by it refused, besides
    # the response checks.
    case.call_and_validate(checks=[*CHECKS, positive_data_accepted, negative_data_refused])


@BOUNDED
@given(case=cases("/api/v1/panels"))
def test_panels_api_answers_as_documented(case):
    # A table can fit the schema and still not be a programme (no header, ...): 422 says so,
    # as documented, so acceptance is not required here; the response checks are.
    case.call_and_validate(checks=CHECKS)


@settings(max_examples=3, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(case=cases("/api/v1/openapi.json", "GET"))
def test_openapi_document_is_served_as_documented(case):
    case.call_and_validate(checks=CHECKS)
