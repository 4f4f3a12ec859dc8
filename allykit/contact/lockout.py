"""Lock staff accounts and addresses after repeated failed logins (kept in the database).

Every login attempt is recorded BEFORE its password is checked: one row for the user name and
one for the address, both as keyed hashes. Only then are the rows in the window counted, and
the attempt goes on to the password check only while each count (its own row included) is at
most LOGIN_MAX_FAILURES. However many attempts arrive at once, on any number of processes, at
most LOGIN_MAX_FAILURES of them reach the password check: the last of them to count would see
the committed rows of all the others. A refused attempt removes its rows again (retrying while
locked does not extend the lock); a successful login clears the rows of its name and address,
so the rows left are the failures.

`LockoutBackend` comes first in AUTHENTICATION_BACKENDS; raising PermissionDenied stops the
other backends, so even the right password does not get in until the failures age out. The
staff login form (admin.StaffLoginForm) then says the sign-in is paused, with the same words
whether or not the name typed belongs to an account.
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


def _over(keys: list[str], limit: int) -> bool:
    since = timezone.now() - timedelta(seconds=settings.LOGIN_LOCKOUT_SECONDS)
    return any(LoginFailure.objects.filter(key=k, at__gte=since).count() > limit for k in keys)


def begin_attempt(username: str | None, request) -> bool:
    """Count this attempt first (each row committed on its own), then decide: True to go on."""
    keys = _keys(username, request)
    if not keys:
        return True
    mine = [LoginFailure.objects.create(key=key).pk for key in keys]
    if _over(keys, settings.LOGIN_MAX_FAILURES):
        LoginFailure.objects.filter(pk__in=mine).delete()
        return False
    return True


class LockoutBackend:
    """Refuses (PermissionDenied stops the other backends) while locked; never logs anyone in.

    It has no get_user(), so sessions and force_login() use the backend that checked the password.
    """

    def authenticate(self, request, username=None, **credentials):
        if not begin_attempt(username, request):
            if request is not None:
                request.allykit_locked = True
            raise PermissionDenied("too many failed logins")
        return None  # counted and not locked: the next backend checks the password


@receiver(user_login_failed)
def forget_old_failures(sender, credentials, request=None, **kwargs):
    purge()  # the attempt was recorded before the check; failures that no longer count go


@receiver(user_logged_in)
def clear_failures(sender, request, user, **kwargs):
    LoginFailure.objects.filter(key__in=_keys(user.get_username(), request)).delete()


def purge(older_than_seconds: int | None = None) -> int:
    seconds = older_than_seconds or settings.LOGIN_LOCKOUT_SECONDS * 2
    cutoff = timezone.now() - timedelta(seconds=seconds)
    return LoginFailure.objects.filter(at__lt=cutoff).delete()[0]
