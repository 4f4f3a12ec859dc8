"""What the page and the API share: run one check in memory, turn failures into messages.

Nothing here stores or logs the input: the bytes live only as long as the request.
"""

from __future__ import annotations

import importlib.util
import logging
from dataclasses import dataclass, field

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


class CheckFailed(Exception):
    """The input cannot be used. `code` names the problem; `message(lang)` explains it."""

    def __init__(self, code: str, row: int | None = None, error: PanelInputError | None = None):
        super().__init__(code)
        self.code = code
        self.row = row
        self.error = error

    @property
    def status(self) -> int:
        return 413 if self.code == "too_large" else 422

    @property
    def columns(self) -> list[list[str]]:
        """[[header, field or '']] as read, when no usable header was found (for the choice)."""
        if self.error is not None and self.code == "no_header":
            return list(self.error.params.get("found") or [])
        return []

    @property
    def field(self) -> str:
        """The form field the problem belongs to."""
        return "supplement" if self.code == "supplement_for_table" else "table"

    def message(self, lang: str) -> str:
        if self.error is not None:
            return self.error.message(lang)
        from django.utils import translation
        from django.utils.translation import gettext

        with translation.override(lang):
            return gettext(
                "The input could not be read. Check that it is a table, an .xlsx workbook or "
                "a pretalx or frab schedule export, and try again."
            )


def run_check(check: CheckInput) -> Audit:
    """Parse and audit; raise CheckFailed (never anything else) when the input is unusable."""
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
        raise CheckFailed(exc.code, exc.row, exc) from None
    except Exception as exc:  # noqa: BLE001 - a bad file must never become a 500
        # Only the exception's type is logged: its message could quote the input.
        logger.warning("panel check failed on unexpected input: %s", type(exc).__name__)
        raise CheckFailed("unreadable") from None


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
    """A mapping from the API or a form: a dict of header -> field; anything else refused."""
    if value in (None, "", {}):
        return {}
    if not isinstance(value, dict):
        raise CheckFailed(
            "bad_mapping", error=PanelInputError("bad_mapping", detail="not an object")
        )
    return {str(k): v for k, v in value.items()}


LIMITS = {"bytes": MAX_BYTES, "mb": MAX_BYTES // (1024 * 1024), "rows": MAX_ROWS}
