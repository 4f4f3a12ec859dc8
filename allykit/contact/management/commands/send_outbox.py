"""`allykit send-outbox`: send queued emails. Safe from cron, safe to run twice at once."""

from django.core.management.base import BaseCommand

from allykit.contact.outbox import send_pending


class Command(BaseCommand):
    help = "Send the queued contact emails that are due; each is claimed by one run only."

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=None, help="send at most N emails")
        parser.add_argument(
            "--now", action="store_true", help="ignore the back-off delays: try every email now"
        )

    def handle(self, *args, limit=None, now=False, **options):
        summary = send_pending(limit=limit, ignore_backoff=now)
        self.stdout.write(
            f"outbox: {summary.sent} sent, {summary.retry} to retry later, "
            f"{summary.failed} given up" + (" (mail server unreachable)" if summary.stopped else "")
        )
        if summary.stopped:
            raise SystemExit(75)  # EX_TEMPFAIL: cron may alert; everything stays queued
