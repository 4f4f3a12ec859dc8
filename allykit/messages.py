"""Compile the gettext catalogues (.po -> .mo) with polib, so no system gettext is needed."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import polib


def compile_catalogues(locale_dir: Path) -> list[Path]:
    """Write every .mo that is missing or older than its .po; return the ones written."""
    written = []
    for po_path in sorted(Path(locale_dir).glob("*/LC_MESSAGES/*.po")):
        mo_path = po_path.with_suffix(".mo")
        if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        catalogue = polib.pofile(str(po_path))
        # Write beside the target and rename, so concurrent processes never read half a file.
        fd, tmp = tempfile.mkstemp(dir=po_path.parent, suffix=".mo.tmp")
        os.close(fd)
        catalogue.save_as_mofile(tmp)
        os.replace(tmp, mo_path)
        written.append(mo_path)
    return written
