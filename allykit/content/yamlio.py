"""Load YAML keeping the line number of every mapping, for file:line problems."""

from __future__ import annotations

import re

import yaml


class LineDict(dict):
    """A dict that remembers the 1-based line where its mapping starts."""

    line: int = 0


class LineList(list):
    """A list that remembers the 1-based line where it starts."""

    line: int = 0


# libyaml's parser when PyYAML was built with it (the wheels are): the same safe constructors,
# about 40% less start-up time for the content; node marks keep their line numbers.
class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    pass


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
    data = LineDict(loader.construct_mapping(node, deep=True))
    data.line = node.start_mark.line + 1
    return data


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode) -> LineList:
    data = LineList(loader.construct_sequence(node, deep=True))
    data.line = node.start_mark.line + 1
    return data


def _construct_timestamp_as_text(loader: _Loader, node: yaml.ScalarNode) -> str:
    # Dates stay strings: content authors write ISO dates and expect them back verbatim.
    return loader.construct_scalar(node)


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp_as_text)


class YamlError(ValueError):
    """A YAML syntax error with the 1-based line where it was found."""

    def __init__(self, message: str, line: int):
        super().__init__(message)
        self.line = line


def load_yaml(text: str, first_line: int = 1, warn=None):
    """Parse YAML text; mappings and lists carry `.line` offset by `first_line - 1`.

    `warn(line, message)`, when given, hears of every value a comment cut short.
    """
    try:
        data = yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader is a SafeLoader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = (mark.line + first_line) if mark else first_line
        problem = getattr(exc, "problem", None) or str(exc)
        raise YamlError(f"invalid YAML: {problem}", line) from None
    if warn is not None:
        for line, message in comment_cuts(text) + doubled_apostrophes(data):
            warn(line + first_line - 1, message)
    if first_line != 1:
        _shift(data, first_line - 1)
    return data


# After an unquoted value, " #" starts a comment: `text: Why men fear #MeToo mentoring` reads
# as "Why men fear". A real comment has a space after '#'; '#' glued to a word is a hashtag.
_HASHTAG_COMMENT = re.compile(r"^\s+#(?=[^\s#])")
_HASHTAG_ANYWHERE = re.compile(r"[ \t]#[^\s#]")


def comment_cuts(text: str) -> list[tuple[int, str]]:
    """(line, message) for each plain value followed on its line by a '#word' comment."""
    if not _HASHTAG_ANYWHERE.search(text):
        return []  # the common case, without composing the file a second time
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)  # libyaml's end marks differ
    except yaml.YAMLError:
        return []
    lines = text.splitlines()
    found = []
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                stack.extend((k, v))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.ScalarNode) and node.style is None:
            end = node.end_mark
            rest = lines[end.line][end.column :] if end.line < len(lines) else ""
            if _HASHTAG_COMMENT.match(rest):
                tail = rest.strip()[:30]
                found.append(
                    (
                        end.line + 1,
                        f"value cut short by a comment: YAML read {node.value[-30:]!r} and "
                        f"dropped {tail!r}; put the value in quotes",
                    )
                )
    return sorted(found)


def doubled_apostrophes(data, line: int = 1) -> list[tuple[int, str]]:
    """(line, message) for each loaded value with two apostrophes in a row: only a value in
    single quotes doubles them ('l''allié'), so in a plain or double-quoted value ("peu
    d''autorité") they reach the page as two."""
    found = []
    line = getattr(data, "line", line)
    values = data.values() if isinstance(data, dict) else data if isinstance(data, list) else ()
    for value in values:
        if isinstance(value, str) and "''" in value:
            at = value.index("''")
            found.append(
                (
                    line,
                    f"two apostrophes in a row in {value[max(0, at - 20) : at + 20]!r}: write "
                    "one (only a value in single quotes doubles them)",
                )
            )
        elif isinstance(value, dict | list):
            found.extend(doubled_apostrophes(value, line))
    return found


def _shift(data, offset: int) -> None:
    if isinstance(data, LineDict | LineList):
        data.line += offset
    children = data.values() if isinstance(data, dict) else data if isinstance(data, list) else ()
    for child in children:
        _shift(child, offset)


def line_of(data, default: int = 1) -> int:
    """The line a parsed YAML node starts on, or `default`."""
    return getattr(data, "line", default) or default
