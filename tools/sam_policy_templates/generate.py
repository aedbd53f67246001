"""Generate ``l2/sam/_policy_templates.py``: one typed class per SAM policy template.

Usage (from the repository root)::

    python -m tools.sam_policy_templates.generate          # rewrite the module
    python -m tools.sam_policy_templates.generate --check  # exit 1 if the module is stale

Input: ``samtranslator/policy_templates_data/policy_templates.json`` of the installed ``aws-sam-translator``
(the version pinned in pyproject's dev extra). Each template becomes a frozen keyword-only struct named as the
template, whose keyword arguments are its parameters in snake case (``TableName`` -> ``table_name``); the
template's description and its parameters' descriptions become the docstring. The output is rendered with jinja2
from ``policy_templates.py.j2`` next to this file and committed, so importing ``l2.sam`` needs no translator.
"""

from __future__ import annotations

import json
import re
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

import jinja2

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
OUTPUT = ROOT / "l2" / "sam" / "_policy_templates.py"


def snake(name: str) -> str:
    """``TableName`` -> ``table_name``; ``KMSKeyId`` -> ``kms_key_id``."""
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s).lower()


def _sentence(text: str) -> str:
    text = " ".join(text.split()).replace('"""', "'''").replace("\\", "\\\\")
    return text.rstrip(".")


def load_templates() -> tuple[str, dict[str, Any]]:
    """The installed translator's version and its policy templates (name -> definition)."""
    from samtranslator import policy_templates_data

    path = Path(next(iter(policy_templates_data.__path__))) / "policy_templates.json"
    data = json.loads(path.read_text())
    return metadata.version("aws-sam-translator"), data["Templates"]


def render() -> str:
    """The source of ``l2/sam/_policy_templates.py``."""
    version, templates = load_templates()
    rows = []
    for name in sorted(templates):
        t = templates[name]
        params = [
            {"name": p, "attr": snake(p), "description": _sentence(spec.get("Description", p))}
            for p, spec in t["Parameters"].items()
        ]
        rows.append({"name": name, "description": _sentence(t.get("Description", name)), "params": params})
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE), trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True
    )
    return env.get_template("policy_templates.py.j2").render(version=version, templates=rows)


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if not OUTPUT.exists() or OUTPUT.read_text() != text:
            print(f"{OUTPUT.relative_to(ROOT)} is stale: run python -m tools.sam_policy_templates.generate")
            return 1
        return 0
    OUTPUT.write_text(text)
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
