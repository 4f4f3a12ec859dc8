"""The practice app's settings (declared in allykit/config.py), read when used."""

from django.conf import settings

from allykit.config import env


def retention_hours() -> int:
    """Hours after creation when a workshop and its votes are deleted."""
    value = getattr(settings, "WORKSHOP_RETENTION_HOURS", None)
    return int(value or env("ALLYKIT_WORKSHOP_RETENTION_HOURS", "24"))


def max_participants() -> int:
    value = getattr(settings, "WORKSHOP_MAX_PARTICIPANTS", None)
    return int(value or env("ALLYKIT_WORKSHOP_MAX_PARTICIPANTS", "500"))


JOIN_FAILURES = (20, 600)  # wrong join codes allowed per address, per 10 minutes
CREATE_LIMIT = (10, 3600)  # workshops started per address per hour
