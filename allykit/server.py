"""Run gunicorn in-process: the production WSGI server behind `allykit serve`."""

from __future__ import annotations

import threading

from gunicorn.app.base import BaseApplication

WARM_INDEX_AFTER = 1.0  # seconds: the first pages after a start are not slowed by it


def _warm_index(worker) -> None:
    """In each worker, read the search index the start-up child writes, off the request path
    (a search before then reads it itself)."""
    from allykit.search import index

    if index.is_built_elsewhere():
        timer = threading.Timer(WARM_INDEX_AFTER, index.get_index)
        timer.daemon = True
        timer.start()


class _Gunicorn(BaseApplication):
    def __init__(self, options: dict):
        self.options = options
        super().__init__()

    def load_config(self):
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        from allykit.wsgi import application

        return application


def run_gunicorn(bind: str, workers: int, trusted_proxies: list[str]) -> int:
    """Serve until interrupted; Ctrl-C (SIGINT) or SIGTERM stops the workers cleanly."""
    options = {
        "bind": bind,
        "workers": max(1, workers),
        "worker_class": "sync",
        "preload_app": True,  # content is parsed once, in the master, before forking
        "forwarded_allow_ips": ",".join(trusted_proxies),
        "accesslog": None,
        "errorlog": "-",
        "loglevel": "warning",
        "graceful_timeout": 10,
        "timeout": 30,
        "limit_request_line": 8190,
        "limit_request_fields": 100,
        "limit_request_field_size": 8190,
        "control_socket_disable": True,
        "post_worker_init": _warm_index,
    }
    _Gunicorn(options).run()
    return 0
