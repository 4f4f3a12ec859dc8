"""The `allykit` command: serve the site, check content, run tools and management commands."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

CORE = """  serve [--host H] [--port P] [--workers N] [--dev]
                      set everything up and serve the site (gunicorn + WhiteNoise)
  check-content       validate all content; list every problem as file:line: problem
"""
TAIL = """  manage ARGS...      any Django management command (migrate, createsuperuser, ...)
  COMMAND             a management command by name, e.g. `allykit send-outbox`
"""


def usage() -> str:
    """The help text: the core commands, then those the installed apps register."""
    from allykit import registry

    setup_django()
    lines = []
    for command in registry.commands().values():
        head = f"  {command.name} {command.usage}"
        pad = f"{head:<22}" if len(head) < 22 else f"{head}\n{'':22}"
        lines.append(pad + command.help)
    tools = "".join(line + "\n" for line in lines)
    return f"usage: allykit COMMAND [ARGS]\n\ncommands:\n{CORE}{tools}{TAIL}"


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "allykit.settings")
    import django

    django.setup()


def load_content_or_report() -> bool:
    """Load the content; print every problem and return False when it is invalid."""
    from allykit.content import ContentError
    from allykit.toolkit.site import get_site

    try:
        site = get_site()
    except ContentError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"{len(exc.problems)} content problem(s) found.", file=sys.stderr)
        return False
    pages = sum(len(site[lang].pages) for lang in ("en", "fr"))
    print(
        f"Content OK: {pages} pages, {len(site.references)} references, "
        f"{len(site['en'].glossary)} glossary terms, "
        f"{len(site['en'].microaggressions)} microaggression entries per language."
    )
    from allykit.practice.bank import check_or_report  # the practice app's scenario bank

    scenarios_ok = check_or_report()
    from allykit.action_plan.store import check_or_report as check_actions  # action catalogue
    from allykit.cards.bank import check_or_report as cards_ok
    from allykit.self_assessment.bank import check_or_report as assessments_ok
    from allykit.writing_checker.citations import check_or_report as checker_sources_ok

    checks = [check_actions(), assessments_ok(), cards_ok(), checker_sources_ok()]
    return all(checks) and scenarios_ok


def prepare(timer=None) -> bool:
    """Migrate, collect static files (when they changed) and load the content, side by side;
    the search index is built in the background (allykit/delivery/startup.py)."""
    from allykit.delivery import startup

    return startup.prepare(timer or startup.Timer(), load_content_or_report)


def serve(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="allykit serve")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--dev", action="store_true", help="Django's autoreloading server")
    args = parser.parse_args(argv)
    from allykit.delivery.startup import Timer

    timer = Timer()
    setup_django()
    timer.mark("interpreter, imports and django setup")
    if not prepare(timer):
        return 1
    from django.conf import settings

    host = f"[{args.host}]" if ":" in args.host else args.host
    print(f"Ally Toolkit is running at http://{host}:{args.port}/  (Ctrl-C to stop)", flush=True)
    if args.dev:
        from django.core.management import call_command

        call_command("runserver", f"{host}:{args.port}")
        return 0
    from django.db import connections

    from allykit.server import run_gunicorn

    # Migrations opened a connection in this (master) process; forked workers must not share it.
    connections.close_all()

    from allykit.config import value

    timer.report()
    workers = args.workers or value("ALLYKIT_WORKERS")
    return run_gunicorn(f"{host}:{args.port}", workers, settings.TRUSTED_PROXIES)


def check_content(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="allykit check-content")
    parser.add_argument("--content-dir", help="folder to check (default: ALLYKIT_CONTENT_DIR)")
    args = parser.parse_args(argv)
    if args.content_dir:
        os.environ["ALLYKIT_CONTENT_DIR"] = str(Path(args.content_dir).resolve())
    setup_django()
    return 0 if load_content_or_report() else 1


def manage(argv: list[str]) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "allykit.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["allykit manage", *argv])
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help", "help"):
        print(usage())
        return 0 if argv else 2
    command, rest = argv[0], argv[1:]
    if command == "serve":
        return serve(rest)
    if command == "check-content":
        return check_content(rest)
    if command == "manage":
        return manage(rest)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "allykit.settings")
    from allykit import registry

    early = registry.command_before_setup(command)
    if early is not None:
        return early.run(rest)
    setup_django()
    from django.core.management import get_commands

    tools = registry.commands()
    if command in tools:
        return tools[command].run(rest)

    name = command.replace("-", "_")
    if name in get_commands():
        return manage([name, *rest])
    print(f"allykit: unknown command '{command}'\n\n{usage()}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
