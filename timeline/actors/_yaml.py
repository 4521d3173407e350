"""YAML reading that remembers line numbers, so a bad entry is reported as ``file:line: what``."""

from __future__ import annotations

import re
from typing import Any

import yaml

from timeline.errors import ResourceError


class LineDict(dict):
    """A mapping read from YAML; ``line`` is its 1-based line in the file."""

    __slots__ = ("line",)


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # the C parser when available
    pass


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    mapping = LineDict()
    mapping.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in mapping:
            raise ResourceError(
                f"line {key_node.start_mark.line + 1}: key '{key}' given twice",
                "keep one of them",
            )
        mapping[key] = loader.construct_object(value_node, deep=True)
    return mapping


def _construct_str(loader: _LineLoader, node: yaml.ScalarNode) -> str:
    return loader.construct_scalar(node)


# YAML 1.1 reads yes/no/on/off as booleans: "No" (a word, Norway's code) must stay a string
_LineLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_LineLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
# dates stay strings: the loader checks them itself and reports the line
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_str)


def read_yaml(text: str, name: str) -> Any:
    """Parse ``text``; a syntax error or a duplicate key becomes ``ResourceError(name:line: ...)``."""
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 (a SafeLoader subclass)
    except ResourceError as err:
        raise ResourceError(f"{name}:{err.what.removeprefix('line ')}", err.fix) from None
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark else 0
        raise ResourceError(
            f"{name}:{line}: not valid YAML ({err.problem or err.context})",
            "fix the YAML syntax at that line",
        ) from None
    except yaml.YAMLError as err:
        raise ResourceError(f"{name}:0: not valid YAML ({err})", "fix the YAML syntax") from None


def line_of(obj: Any, default: int = 0) -> int:
    return getattr(obj, "line", default)
