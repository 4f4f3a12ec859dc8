"""The practice app's settings (declared in allykit/config.py), read when used."""

from django.conf import settings

from allykit.config import env, value


def retention_hours() -> int:
    """Hours after creation when a workshop and its votes are deleted."""
    value = getattr(settings, "WORKSHOP_RETENTION_HOURS", None)
    return int(value or env("ALLYKIT_WORKSHOP_RETENTION_HOURS", "24"))


def max_participants() -> int:
    value = getattr(settings, "WORKSHOP_MAX_PARTICIPANTS", None)
    return int(value or env("ALLYKIT_WORKSHOP_MAX_PARTICIPANTS", "500"))


JOIN_FAILURES = (20, 600)  # wrong join codes allowed per address, per 10 minutes


def start_rate() -> tuple[int, int]:
    """Workshops that may be started per address: (count, seconds)."""
    return getattr(settings, "WORKSHOP_START_RATE", None) or value("ALLYKIT_WORKSHOP_START_RATE")
