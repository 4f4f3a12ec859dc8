"""What `allykit serve` does before its port opens: timed, with independent steps side by side.

After Django is set up, the static files and the database migrations (which need no content)
run in a forked child while this process loads and validates the content, so a machine with
two cores does both at once; the content waits for the static manifest only when it first
links an image (allykit/delivery/storage.py). The search index is not needed to serve a
page: a second child builds it, or reads it from the instance folder, while the server
starts, and each worker picks up the copy that child writes (`allykit.search.index`). Each
step's wall and CPU time is logged at INFO on the `allykit.startup` logger
(ALLYKIT_LOG_LEVEL=INFO), which `bench/startup_bench.py` reads.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger("allykit.startup")


def _since_process_start() -> float:
    """Seconds since this process started (Linux; 0 elsewhere)."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        return max(0.0, time.clock_gettime(time.CLOCK_BOOTTIME) - started)
    except (OSError, ValueError, AttributeError, IndexError):
        return 0.0


@dataclass
class Timer:
    """Wall and CPU seconds per step, CPU including the children a step waited for.

    The first step starts when the process did, so it holds the interpreter and imports.
    """

    steps: list[tuple[str, float, float]] = field(default_factory=list)
    _wall: float = field(default_factory=lambda: time.perf_counter() - _since_process_start())
    _cpu: float = 0.0

    def mark(self, name: str, child_cpu: float = 0.0) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        self.steps.append((name, wall - self._wall, cpu - self._cpu + child_cpu))
        self._wall, self._cpu = wall, cpu

    def report(self) -> None:
        for name, wall, cpu in self.steps:
            log.info("start-up step %s: wall %.3f s, CPU %.3f s", name, wall, cpu)


def static_fingerprint() -> str:
    """Names, sizes and times of every static source file, and where they are collected."""
    from django.conf import settings
    from django.contrib.staticfiles.finders import get_finders

    digest = hashlib.sha256()
    for finder in get_finders():
        for path, storage in finder.list([]):
            stat = os.stat(storage.path(path))
            digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
    digest.update(str(settings.STATIC_ROOT).encode())
    return digest.hexdigest()


def collect_and_migrate(collected=lambda: None) -> None:
    """Collect static files when their sources changed, say so, then apply migrations."""
    from django.conf import settings
    from django.core.management import call_command

    stamp = Path(settings.DATA_DIR) / "static.stamp"
    fingerprint = static_fingerprint()
    if not stamp.exists() or stamp.read_text() != fingerprint:
        call_command("collectstatic", interactive=False, verbosity=0, clear=True)
        stamp.write_text(fingerprint)
    collected()
    call_command("migrate", interactive=False, verbosity=0)


# While the start-up child collects the static files, the read end of a pipe it writes one
# byte to when the manifest is there. The content links images by their fingerprinted names,
# so StaticStorage waits on it (wait_for_static) before it reads the manifest.
_static_pipe: int | None = None


def static_pending() -> bool:
    return _static_pipe is not None


def wait_for_static() -> None:
    """Block until the child has written the static manifest (or has ended)."""
    global _static_pipe
    fd, _static_pipe = _static_pipe, None
    if fd is not None:
        os.read(fd, 1)  # one byte when collected; b"" if the child ended first
        os.close(fd)


def _fork(work) -> int | None:
    """Run `work()` in a child process; None where fork is unavailable (then run it here)."""
    if not hasattr(os, "fork"):
        return None
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid:
        return pid
    code = 1
    try:
        work()
        code = 0
    except BaseException:  # noqa: BLE001 - reported, then the child ends with code 1
        log.exception("start-up step failed")
    finally:
        from django.db import connections

        connections.close_all()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def _wait(pid: int) -> tuple[bool, float]:
    """(succeeded, CPU seconds) of a child started by `_fork`."""
    _, status, usage = os.wait4(pid, 0)
    return os.waitstatus_to_exitcode(status) == 0, usage.ru_utime + usage.ru_stime


def prepare(timer: Timer, load_content) -> bool:
    """Migrate, collect static files and load the content (side by side); start the index.

    `load_content()` loads and validates the content, prints its problems and says whether
    it is valid. Returns False when the content or the migrations failed.
    """
    from django.db import connections

    global _static_pipe
    connections.close_all()  # no connection may be shared with a child
    read, write = os.pipe()

    def work():
        os.close(read)
        collect_and_migrate(lambda: os.write(write, b"1"))

    child = _fork(work)
    os.close(write)
    if child is None:
        os.close(read)
        collect_and_migrate()
        timer.mark("static files and migrations")
    else:
        _static_pipe = read
    content_ok = load_content()
    timer.mark("content (loaded and validated)")
    if child is not None:
        wait_for_static()
        migrated, cpu = _wait(child)
        timer.mark("static files and migrations (in parallel; waited for)", cpu)
        if not migrated:
            print("Migrations or static files failed; see the log above.", file=sys.stderr)
            return False
    if not content_ok:
        return False
    start_index()
    timer.mark("search index (started in the background)")
    return True


def start_index() -> None:
    """Build (or read back) the search index in a child; workers load the copy it writes."""
    from allykit.search import index
    from allykit.toolkit.site import get_site

    site = get_site()

    def build():
        with contextlib.suppress(OSError, AttributeError):
            os.nice(10)  # background work: the workers and the first pages come first
        index.load_or_build(site)

    pid = _fork(build)
    index.built_elsewhere(pid is not None)
    if pid is None:
        index.get_index()
