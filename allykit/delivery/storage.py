"""Static files: WhiteNoise's fingerprinting, with compression only where it is served.

`CompressedManifestStaticFilesStorage` compresses every file twice over (the plain name and the
fingerprinted copy), each with gzip and Brotli at its slowest setting. Brotli arrived with
WeasyPrint's WOFF support and made the first `collectstatic` of a new instance folder cost
about 3 s of CPU, nine tenths of it on the admin's 6.5 MB of scripts. Here:

- only the fingerprinted names are compressed: every page links those (`{% static %}`), and a
  plain name still answers, uncompressed;
- the admin's files (staff pages only) get gzip and no Brotli.

WhiteNoise picks the compressed copies up by their names, so serving is unchanged. While
`allykit serve` collects the files in a child process, the first URL asked for waits for the
manifest.
"""

from __future__ import annotations

from whitenoise.compress import Compressor
from whitenoise.storage import CompressedManifestStaticFilesStorage

from allykit.delivery import startup

ADMIN_PREFIX = "admin/"


class _GzipOnly(Compressor):
    def __init__(self, **kwargs):
        super().__init__(use_brotli=False, **kwargs)


class StaticStorage(CompressedManifestStaticFilesStorage):
    def stored_name(self, name):
        # At start-up the files are collected in a child process (allykit/delivery/startup.py):
        # the first fingerprinted URL waits for its manifest.
        if startup.static_pending():
            startup.wait_for_static()
            self.hashed_files, self.manifest_hash = self.load_manifest()
        return super().stored_name(name)

    def compress_files(self, paths):
        # The manifest's values are the fingerprinted names (`css/site.3f2a9c1b7d4e.css`).
        names = set(self.hashed_files.values())
        fingerprinted = {p for p in paths if p in names}
        ours = {p for p in fingerprinted if not p.startswith(ADMIN_PREFIX)}
        yield from super().compress_files(ours)
        create = self.create_compressor
        self.create_compressor = lambda **kwargs: _GzipOnly(**kwargs)
        try:
            yield from super().compress_files(fingerprinted - ours)
        finally:
            self.create_compressor = create
