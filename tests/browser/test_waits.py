"""Browser tests wait in a form the site's Content Security Policy allows.

Playwright evaluates a `wait_for_function` expression with eval each time it polls. The site's
CSP (script-src 'self') refuses that, so a bare expression fails whenever its condition is not
already true on the first try: a test that passes on a fast machine and fails on a busy one.
A function ("() => ...") is passed without eval and polls safely.
"""

import ast
import re
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
FUNCTION = re.compile(r"\s*(async\s*)?(\([^)]*\)|\w+)\s*=>")


def _bare_expressions(source: str) -> list[int]:
    lines = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "wait_for_function"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and not FUNCTION.match(node.args[0].value)
        ):
            lines.append(node.lineno)
    return lines


def test_the_check_finds_a_bare_expression_and_passes_a_function():
    assert _bare_expressions('page.wait_for_function("document.body.open")') == [1]
    assert _bare_expressions('page.wait_for_function("() => document.body.open")') == []
    assert _bare_expressions('page.wait_for_function("async () => (await f())")') == []
    assert _bare_expressions('page.wait_for_function("(t) => t", arg=1)') == []


def test_every_wait_for_function_is_given_a_function():
    found = {
        str(path.relative_to(TESTS)): lines
        for path in TESTS.rglob("*.py")
        if (lines := _bare_expressions(path.read_text(encoding="utf-8")))
    }
    assert found == {}
