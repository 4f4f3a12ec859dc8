"""The one clock the contact app reads for form start times and rate-limit windows.

Code calls `clock.now()` (never `time.time()` directly) so tests can freeze and advance time
instead of depending on how fast the machine runs them (tests/contact/conftest.py `clock`).
"""

from __future__ import annotations

import time


def now() -> float:
    """Seconds since the epoch, as time.time()."""
    return time.time()
