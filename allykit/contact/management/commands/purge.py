"""`allykit purge --older-than 365d`: delete contact messages and page feedback past retention."""

import re
from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from allykit.contact import lockout, ratelimit
from allykit.contact.models import Feedback, Message

UNITS = {"d": 1, "w": 7, "y": 365}


def parse_age(value: str) -> int:
    """'365d', '52w', '1y' or '365' -> days."""
    match = re.fullmatch(r"\s*(\d+)\s*([dwy]?)\s*", value or "")
    if not match:
        raise CommandError(f"--older-than takes a number of days like 365d, 52w or 1y: {value!r}")
    return int(match[1]) * UNITS[match[2] or "d"]


class Command(BaseCommand):
    help = (
        "Delete contact messages (with their replies and emails) and page feedback older "
        "than the retention period, and workshops and private action plans past their expiry."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than",
            default=None,
            help="age like 365d, 52w or 1y (default: ALLYKIT_RETENTION_DAYS)",
        )
        parser.add_argument("--dry-run", action="store_true", help="count, delete nothing")

    def handle(self, *args, older_than=None, dry_run=False, **options):
        days = parse_age(older_than) if older_than else settings.RETENTION_DAYS
        cutoff = timezone.now() - timedelta(days=days)
        messages = Message.objects.filter(created_at__lt=cutoff)
        feedback = Feedback.objects.filter(created_on__lt=timezone.localdate(cutoff))
        counts = {"messages": messages.count(), "feedback": feedback.count()}
        # Workshops and private plans carry their own expiry date (no --older-than).
        from allykit.action_plan import private as plans
        from allykit.practice import workshops

        if dry_run:
            counts["workshops"] = workshops.count_expired()
            counts["plans"] = plans.count_expired()
        else:
            with transaction.atomic():
                messages.delete()  # replies, emails and delivery attempts go with them
                feedback.delete()
            ratelimit.purge_counters()
            lockout.purge()
            counts["workshops"] = workshops.purge_expired()
            counts["plans"] = plans.purge_expired()
        verb = "would delete" if dry_run else "deleted"
        self.stdout.write(
            f"purge: {verb} {counts['messages']} message(s) and "
            f"{counts['feedback']} page-feedback answer(s) older than {days} days "
            f"(before {cutoff:%Y-%m-%d})."
        )
        self.stdout.write(f"purge: {verb} {counts['workshops']} expired workshop(s).")
        self.stdout.write(f"purge: {verb} {counts['plans']} expired action plan(s).")
