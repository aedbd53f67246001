"""Templates as YAML, in the long intrinsic forms (``Fn::GetAtt:``) the CDK CLI prints."""

from __future__ import annotations

from typing import Any

import yaml


class _TemplateDumper(yaml.SafeDumper):
    """Block style; strings YAML would read as something else are double-quoted; no anchors."""

    def ignore_aliases(self, data: Any) -> bool:
        return True

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        # list items indented under their key, as the CDK CLI prints them
        super().increase_indent(flow, False)

    def choose_scalar_style(self) -> str:
        # where a string cannot stay plain, the CDK CLI's YAML writer uses double quotes, never single ones
        style = super().choose_scalar_style()
        return '"' if style == "'" else style


_RESOLVER = yaml.resolver.Resolver()


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    implicit = _RESOLVER.resolve(yaml.ScalarNode, value, (True, False))
    style = '"' if value == "" or implicit != "tag:yaml.org,2002:str" else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_TemplateDumper.add_representer(str, _represent_str)


def to_yaml(data: Any) -> str:
    """``data`` as YAML, keys in their order, lines never folded."""
    return yaml.dump(
        data, Dumper=_TemplateDumper, sort_keys=False, default_flow_style=False, allow_unicode=True, width=1_000_000
    )


def load_template_text(text: str) -> dict[str, Any]:
    """A template from JSON or YAML text (YAML short forms such as ``!Ref`` become long forms)."""
    import json

    stripped = text.lstrip()
    if stripped.startswith("{"):
        return json.loads(text)
    try:
        from cfnlint.decode import cfn_yaml
    except ImportError:  # cfn-lint is optional at run time; plain YAML still loads
        return yaml.safe_load(text) or {}
    return json.loads(json.dumps(cfn_yaml.loads(text)))
