"""Templates as YAML, in the long intrinsic forms (``Fn::GetAtt:``) the CDK CLI prints."""

from __future__ import annotations

from typing import Any

import yaml

from constructs.internals import yaml_writer


def to_yaml(data: Any) -> str:
    """``data`` as YAML as the CDK CLI prints it (keys in their order, lines never folded)."""
    return yaml_writer.to_yaml(data, cli=True)


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
