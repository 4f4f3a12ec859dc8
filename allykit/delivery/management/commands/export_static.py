"""`allykit export-static DIR`: write the public site as static files (see delivery/export.py)."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from allykit.delivery.export import ORIGIN_HOST, ExportError, export_static


class Command(BaseCommand):
    help = (
        "Write every content page in both languages, the glossary, references and their "
        "exports, sitemap, robots, error page, assets and a static search index to DIR."
    )

    def add_arguments(self, parser):
        parser.add_argument("dir", help="an empty folder, or an earlier export to replace")
        parser.add_argument(
            "--base-url",
            default="",
            help="absolute address the export will be served from, e.g. "
            "https://allykit.example.org/ (default: relative links; sitemap.xml needs it)",
        )
        parser.add_argument(
            "--server-url",
            default=settings.EXPORT_SERVER_URL,
            help="a running toolkit server that forms and tools link to "
            "(default: ALLYKIT_EXPORT_SERVER_URL; empty: forms are replaced by a note)",
        )
        parser.add_argument("--no-search", action="store_true", help="skip the Pagefind index")

    def handle(self, *args, **options):
        from allykit.cli import load_content_or_report

        if ORIGIN_HOST not in settings.ALLOWED_HOSTS:
            settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, ORIGIN_HOST]
        call_command("migrate", interactive=False, verbosity=0)
        # Static files first: the content links its images by their fingerprinted names.
        call_command("collectstatic", interactive=False, verbosity=0)
        if not load_content_or_report():
            raise CommandError("The content has problems; nothing was exported.")
        try:
            report = export_static(
                options["dir"],
                base_url=options["base_url"],
                server_url=options["server_url"],
                search=not options["no_search"],
            )
        except ExportError as exc:
            raise CommandError(str(exc)) from exc
        for path, status in report.skipped:
            self.stderr.write(f"skipped {path}: HTTP {status}")
        self.stdout.write(
            f"Exported {len(report.pages)} pages and {len(report.files)} other files to "
            f"{report.out}; {report.forms_replaced} forms need the server"
            + ("; search index built." if report.search_indexed else ".")
        )
