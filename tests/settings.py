"""Test settings: production settings with a throwaway instance folder and plain static files."""

import os
import tempfile

os.environ.setdefault("ALLYKIT_DATA_DIR", tempfile.mkdtemp(prefix="allykit-test-"))
if os.environ.get("PYTEST_XDIST_WORKER"):
    # xdist workers inherit the controller's environment: give each its own instance folder
    # (secret key, SQLite test database, collected static files) inside the run's one.
    worker_dir = os.path.join(os.environ["ALLYKIT_DATA_DIR"], os.environ["PYTEST_XDIST_WORKER"])
    os.environ["ALLYKIT_DATA_DIR"] = worker_dir

from allykit.settings import *  # noqa: E402,F403

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

if DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    # A file, not the in-memory default: concurrent tests (the outbox's overlapping runs) then
    # meet SQLite's real locking with WAL and a busy timeout, as in production.
    DATABASES["default"]["TEST"] = {"NAME": str(DATA_DIR / "test.sqlite3")}  # noqa: F405
