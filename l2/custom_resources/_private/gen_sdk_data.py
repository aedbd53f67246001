"""Regenerate ``sdk_data.json`` from aws-cdk-lib's package data (run with the oracle venv's tarball present).

The facts extracted: the SDK v2 → v3 client-name map and, per v3 client name, the IAM action prefix and the
operations whose name ends in ``Command``. They drive ``AwsCustomResourcePolicy.from_sdk_calls``' IAM actions.

    python -m l2.custom_resources._private.gen_sdk_data [path/to/aws-cdk-lib@2.275.0.jsii.tgz]
"""

from __future__ import annotations

import json
import sys
import tarfile
from pathlib import Path

DEFAULT_TARBALL = ".venvs/oracle/lib/python3.11/site-packages/aws_cdk/_jsii/aws-cdk-lib@2.275.0.jsii.tgz"
MEMBERS = {
    "v2_to_v3": "package/custom-resources/lib/helpers-internal/sdk-v2-to-v3.json",
    "v3": "package/custom-resources/lib/helpers-internal/sdk-v3-metadata.json",
}
OUT = Path(__file__).with_name("sdk_data.json")
# The handler needs the v2 → v3 client names too; it ships in its own asset directory.
HANDLER_OUT = Path(__file__).parents[1] / "_handlers" / "aws_sdk" / "v2_to_v3.json"


def main(tarball: str = DEFAULT_TARBALL) -> None:
    with tarfile.open(tarball) as tar:
        raw = {key: json.load(tar.extractfile(name)) for key, name in MEMBERS.items()}  # type: ignore[arg-type]
    data = {
        "v2_to_v3": dict(sorted(raw["v2_to_v3"].items())),
        "iam_prefix": {k: v["iamPrefix"] for k, v in sorted(raw["v3"].items()) if v.get("iamPrefix", k) != k},
        "command_actions": {k: v["commands"] for k, v in sorted(raw["v3"].items()) if v.get("commands")},
        "v3_services": sorted(raw["v3"]),
    }
    OUT.write_text(json.dumps(data, indent=0, sort_keys=False) + "\n")
    HANDLER_OUT.write_text(json.dumps(data["v2_to_v3"], indent=0) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:])
