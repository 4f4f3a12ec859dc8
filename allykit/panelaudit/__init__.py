"""Panel checker engine (issue 7): pure Python, no Django.

Read a programme, count who speaks where, flag all-men panels and token representation,
compare the whole event with a target, and produce a chart, a CSV summary, an organiser's
checklist and letters. Everything runs in memory; nothing is stored or logged, and no output
meant to be shared ever contains a person's name.

    program = parse_table(data, "programme.csv")
    result = audit(program, "parity")
    result.to_dict()
"""

from .audit import FLAGS, Audit, DimensionResult, SessionResult, audit
from .counts import GenderCounts, GroupResult
from .errors import PanelInputError, Problem
from .model import ParsedProgram, Person, Session, SourceInfo
from .parse import parse_table
from .targets import PARITY, PRESETS, Target, parse_target

__all__ = [
    "FLAGS",
    "PARITY",
    "PRESETS",
    "Audit",
    "DimensionResult",
    "GenderCounts",
    "GroupResult",
    "PanelInputError",
    "ParsedProgram",
    "Person",
    "Problem",
    "Session",
    "SessionResult",
    "SourceInfo",
    "Target",
    "audit",
    "parse_table",
    "parse_target",
]
