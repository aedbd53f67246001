"""Templates as YAML: keys in template order, block style, no anchors, lines never folded.

One writer for the two places pycdk prints YAML, in their two styles:

- ``to_yaml(data)`` — the snapshot style of ``assertions.snapshot`` (stored ``.yaml`` snapshots): PyYAML's
  plain layout, with multi-line strings as ``|`` blocks.
- ``to_yaml(data, cli=True)`` — the CDK CLI's style (``pycdk synth``/``ls``/``bootstrap --show-template``):
  list items indented under their key, and strings that YAML would read as something else (``"true"``,
  ``"1"``, ``""``) double-quoted, never single-quoted.

Loaded on use (``constructs.internals.yaml_writer``): importing PyYAML costs a few milliseconds.
"""

from __future__ import annotations

from typing import Any

import yaml


class _TemplateDumper(yaml.SafeDumper):
    """Block style; the same object twice is written twice (no ``&anchor``/``*alias``)."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_TemplateDumper.add_representer(str, _represent_str)


class _CliTemplateDumper(_TemplateDumper):
    """The CDK CLI's layout: list items indented under their key, double quotes where a string needs quotes."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)

    def choose_scalar_style(self) -> str:
        style = super().choose_scalar_style()
        return '"' if style == "'" else style


_RESOLVER = yaml.resolver.Resolver()


def _represent_cli_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    implicit = _RESOLVER.resolve(yaml.ScalarNode, value, (True, False))
    style = '"' if value == "" or implicit != "tag:yaml.org,2002:str" else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_CliTemplateDumper.add_representer(str, _represent_cli_str)


def to_yaml(data: Any, *, cli: bool = False) -> str:
    """``data`` as YAML in the snapshot style, or in the CDK CLI's style with ``cli=True``."""
    return yaml.dump(
        data,
        Dumper=_CliTemplateDumper if cli else _TemplateDumper,
        sort_keys=False,
        default_flow_style=False,
        allow_unicode=True,
        width=1_000_000,
    )
