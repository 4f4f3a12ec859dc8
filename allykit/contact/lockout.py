"""Lock staff accounts and addresses after repeated failed logins (kept in the database).

Every failed login (Django's `user_login_failed` signal) is recorded twice: once for the user
name, once for the address, both as keyed hashes. `LockoutBackend` comes first in
AUTHENTICATION_BACKENDS and refuses any login while either has LOGIN_MAX_FAILURES failures in
the last LOGIN_LOCKOUT_SECONDS, so even the right password does not get in until they age out.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core.exceptions import PermissionDenied
from django.dispatch import receiver
from django.utils import timezone

from .models import LoginFailure
from .ratelimit import address_key, request_ip


def _keys(username: str | None, request) -> list[str]:
    keys = []
    if username:
        keys.append(address_key("login-user", username.strip().casefold()))
    if request is not None:
        keys.append(address_key("login-addr", request_ip(request)))
    return keys


def is_locked(username: str | None, request) -> bool:
    since = timezone.now() - timedelta(seconds=settings.LOGIN_LOCKOUT_SECONDS)
    for key in _keys(username, request):
        recent = LoginFailure.objects.filter(key=key, at__gte=since)
        if recent.count() >= settings.LOGIN_MAX_FAILURES:
            return True
    return False


class LockoutBackend:
    """Refuses (PermissionDenied stops the other backends) while locked; never logs anyone in.

    It has no get_user(), so sessions and force_login() use the backend that checked the password.
    """

    def authenticate(self, request, username=None, **credentials):
        if is_locked(username, request):
            if request is not None:
                request.allykit_locked = True
            raise PermissionDenied("too many failed logins")
        return None  # not locked: the next backend checks the password


@receiver(user_login_failed)
def record_failure(sender, credentials, request=None, **kwargs):
    if request is not None and getattr(request, "allykit_locked", False):
        return  # refused because locked: do not extend the lock with every retry
    for key in _keys(credentials.get("username"), request):
        LoginFailure.objects.create(key=key)
    purge()  # failures that no longer count are not kept


@receiver(user_logged_in)
def clear_failures(sender, request, user, **kwargs):
    LoginFailure.objects.filter(key__in=_keys(user.get_username(), request)).delete()


def purge(older_than_seconds: int | None = None) -> int:
    seconds = older_than_seconds or settings.LOGIN_LOCKOUT_SECONDS * 2
    cutoff = timezone.now() - timedelta(seconds=seconds)
    return LoginFailure.objects.filter(at__lt=cutoff).delete()[0]
