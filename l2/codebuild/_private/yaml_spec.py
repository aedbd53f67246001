"""``BuildSpec.from_object_to_yaml``'s rendering: YAML as aws-cdk-lib writes it (the ``yaml`` package, YAML 1.1
schema, lines never folded): block style, list items indented under their key, ``None`` values left out, strings
that would read as something else quoted (double quotes, single quotes when the string holds ``"`` only).

Loaded on use: importing PyYAML costs a few milliseconds.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import yaml

# YAML 1.1 booleans and nulls beyond PyYAML's resolver (which lacks y/n)
_YAML11_EXTRA = re.compile(r"^(?:y|Y|n|N)$")
_RESOLVER = yaml.resolver.Resolver()


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)

    def choose_scalar_style(self) -> str:
        style = super().choose_scalar_style()
        if style in ("'", '"'):
            value = self.event.value
            return "'" if '"' in value and "'" not in value else '"'
        return style


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    implicit = _RESOLVER.resolve(yaml.ScalarNode, value, (True, False))
    needs_quotes = value == "" or implicit != "tag:yaml.org,2002:str" or _YAML11_EXTRA.match(value)
    style = None
    if needs_quotes:
        style = "'" if '"' in value and "'" not in value else '"'
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def _without_none(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, Sequence) and not isinstance(value, str):
        return [_without_none(v) for v in value]
    return value


def to_yaml(spec: Mapping[str, Any]) -> str:
    """``spec`` as aws-cdk-lib's YAML buildspec text."""
    return yaml.dump(_without_none(spec), Dumper=_Dumper, sort_keys=False, default_flow_style=False,
                     allow_unicode=True, width=1_000_000)
