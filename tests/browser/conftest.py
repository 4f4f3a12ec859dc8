"""Browser fixtures live in tests/browser/fixtures.py (registered by tests/conftest.py)."""

from tests.browser.fixtures import WCAG_TAGS, axe_violations  # noqa: F401 - kept importable here
