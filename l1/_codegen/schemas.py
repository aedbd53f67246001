"""Load the CloudFormation registry schemas that the L1 layer is generated from.

Source: the schemas shipped inside the ``cfn-lint`` package, pinned to :data:`CFN_LINT_VERSION` (pyproject's
test extra pins the same version). Layout inside ``cfnlint/data/schemas/``:

* ``providers/us-east-1.json`` maps each resource type name to a schema id (``{"AWS::S3::Bucket": "<id>"}``);
* ``providers/sam.json`` does the same for the ``AWS::Serverless::*`` types of the SAM transform;
* ``resources/<id>.json`` is the registry schema of one type (``typeName``, ``properties``,
  ``definitions``, ``required``, ``readOnlyProperties``, ``tagging``, ...).

cfn-lint keeps the us-east-1 set as the reference; it is the region with the most types.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

CFN_LINT_VERSION = "1.58.0"
REGION = "us-east-1"


class SchemaVersionError(RuntimeError):
    """The installed cfn-lint is not the pinned version, so a regeneration would not be reproducible."""


@dataclass(frozen=True)
class SchemaSet:
    """The registry schemas of every resource type, keyed by type name, in type-name order."""

    version: str
    schemas: dict[str, dict[str, Any]]


def schema_root() -> Path:
    """The ``cfnlint/data/schemas`` folder of the installed cfn-lint."""
    import cfnlint

    return Path(cfnlint.__file__).parent / "data" / "schemas"


def check_version() -> str:
    """Return the installed cfn-lint version, or raise if it is not the pinned one."""
    installed = metadata.version("cfn-lint")
    if installed != CFN_LINT_VERSION:
        raise SchemaVersionError(
            f"the L1 layer is generated from cfn-lint {CFN_LINT_VERSION}'s schemas but cfn-lint {installed} is "
            f"installed; install cfn-lint=={CFN_LINT_VERSION} (pyproject's test extra) and retry"
        )
    return installed


def load_schema_set() -> SchemaSet:
    """Read every provider and SAM schema of the pinned cfn-lint."""
    version = check_version()
    root = schema_root()
    index: dict[str, str] = {}
    for provider in (f"{REGION}.json", "sam.json"):
        index.update(json.loads((root / "providers" / provider).read_text(encoding="utf-8")))
    schemas = {
        type_name: json.loads((root / "resources" / f"{schema_id}.json").read_text(encoding="utf-8"))
        for type_name, schema_id in sorted(index.items())
    }
    return SchemaSet(version=version, schemas=schemas)
