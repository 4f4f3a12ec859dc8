"""Numbers and spacing for display: the site's one module, allykit/typography.py."""

from allykit.typography import NBSP, fmt_int, fmt_pct, spacing  # noqa: F401
from allykit.typography import fmt_trimmed as fmt_dec  # noqa: F401 - at most two decimals
