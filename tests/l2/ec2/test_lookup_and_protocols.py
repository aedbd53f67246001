"""Vpc.from_lookup's missing-context entry and IMachineImage as a structural interface.

Expected values were produced by running the same calls against aws-cdk-lib 2.275.0.
"""

from __future__ import annotations

import json
from pathlib import Path

from assertions import Template
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


class _DuckImage:
    """A user's own image: no pycdk base class, only ``get_image`` (a jsii ``@implements`` class in aws-cdk-lib)."""

    def get_image(self, scope: object) -> ec2.MachineImageConfig:
        return ec2.MachineImageConfig(
            image_id="ami-12345678", os_type=ec2.OperatingSystemType.LINUX, user_data=ec2.UserData.for_linux()
        )


def test_duck_typed_machine_image_is_accepted_by_instance() -> None:
    stack = Stack(App(), "S")
    vpc = ec2.Vpc.from_vpc_attributes(stack, "Vpc", vpc_id="vpc-1", availability_zones=["a"],
                                      public_subnet_ids=["s-1"])
    ec2.Instance(stack, "I", vpc=vpc, instance_type=ec2.InstanceType("t3.micro"), machine_image=_DuckImage(),
                 vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC))
    instances = Template.from_stack(stack).find_resources("AWS::EC2::Instance")
    # aws-cdk-lib 2.275.0 gives the same app these values
    assert {k: v["Properties"]["ImageId"] for k, v in instances.items()} == {"IBB9E02C4": "ami-12345678"}
    assert {k: v["Properties"]["UserData"] for k, v in instances.items()} == {
        "IBB9E02C4": {"Fn::Base64": "#!/bin/bash"}
    }


def test_machine_image_protocol_is_structural() -> None:
    assert isinstance(_DuckImage(), ec2.IMachineImage)
    assert isinstance(ec2.MachineImage.latest_amazon_linux2023(), ec2.IMachineImage)
    assert isinstance(ec2.MachineImage.generic_linux({"us-east-1": "ami-1"}), ec2.IMachineImage)
    assert not isinstance(object(), ec2.IMachineImage)
