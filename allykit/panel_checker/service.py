"""What the page and the API share: run one check in memory, turn failures into messages.

Nothing here stores or logs the input: the bytes live only as long as the request.
"""

from __future__ import annotations

import importlib.util
import logging
from dataclasses import dataclass, field

from django.utils import translation
from django.utils.translation import get_language, gettext

from allykit.api import ApiError
from allykit.panelaudit import PARITY, Audit, PanelInputError, Target, audit, parse_table
from allykit.panelaudit.readers import MAX_BYTES, MAX_ROWS

logger = logging.getLogger(__name__)
MAX_DIMENSIONS = 10


@dataclass(frozen=True)
class CheckInput:
    data: bytes | str
    filename: str | None = None
    supplement: bytes | str | None = None
    supplement_filename: str | None = None
    target: Target = PARITY
    dimensions: tuple[str, ...] = field(default=())
    estimate: bool = False
    # Column header -> field ("session", "name", "role", "gender", ..., or "ignore"): how the
    # user chose to read the columns (engine: allykit.panelaudit.header.FIELDS).
    mapping: dict[str, str] = field(default_factory=dict)


def _active_lang() -> str:
    return "fr" if (get_language() or "").startswith("fr") else "en"


def refused(code: str, error: PanelInputError | None = None, lang: str | None = None) -> ApiError:
    """The site's one error type for input the checker cannot use: 413 for too_large, else
    422; the message in `lang` (default: the active language); `field` the form field at
    fault; for no_header, `details["columns"]` = [[header, field or '']] as read (the page
    offers the column choice from it)."""
    lang = lang or _active_lang()
    if error is not None:
        message = error.message(lang)
    else:
        with translation.override(lang):
            message = gettext(
                "The input could not be read. Check that it is a table, an .xlsx workbook or "
                "a pretalx or frab schedule export, and try again."
            )
    columns = list(error.params.get("found") or []) if error and code == "no_header" else []
    return ApiError(
        413 if code == "too_large" else 422,
        code,
        message,
        row=error.row if error is not None else None,
        field="supplement" if code == "supplement_for_table" else "table",
        details={"columns": columns} if columns else None,
    )


def run_check(check: CheckInput, lang: str | None = None) -> Audit:
    """Parse and audit; raise ApiError (never anything else) when the input is unusable, its
    message in `lang` (default: the active language)."""
    try:
        program = parse_table(
            check.data,
            check.filename,
            supplement=check.supplement,
            supplement_filename=check.supplement_filename,
            extra_dimensions=check.dimensions,
            mapping=check.mapping or None,
        )
        return audit(program, check.target, estimate=check.estimate)
    except PanelInputError as exc:
        raise refused(exc.code, exc, lang) from None
    except Exception as exc:  # noqa: BLE001 - a bad file must never become a 500
        # Only the exception's type is logged: its message could quote the input.
        logger.warning("panel check failed on unexpected input: %s", type(exc).__name__)
        raise refused("unreadable", lang=lang) from None


def read_upload(upload) -> bytes:
    """An uploaded file's bytes, one over the limit at most (so the engine reports it)."""
    upload.seek(0)
    return upload.read(MAX_BYTES + 1)


def split_dimensions(text: str) -> tuple[str, ...]:
    """'Language, Province' -> ('Language', 'Province'); blanks dropped, at most ten."""
    names = [" ".join(part.split()) for part in text.replace(";", ",").split(",")]
    return tuple(n for n in names if n)[:MAX_DIMENSIONS]


def estimator_installed() -> bool:
    return importlib.util.find_spec("nomquamgender") is not None


def parse_mapping(value) -> dict[str, str]:
    """A mapping from the API or a form: a dict of header -> field; anything else refused
    (ApiError bad_mapping, in the active language)."""
    if value in (None, "", {}):
        return {}
    if not isinstance(value, dict):
        raise refused("bad_mapping", PanelInputError("bad_mapping", detail="not an object"))
    return {str(k): v for k, v in value.items()}


LIMITS = {"bytes": MAX_BYTES, "mb": MAX_BYTES // (1024 * 1024), "rows": MAX_ROWS}
