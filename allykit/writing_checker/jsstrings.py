"""The few strings checker.js shows itself (the result is rendered by the server and swapped
in as a fragment). Passed as JSON in the form's data-strings."""

from __future__ import annotations

import json

from django.utils.translation import gettext as _

from .service import too_long_message


def js_strings(lang: str) -> str:
    strings = {
        "checking": _("Checking…"),
        "failed": _("The text could not be checked here. Use the “Check the text” button."),
        "too_long": too_long_message(),
    }
    return json.dumps(strings, ensure_ascii=False)
