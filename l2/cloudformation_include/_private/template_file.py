"""Read a CloudFormation template file as aws-cdk-lib's ``CfnInclude`` reads it.

aws-cdk-lib parses every template, JSON or YAML, with the ``yaml`` npm package (version 1) and its YAML 1.2
*core* schema, plus the CloudFormation short-form tags. So, unlike PyYAML's default YAML 1.1 rules, ``yes``,
``no``, ``on``, ``off`` and dates stay strings, ``010`` is the number 10 (``0o10`` is octal), and ``<<`` is an
ordinary key. Numbers are JavaScript numbers: ``1.0`` is written back as ``1``.

A short-form tag (``!Ref X``, ``!GetAtt A.B``, ``!Sub ...``) becomes the long form (``{"Ref": "X"}``,
``{"Fn::GetAtt": "A.B"}``, ``{"Fn::Sub": ...}``); the value after the tag is read with the same rules, so
``!Ref 12`` holds a number, as in aws-cdk-lib.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from pathlib import Path
from typing import Any

_FN_SHORT_FORMS = (
    "Base64", "Cidr", "FindInMap", "GetAZs", "ImportValue", "Join", "Sub", "Select", "Split", "Transform",
    "And", "Equals", "If", "Not", "Or", "GetAtt",
)
_PLAIN_SHORT_FORMS = ("Ref", "Condition")

_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_INT = re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")
_FLOAT = re.compile(
    r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
)

_NULL_TAG = "tag:yaml.org,2002:null"
_BOOL_TAG = "tag:yaml.org,2002:bool"
_INT_TAG = "tag:yaml.org,2002:int"
_FLOAT_TAG = "tag:yaml.org,2002:float"


def js_number(value: float | int) -> float | int:
    """A number as JavaScript holds it: integral values are ints (``1.0`` prints as ``1``)."""
    if isinstance(value, float) and math.isfinite(value) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def _core_scalar(text: str) -> Any:
    """The value of a plain (unquoted) scalar under the YAML 1.2 core schema."""
    if _NULL.match(text):
        return None
    if _BOOL.match(text):
        return text[0] in "tT"
    if _INT.match(text):
        if text.startswith("0o"):
            return int(text[2:], 8)
        if text.startswith("0x"):
            return int(text[2:], 16)
        return js_number(float(int(text))) if abs(int(text)) >= 2**53 else int(text)
    if _FLOAT.match(text):
        lowered = text.lower()
        if lowered.endswith("nan"):
            return math.nan
        if lowered.endswith("inf"):
            return -math.inf if text.startswith("-") else math.inf
        return js_number(float(text))
    return text


@cache
def _loader() -> type[Any]:
    """PyYAML's safe loader with the YAML 1.2 core schema and CloudFormation's short-form tags (built on first use:
    PyYAML is imported only when a YAML template is read)."""
    import yaml

    class CfnLoader(yaml.SafeLoader):
        yaml_implicit_resolvers: dict[Any, Any] = {}
        yaml_constructors = dict(yaml.SafeLoader.yaml_constructors)
        yaml_multi_constructors: dict[Any, Any] = {}

    for tag, pattern, first in (
        (_NULL_TAG, _NULL, ["~", "n", "N", ""]),
        (_BOOL_TAG, _BOOL, list("tTfF")),
        (_INT_TAG, _INT, list("-+0123456789")),
        (_FLOAT_TAG, _FLOAT, list("-+.0123456789")),
    ):
        CfnLoader.add_implicit_resolver(tag, pattern, first)

    def scalar(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
        return _core_scalar(loader.construct_scalar(node))

    for tag in (_NULL_TAG, _BOOL_TAG, _INT_TAG, _FLOAT_TAG):
        CfnLoader.add_constructor(tag, scalar)

    def tagged_value(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
        if isinstance(node, yaml.ScalarNode):
            text = loader.construct_scalar(node)
            return _core_scalar(text) if node.style is None else text
        if isinstance(node, yaml.SequenceNode):
            return loader.construct_sequence(node, deep=True)
        return loader.construct_mapping(node, deep=True)  # type: ignore[arg-type]

    def short_form(key: str) -> Any:
        def construct(loader: yaml.SafeLoader, node: yaml.Node) -> dict[str, Any]:
            return {key: tagged_value(loader, node)}

        return construct

    for name in _FN_SHORT_FORMS:
        CfnLoader.add_constructor(f"!{name}", short_form(f"Fn::{name}"))
    for name in _PLAIN_SHORT_FORMS:
        CfnLoader.add_constructor(f"!{name}", short_form(name))
    return CfnLoader


def _numbers_as_js(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _numbers_as_js(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_numbers_as_js(v) for v in value]
    if isinstance(value, float):
        return js_number(value)
    return value


def parse_template(text: str) -> Any:
    """Parse template text (JSON or YAML) into plain Python values, as aws-cdk-lib does."""
    stripped = text.lstrip()
    if stripped.startswith("{"):
        try:
            return _numbers_as_js(json.loads(text))
        except ValueError:
            pass  # not strict JSON: read it as YAML, as aws-cdk-lib does for every file
    import yaml

    return yaml.load(text, Loader=_loader())


def read_template(path: str) -> Any:
    """Read and parse the template file at ``path``."""
    return parse_template(Path(path).read_text(encoding="utf-8"))
