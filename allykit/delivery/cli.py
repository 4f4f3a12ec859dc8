"""`allykit export-static DIR ...`: the management command, with Django set up first."""

from __future__ import annotations


def main(argv: list[str]) -> int:
    from allykit.cli import manage, setup_django

    setup_django()
    return manage(["export_static", *argv])
