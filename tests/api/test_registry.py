"""allykit.registry: what the installed apps declare, found from INSTALLED_APPS."""

from __future__ import annotations

import types

import pytest
from django.urls import reverse
from django.utils import translation

from allykit import api, registry
from allykit.routes import all_routes, url_for


def test_every_app_of_ours_is_read_in_installed_apps_order():
    from importlib import import_module
    from pathlib import Path

    from django.conf import settings

    names = [m.__name__ for m in registry.modules()]
    ours = [a for a in settings.INSTALLED_APPS if a.startswith("allykit.")]
    with_module = [
        f"{app}.routes"
        for app in ours
        if (Path(import_module(app).__file__).parent / "routes.py").is_file()
    ]
    assert names == with_module
    assert {
        "allykit.toolkit.routes",
        "allykit.contact.routes",
        "allykit.search.routes",
        "allykit.writing_checker.routes",
        "allykit.panel_checker.routes",
    } <= set(names)


def test_route_table_keeps_both_languages_and_url_names():
    keys = {r.key for r in all_routes()}
    assert {"home", "checker", "panels", "search", "term", "feedback"} <= keys
    assert url_for("checker", "en") == "/en/tools/writing-checker/"
    assert url_for("checker", "fr") == "/fr/outils/verificateur-de-redaction/"
    assert url_for("panels", "fr") == "/fr/outils/verificateur-de-panels/"
    assert reverse("checker-en") == "/en/tools/writing-checker/"


def test_endpoints_are_served_where_they_were():
    assert reverse("api-check") == "/api/v1/check"
    assert reverse("api-panels") == "/api/v1/panels"
    assert reverse("api-openapi") == "/api/v1/openapi.json"
    assert reverse("healthz") == "/healthz" and reverse("robots") == "/robots.txt"
    assert reverse("sitemap") == "/sitemap.xml" and reverse("root") == "/"


def test_nav_entries_name_the_tools_in_order():
    entries = registry.nav_entries()
    assert [(e.key, e.group) for e in entries][:3] == [
        ("checker", "tools"),
        ("panels", "tools"),
        ("practice", "tools"),
    ]
    assert entries[0].url("fr") == "/fr/outils/verificateur-de-redaction/"
    with translation.override("en"):  # the title is lazy: another test may leave French active
        assert str(entries[1].title) == "Panel checker"
    items = registry.nav_items("en")
    assert items[0] == {
        "key": "checker",
        "url": "/en/tools/writing-checker/",
        "title": entries[0].title,
        "group": "tools",
        "children": [],
    }


def test_commands_come_from_the_apps():
    commands = registry.commands()
    assert set(commands) >= {"check", "panels"}
    assert commands["check"].target == "allykit.wordcheck.cli:main"


TOOL3_FRAGMENT = api.Fragment(
    paths={"/api/v1/tool3": {"post": {"operationId": "tool3", "responses": {}}}},
    schemas={"Tool3Result": {"type": "object"}},
)


def test_a_new_app_contributes_by_its_module_alone(monkeypatch):
    """The third-tool trace of docs/architecture.md: its routes.py is all the site reads."""
    from allykit.routes import Route

    fake = types.ModuleType("tool3.routes")
    fake.ROUTES = (Route("tool3", en="tools/third/", fr="outils/troisieme/", view=print),)
    fake.NAV = (registry.NavEntry("tool3", "Third tool", group="tools", order=999),)
    fake.ENDPOINTS = (
        registry.Endpoint(
            "api/v1/tool3", print, "api-tool3", openapi="tests.api.test_registry.TOOL3_FRAGMENT"
        ),
    )
    fake.COMMANDS = (registry.Command("tool3", "tool3.cli:main", "FILE", "a third tool"),)
    names = registry.app_names()
    monkeypatch.setattr(registry, "app_names", lambda: (*names, "tool3"))
    real = registry._module
    monkeypatch.setattr(registry, "_module", lambda app: fake if app == "tool3" else real(app))
    assert [r.key for r in registry.routes()][-1] == "tool3"
    assert [e.key for e in registry.nav_entries()][-1] == "tool3"
    assert [e.name for e in registry.endpoints()][-1] == "api-tool3"
    document = api.document()
    assert "/api/v1/tool3" in document["paths"]
    assert "Tool3Result" in document["components"]["schemas"]
    assert "tool3" in registry.commands()


def test_a_key_declared_twice_is_an_error(monkeypatch):
    twice = types.ModuleType("twice.routes")
    twice.NAV = (registry.NavEntry("checker", "again"),)
    monkeypatch.setattr(
        registry, "modules", lambda: (registry._module("allykit.writing_checker"), twice)
    )
    with pytest.raises(RuntimeError, match="declared twice"):
        registry.nav_entries()


def test_the_cli_finds_commands_without_importing_the_apps():
    for name, command in registry.commands().items():
        assert registry.command_before_setup(name) == command
    assert registry.command_before_setup("no-such-command") is None
