"""`allykit serve`'s start-up: static files and migrations beside the content, index behind."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PREPARE = textwrap.dedent(
    """
    import json, sys
    from allykit import cli
    from allykit.delivery import startup

    cli.setup_django()
    timer = startup.Timer()
    ok = cli.prepare(timer)
    from allykit.search import index
    from allykit.toolkit.site import get_site

    html = "".join(s for p in get_site()["en"].pages.values() for s in p.segments
                   if isinstance(s, str))
    print(json.dumps({"ok": ok, "steps": [s[0] for s in timer.steps],
                      "elsewhere": index.is_built_elsewhere(), "html": html}))
    """
)


def _prepare(data_dir: Path) -> dict:
    env = {**os.environ, "ALLYKIT_DATA_DIR": str(data_dir)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    result = subprocess.run(
        [sys.executable, "-c", PREPARE],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.server
def test_a_new_instance_folder_is_migrated_collected_and_indexed(tmp_path):
    data = tmp_path / "var"
    out = _prepare(data)
    assert out["ok"]
    # Migrations ran in the child: the tables exist.
    import sqlite3

    with sqlite3.connect(data / "allykit.sqlite3") as db:
        tables = {row[0] for row in db.execute("select name from sqlite_master")}
    assert "django_migrations" in tables and "django_session" in tables
    # The content, loaded while the child collected the files, links fingerprinted images:
    # it waited for the manifest instead of falling back to plain names.
    manifest = json.loads((data / "static" / "staticfiles.json").read_text())["paths"]
    figure = "img/mentorship-push-pull-en.svg"
    assert f"/static/{manifest[figure]}" in out["html"], "figures use fingerprinted names"
    # The index is built by a child in the background and kept in the instance folder.
    assert out["elsewhere"]
    for _ in range(600):
        if list((data / "search-index").glob("*.index")):
            break
        time.sleep(0.1)
    assert list((data / "search-index").glob("*.index"))
    assert out["steps"][0].startswith("content")


def test_static_files_are_compressed_where_they_are_served(tmp_path, settings):
    from django.core.management import call_command

    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "allykit.delivery.storage.StaticStorage"},
    }
    call_command("collectstatic", interactive=False, verbosity=0)
    root = settings.STATIC_ROOT
    manifest = json.loads((root / "staticfiles.json").read_text())["paths"]
    site_css = root / manifest["css/site.css"]
    assert site_css.with_name(site_css.name + ".gz").exists()
    assert site_css.with_name(site_css.name + ".br").exists()
    assert not (root / "css" / "site.css.gz").exists()  # the plain name stays, uncompressed
    assert (root / "css" / "site.css").exists()
    admin_css = root / manifest["admin/css/base.css"]
    assert admin_css.with_name(admin_css.name + ".gz").exists()
    assert not admin_css.with_name(admin_css.name + ".br").exists()
