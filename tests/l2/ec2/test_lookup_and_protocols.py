"""Vpc.from_lookup's missing-context entry and IMachineImage as a structural interface.

Expected values were produced by running the same calls against aws-cdk-lib 2.275.0.
"""

from __future__ import annotations

import json
from pathlib import Path

from constructs import App, Environment, Stack
from l2 import ec2

# aws-cdk-lib 2.275.0's manifest.json "missing" for Vpc.from_lookup(s, "V", vpc_id="vpc-1234"):
# no "dummyValue" (Vpc.fromLookup passes an undefined one) and no "returnVpnGateways"
ORACLE_VPC_MISSING = [
    {
        "key": "vpc-provider:account=123456789012:filter.vpc-id=vpc-1234:region=us-east-1:returnAsymmetricSubnets=true",
        "provider": "vpc-provider",
        "props": {
            "account": "123456789012",
            "region": "us-east-1",
            "filter": {"vpc-id": "vpc-1234"},
            "returnAsymmetricSubnets": True,
            "lookupRoleArn": "arn:${AWS::Partition}:iam::123456789012:role/cdk-hnb659fds-lookup-role-123456789012-us-east-1",
        },
    }
]


def test_vpc_lookup_missing_context_matches_aws_cdk_lib(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    stack = Stack(app, "S", env=Environment(account="123456789012", region="us-east-1"))
    ec2.Vpc.from_lookup(stack, "V", vpc_id="vpc-1234")
    app.synth()
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["missing"] == ORACLE_VPC_MISSING
    # key order too (the manifest is compared byte for byte elsewhere)
    assert list(manifest["missing"][0]["props"]) == list(ORACLE_VPC_MISSING[0]["props"])
