"""The `allykit` command: check-content, serve (real gunicorn), and dispatch."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.postgres.server import free_port

ROOT = Path(__file__).resolve().parents[1]


def run(args, tmp_path, **env):
    full_env = {**os.environ, "ALLYKIT_DATA_DIR": str(tmp_path / "var"), **env}
    full_env.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run(
        [sys.executable, "-m", "allykit.cli", *args],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_content_passes_on_the_real_content(tmp_path):
    result = run(["check-content"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Content OK")


def test_check_content_lists_every_problem_with_file_and_line(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    why = content / "en" / "why.md"
    why.write_text(why.read_text() + "\n#### Skipped\n\nSee [@nobody1900] and [[no-term]].\n")
    (content / "fr" / "contact.md").unlink()
    result = run(["check-content", "--content-dir", str(content)], tmp_path)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert any(
        line.startswith("content/en/why.md:") and "heading level skipped" in line for line in lines
    )
    assert any("unknown citation key 'nobody1900'" in line for line in lines)
    assert any("unknown glossary term 'no-term'" in line for line in lines)
    assert any("content/en/contact.md:1: page exists in en only" in line for line in lines)


def test_unknown_command_exits_2(tmp_path):
    result = run(["no-such-command"], tmp_path)
    assert result.returncode == 2 and "unknown command" in result.stderr


@pytest.mark.server
def test_serve_runs_gunicorn_and_stops_cleanly_on_ctrl_c(tmp_path):
    port = free_port()
    env = {**os.environ, "ALLYKIT_DATA_DIR": str(tmp_path / "var")}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    started = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, "-m", "allykit.cli", "serve", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        body, server = None, None
        for _ in range(1200):  # up to a minute or more: a busy machine starts slowly
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/en/", timeout=2) as r:
                    body, server = r.read().decode(), r.headers["Server"]
                break
            except OSError:
                time.sleep(0.05)
        first_page = time.monotonic() - started
        assert body and "<h1" in body
        assert server.startswith("gunicorn")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as r:
            assert r.status == 200
        print(f"cold start to first page: {first_page:.2f} s")
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert f"http://127.0.0.1:{port}/" in out
    assert (tmp_path / "var" / "allykit.sqlite3").exists()


@pytest.mark.server
def test_serve_refuses_to_start_on_invalid_content(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    (content / "fr" / "why.md").write_text("---\ntitle: x\n---\n")
    result = run(["serve", "--port", str(free_port())], tmp_path, ALLYKIT_CONTENT_DIR=str(content))
    assert result.returncode == 1
    assert "content/fr/why.md:2: bad front matter: 'description' is required" in result.stderr
