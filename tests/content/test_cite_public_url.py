"""'Cite this page' uses the configured public site address (ALLYKIT_PUBLIC_URL), not the Host."""

from __future__ import annotations

from django.test import Client, override_settings

from allykit.routes import url_for


@override_settings(PUBLIC_URL="https://allykit.example.org", ALLOWED_HOSTS=["*"])
def test_cite_this_page_uses_the_public_address_whatever_host_the_request_used():
    url = url_for("why", "en")
    html = Client().get(url, HTTP_HOST="evil.example.com").content.decode()
    assert f"https://allykit.example.org{url}" in html
    assert "evil.example.com" not in html.split("Cite this page", 1)[1].split("</details>", 1)[0]
