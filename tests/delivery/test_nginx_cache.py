"""The documented nginx configuration (docs/deploy/nginx-allykit.conf), run in front of the site.

nginx is started with the file itself (only its ports and cache folder changed), in front of
the test server. It must keep public pages, one copy per encoding, revalidate them, and never
store a page with a form token or serve the cache to a visitor with the session cookie. Needs
nginx: skipped without it, except in CI (.ci/run installs it).
"""

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

CONF = Path(__file__).resolve().parents[2] / "docs" / "deploy" / "nginx-allykit.conf"
PAGE = "/en/why-allyship/"

pytestmark = pytest.mark.django_db(transaction=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def proxy(live_server, tmp_path):
    if not shutil.which("nginx"):
        if os.environ.get("CI"):
            pytest.fail("nginx not found (.ci/run installs it)")
        pytest.skip("nginx not found (apt-get install nginx)")
    upstream = live_server.url.rsplit(":", 1)[1]
    port = _free_port()
    documented = CONF.read_text(encoding="utf-8")
    site = (
        documented.replace("listen 127.0.0.1:8080;", f"listen 127.0.0.1:{port};")
        .replace("server 127.0.0.1:8000;", f"server 127.0.0.1:{upstream};")
        .replace("/var/cache/nginx/allykit", str(tmp_path / "cache"))
    )
    assert site.count(f"127.0.0.1:{port}") == 1, "the documented configuration changed its ports"
    (tmp_path / "logs").mkdir()
    (tmp_path / "allykit.conf").write_text(site, encoding="utf-8")
    user = "user root;" if os.geteuid() == 0 else ""
    temp = " ".join(f"{k}_temp_path {tmp_path};" for k in ("client_body", "proxy", "fastcgi"))
    (tmp_path / "nginx.conf").write_text(
        f"""{user} worker_processes 1; daemon off; pid {tmp_path}/nginx.pid;
error_log {tmp_path}/logs/error.log;
events {{ worker_connections 64; }}
http {{ access_log off; sendfile on; {temp} uwsgi_temp_path {tmp_path}; scgi_temp_path {tmp_path};
  include /etc/nginx/mime.types; include {tmp_path}/allykit.conf; }}
""",
        encoding="utf-8",
    )
    process = subprocess.Popen(
        ["nginx", "-c", str(tmp_path / "nginx.conf"), "-p", str(tmp_path)],
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 10
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"nginx did not start: {process.stderr.read().decode()}")
            time.sleep(0.05)
    yield base
    process.send_signal(signal.SIGQUIT)
    process.wait(timeout=10)


def get(url: str, **headers):
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_public_page_is_kept_once_per_encoding_and_revalidates(proxy, live_server):
    status, first, body = get(proxy + PAGE)
    assert status == 200 and first["X-Cache-Status"] == "MISS"
    status, second, again = get(proxy + PAGE)
    assert second["X-Cache-Status"] == "HIT" and again == body
    assert again == get(live_server.url + PAGE, Host="127.0.0.1")[2]

    # Two browsers' different Accept-Encoding strings share the one gzip copy.
    _, gz_first, gz_body = get(proxy + PAGE, **{"Accept-Encoding": "gzip, deflate, br"})
    assert gz_first["X-Cache-Status"] == "MISS" and gz_first["Content-Encoding"] == "gzip"
    _, gz_second, gz_again = get(proxy + PAGE, **{"Accept-Encoding": "gzip"})
    assert gz_second["X-Cache-Status"] == "HIT" and gz_again == gz_body

    status, not_modified, empty = get(proxy + PAGE, **{"If-None-Match": first["ETag"]})
    assert status == 304 and empty == b""


def test_page_with_a_form_token_is_never_stored(proxy):
    for _ in range(2):
        status, headers, _ = get(proxy + "/en/contact/")
        assert status == 200
        assert headers["X-Cache-Status"] == "MISS"
        assert headers["Cache-Control"] == "private, no-cache"


def test_a_visitor_with_the_session_cookie_gets_the_servers_own_page(proxy):
    get(proxy + PAGE)
    get(proxy + PAGE)
    _, headers, _ = get(proxy + PAGE, Cookie="sessionid=abc")
    assert headers["X-Cache-Status"] == "BYPASS"
