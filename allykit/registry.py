"""App registration: what each installed app adds to the site, found from INSTALLED_APPS.

An app contributes by declaring, in its registration module `<app>/routes.py`, any of:

- `ROUTES`: pages in both languages (`allykit.routes.Route`), URL names `<key>-en`/`<key>-fr`;
- `NAV`: entries for the header navigation (`NavEntry`), e.g. a tool under "Tools";
- `ENDPOINTS`: paths outside the language prefixes (`Endpoint`), e.g. a JSON API with its
  OpenAPI fragment (`allykit.api.Fragment`), or /robots.txt;
- `COMMANDS`: `allykit NAME ...` subcommands (`Command`).

Adding a tool therefore touches its own app and one INSTALLED_APPS line. Apps are read in
INSTALLED_APPS order; an app without a registration module contributes nothing.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from importlib.util import find_spec
from pathlib import Path
from types import ModuleType

MODULE = "routes"  # the registration module's name inside each app


@dataclass(frozen=True)
class NavEntry:
    """A navigation entry an app adds: the page of route `key`, titled `title`, in `group`."""

    key: str
    title: str  # a gettext_lazy string
    group: str = "tools"
    order: int = 100
    # The tool's card on the home page (lazy strings): what it does, the action's words and,
    # when it differs from `title`, the card's own title. No card without `blurb`.
    blurb: str | None = None
    action: str | None = None
    card_title: str | None = None
    # The action link a content page gives this tool, when `action` leans on the card's title
    # ("Start practising" under "Practice: what would you say?"); else `action` serves.
    link_action: str | None = None

    def url(self, lang: str) -> str:
        from allykit.routes import url_for

        return url_for(self.key, lang)


@dataclass(frozen=True)
class Endpoint:
    """A path outside /en/ and /fr/. `view` and `openapi` may be dotted paths, imported late."""

    path: str
    view: Callable | str
    name: str
    openapi: str | None = None  # dotted path of an allykit.api.Fragment describing this path

    def resolve(self) -> Callable:
        from django.utils.module_loading import import_string

        return import_string(self.view) if isinstance(self.view, str) else self.view


@dataclass(frozen=True)
class Command:
    """`allykit NAME ARGS...` runs `target` ("package.module:function"), called with ARGS."""

    name: str
    target: str
    usage: str
    help: str

    def run(self, argv: list[str]) -> int:
        module, _, function = self.target.partition(":")
        return getattr(import_module(module), function or "main")(argv)


def app_names() -> tuple[str, ...]:
    """The installed apps' module names, in INSTALLED_APPS order."""
    from django.apps import apps

    if apps.ready:
        return tuple(config.name for config in apps.get_app_configs())
    from django.conf import settings

    return tuple(settings.INSTALLED_APPS)


def _has_module(app: str) -> bool:
    """Whether the app has a registration module, found without importing the app itself."""
    spec = find_spec(app)
    locations = (spec.submodule_search_locations or ()) if spec else ()
    return any((Path(folder) / f"{MODULE}.py").is_file() for folder in locations)


@cache
def _module(app: str) -> ModuleType | None:
    return import_module(f"{app}.{MODULE}") if _has_module(app) else None


def modules() -> tuple[ModuleType, ...]:
    return tuple(m for m in map(_module, app_names()) if m is not None)


def _collect(attribute: str) -> tuple:
    return tuple(item for m in modules() for item in getattr(m, attribute, ()))


def _unique(items: tuple, what: str, key: Callable) -> tuple:
    keys = [key(item) for item in items]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    if duplicates:
        raise RuntimeError(f"{what} declared twice: {duplicates}")
    return items


def routes() -> tuple:
    """Every app's routes (`allykit.routes.Route`); keys are unique."""
    return _unique(_collect("ROUTES"), "route keys", lambda r: r.key)


def nav_entries() -> tuple[NavEntry, ...]:
    """The navigation entries apps contribute, by group then order (stable within an order)."""
    entries = _unique(_collect("NAV"), "nav entries", lambda e: e.key)
    return tuple(sorted(entries, key=lambda e: (e.group, e.order)))


def nav_items(lang: str) -> list[dict]:
    """`nav_entries()` in the `nav` context's shape: {key, url, title, group, children}."""
    return [
        {"key": e.key, "url": e.url(lang), "title": e.title, "group": e.group, "children": []}
        for e in nav_entries()
    ]


def endpoints() -> tuple[Endpoint, ...]:
    return _unique(_collect("ENDPOINTS"), "endpoint paths", lambda e: e.path)


def commands() -> dict[str, Command]:
    """`allykit` subcommands by name."""
    found = _unique(_collect("COMMANDS"), "commands", lambda c: c.name)
    return {c.name: c for c in found}


def command_before_setup(name: str) -> Command | None:
    """The command `name`, read from the apps' registration modules without importing them
    (so `allykit check` does not start Django): found when COMMANDS is a tuple of literal
    `Command(...)` calls. None otherwise: set Django up and ask `commands()`."""
    for app in app_names():
        for command in _literal_commands(app):
            if command.name == name:
                return command
    return None


def _literal_commands(app: str) -> list[Command]:
    spec = find_spec(app) if _has_module(app) else None
    if spec is None:
        return []
    source = next(
        Path(f) / f"{MODULE}.py"
        for f in spec.submodule_search_locations
        if (Path(f) / f"{MODULE}.py").is_file()
    )
    found = []
    for node in ast.parse(source.read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else ()
        if not any(isinstance(t, ast.Name) and t.id == "COMMANDS" for t in targets):
            continue
        for call in getattr(node.value, "elts", ()):
            try:
                args = [ast.literal_eval(a) for a in call.args]
                kwargs = {k.arg: ast.literal_eval(k.value) for k in call.keywords}
                found.append(Command(*args, **kwargs))
            except (AttributeError, TypeError, ValueError):
                return []  # not literal: the slow path imports the module
    return found
