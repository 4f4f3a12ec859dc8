"""allykit.uploads: the decorators both checkers' pages (memory_uploads) and API paths
(memory_uploads_api) use so that an upload is read into memory only, and a page still checks
the CSRF token."""

from __future__ import annotations

import pytest
from django.core.files import uploadhandler
from django.core.files.uploadedfile import InMemoryUploadedFile, SimpleUploadedFile
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import Client, RequestFactory

from allykit.panel_checker.api import panels_api
from allykit.panel_checker.views import panel_checker
from allykit.uploads import memory_uploads, memory_uploads_api
from allykit.writing_checker.api import check_api
from allykit.writing_checker.views import writing_checker
from tests.panel_checker.helpers import PAGE as PANEL_PAGE
from tests.panel_checker.helpers import text_of
from tests.panelaudit.programs import as_text

WRITING_PAGE = "/en/tools/writing-checker/"
ON_DISK = ["django.core.files.uploadhandler.TemporaryFileUploadHandler"]


def _seen(request):
    """What the decorated view sees of an upload."""
    upload = request.FILES.get("file")
    return HttpResponse(type(upload).__name__ if upload else "none")


_echo = memory_uploads(_seen)
_echo_api = memory_uploads_api(_seen)


@pytest.fixture
def no_temporary_files(settings, monkeypatch, tmp_path):
    """Uploads would go to temporary files (the only handler configured), and writing one fails."""

    def refuse(*args, **kwargs):
        raise AssertionError("an upload was written to a temporary file")

    settings.FILE_UPLOAD_HANDLERS = ON_DISK
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path)
    monkeypatch.setattr(uploadhandler.TemporaryFileUploadHandler, "new_file", refuse)
    yield tmp_path
    assert not list(tmp_path.iterdir())


def _post_with_token(path: str, data: dict):
    factory = RequestFactory()
    token = get_token(factory.get("/"))
    request = factory.post(path, {**data, "csrfmiddlewaretoken": token})
    request.COOKIES["csrftoken"] = token
    return request


def test_the_decorated_view_reads_uploads_into_memory(no_temporary_files):
    upload = SimpleUploadedFile("a.txt", b"She is a hardworking resident.")
    response = _echo(_post_with_token("/x/", {"file": upload}))
    assert response.status_code == 200
    assert response.content.decode() == InMemoryUploadedFile.__name__


def test_the_decorated_view_checks_the_csrf_token_the_middleware_skips():
    assert _echo.csrf_exempt  # so the middleware leaves the body unread
    request = RequestFactory().post("/x/", {"file": SimpleUploadedFile("a.txt", b"x")})
    assert _echo(request).status_code == 403
    assert _echo(_post_with_token("/x/", {})).status_code == 200
    assert _echo.__name__ == "_seen" and _echo.__doc__.startswith("What the decorated view")


def test_the_api_decorator_reads_uploads_into_memory_without_a_token(no_temporary_files):
    request = RequestFactory().post("/x/", {"file": SimpleUploadedFile("a.txt", b"x")})
    response = _echo_api(request)
    assert response.status_code == 200
    assert response.content.decode() == InMemoryUploadedFile.__name__


@pytest.mark.parametrize(
    "view",
    [writing_checker, panel_checker, check_api, panels_api],
    ids=["writing", "panels", "writing-api", "panels-api"],
)
def test_both_checkers_pages_and_api_paths_use_the_shared_decorators(view):
    assert getattr(view, "uploads_in_memory", False) and view.csrf_exempt


@pytest.mark.django_db
def test_a_writing_checker_upload_stays_in_memory(client, no_temporary_files):
    upload = SimpleUploadedFile("letter.txt", b"She is a hardworking resident.")
    data = {"text": "", "genre": "letter", "text_lang": "en", "upload": upload}
    html = client.post(WRITING_PAGE, data).content.decode()
    assert "Text read from letter.txt." in html and ">hardworking</mark>" in html


@pytest.mark.django_db
def test_a_panel_checker_upload_stays_in_memory(client, no_temporary_files):
    upload = SimpleUploadedFile("programme.csv", as_text().encode())
    response = client.post(PANEL_PAGE["en"], {"table": "", "target": "parity", "file": upload})
    assert "Speaking places counted 23" in text_of(response)


@pytest.mark.django_db
@pytest.mark.parametrize("path", [WRITING_PAGE, PANEL_PAGE["en"]], ids=["writing", "panels"])
def test_both_pages_refuse_a_post_without_the_csrf_token(path):
    client = Client(enforce_csrf_checks=True)
    assert client.post(path, {"text": "x", "table": "x"}).status_code == 403
    assert client.get(path).status_code == 200
