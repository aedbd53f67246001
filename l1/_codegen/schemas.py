"""Load the CloudFormation registry schemas that the L1 layer is generated from.

Source: the schemas shipped inside the ``cfn-lint`` package, pinned to :data:`CFN_LINT_VERSION` (pyproject's
dev extra pins the same version). Layout inside ``cfnlint/data/schemas/``:

* ``providers/us-east-1.json`` maps each resource type name to a schema id (``{"AWS::S3::Bucket": "<id>"}``);
* ``providers/sam.json`` does the same for the ``AWS::Serverless::*`` types of the SAM transform;
* ``resources/<id>.json`` is the registry schema of one type (``typeName``, ``properties``,
  ``definitions``, ``required``, ``readOnlyProperties``, ``tagging``, ...).

cfn-lint keeps the us-east-1 set as the reference; it is the region with the most types.

aws-cdk-lib's L1 classes come from its own spec database (``@aws-cdk/aws-service-spec``), which keeps every type
any region ever had. Three supplements close the difference:

* :data:`OTHER_REGION_TYPES`: types aws-cdk-lib has that us-east-1 does not list (DeviceFarm, OpsWorks, ...):
  their schema comes from the first other region of the same cfn-lint that has it;
* ``supplement/resources/*.json``: types no region of the pinned cfn-lint lists any more (LookoutMetrics,
  NimbleStudio, OpsWorksCM, IoTFleetHub): registry schemas copied from cfn-lint 1.20.0
  (``cfnlint/data/schemas/providers/<region>/aws-*.json``), the last schemas that had them;
* ``supplement/definitions.json``: property types aws-cdk-lib keeps that today's schemas dropped or renamed,
  by resource type (see :mod:`l1._codegen.cdk_spec`, which writes it from aws-cdk's spec database).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

CFN_LINT_VERSION = "1.58.0"
REGION = "us-east-1"
SUPPLEMENT = Path(__file__).parent / "supplement"

# Types aws-cdk-lib 2.275.0 has and the us-east-1 provider list lacks, found in another region's list.
OTHER_REGION_TYPES: tuple[str, ...] = (
    "AWS::DeviceFarm::DevicePool",
    "AWS::DeviceFarm::InstanceProfile",
    "AWS::DeviceFarm::NetworkProfile",
    "AWS::DeviceFarm::Project",
    "AWS::DeviceFarm::TestGridProject",
    "AWS::DeviceFarm::Upload",
    "AWS::DeviceFarm::VPCEConfiguration",
    "AWS::GameLiftStreams::Application",
    "AWS::GameLiftStreams::StreamGroup",
    "AWS::IoTEvents::AlarmModel",
    "AWS::IoTEvents::DetectorModel",
    "AWS::IoTEvents::Input",
    "AWS::NetworkManager::Connection",
    "AWS::NimbleStudio::Studio",
    "AWS::OpsWorks::App",
    "AWS::OpsWorks::ElasticLoadBalancerAttachment",
    "AWS::OpsWorks::Instance",
    "AWS::OpsWorks::Layer",
    "AWS::OpsWorks::Stack",
    "AWS::OpsWorks::UserProfile",
    "AWS::OpsWorks::Volume",
)


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
            f"installed; install cfn-lint=={CFN_LINT_VERSION} (pyproject's dev extra) and retry"
        )
    return installed


def _other_regions(root: Path) -> dict[str, str]:
    """The schema id of each of :data:`OTHER_REGION_TYPES`, from the first other region (by name) listing it."""
    found: dict[str, str] = {}
    for provider in sorted((root / "providers").glob("*.json")):
        if provider.name in (f"{REGION}.json", "sam.json"):
            continue
        listed = json.loads(provider.read_text(encoding="utf-8"))
        for type_name in OTHER_REGION_TYPES:
            if type_name in listed and type_name not in found:
                found[type_name] = listed[type_name]
    missing = sorted(set(OTHER_REGION_TYPES) - set(found))
    if missing:
        raise SchemaVersionError(f"no region of cfn-lint {CFN_LINT_VERSION} lists {missing}")
    return found


def load_schema_set() -> SchemaSet:
    """Read every provider and SAM schema of the pinned cfn-lint, and the supplements."""
    version = check_version()
    root = schema_root()
    index: dict[str, str] = {}
    for provider in (f"{REGION}.json", "sam.json"):
        index.update(json.loads((root / "providers" / provider).read_text(encoding="utf-8")))
    index.update(_other_regions(root))
    schemas = {
        type_name: json.loads((root / "resources" / f"{schema_id}.json").read_text(encoding="utf-8"))
        for type_name, schema_id in index.items()
    }
    for path in sorted((SUPPLEMENT / "resources").glob("*.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        schemas.setdefault(schema["typeName"], schema)
    return SchemaSet(version=version, schemas=dict(sorted(schemas.items())))


def load_definition_supplement() -> dict[str, dict[str, Any]]:
    """``{type name: {definition name: JSON schema}}``: property types aws-cdk-lib has beyond the schemas."""
    path = SUPPLEMENT / "definitions.json"
    if not path.exists():
        return {}
    data: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["types"]
    return data
