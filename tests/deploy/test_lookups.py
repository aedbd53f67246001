"""Context lookups resolved through AWS (the moto emulator) by ``pycdk deploy``, cached in cdk.context.json."""

from __future__ import annotations

import json
from pathlib import Path

from _deploy_support import ACCOUNT, REGION, write_app

from pycdk.cli._private.aws_environment import AwsEnvironment

LOOKUPS = f"""
from constructs import App, CfnOutput, Fn, Stack
from l2 import ssm

app = App()
stack = Stack(app, "Looks", env={{"account": "{ACCOUNT}", "region": "{REGION}"}})
value = ssm.StringParameter.value_from_lookup(stack, "/demo/value")
ssm.StringParameter(stack, "Copy", parameter_name="/demo/copy", string_value=value)
CfnOutput(stack, "Zones", value=Fn.join(",", stack.availability_zones))
app.synth()
"""


def test_deploy_looks_up_missing_context_and_caches_it(pycdk, aws, tmp_path: Path, monkeypatch) -> None:
    assert pycdk("bootstrap", cwd=tmp_path).returncode == 0
    assumed: list[str] = []
    real = AwsEnvironment.assuming

    def spy(self: AwsEnvironment, role_arn: object, external_id: object = None) -> AwsEnvironment:
        result = real(self, role_arn, external_id)
        assumed.append(str(result.role_arn))
        return result

    monkeypatch.setattr(AwsEnvironment, "assuming", spy)
    aws.client("ssm").put_parameter(Name="/demo/value", Value="looked-up", Type="String")
    zones = [z["ZoneName"] for z in aws.client("ec2").describe_availability_zones()["AvailabilityZones"]]
    app = write_app(tmp_path / "looks", LOOKUPS)
    result = pycdk("deploy", "--method", "direct", "--outputs-file", "out.json", cwd=app)
    assert result.returncode == 0, result
    assert aws.client("ssm").get_parameter(Name="/demo/copy")["Parameter"]["Value"] == "looked-up"
    # both lookups ran with the bootstrap lookup role, as the CDK CLI does
    lookup_role = f"arn:aws:iam::{ACCOUNT}:role/cdk-hnb659fds-lookup-role-{ACCOUNT}-{REGION}"
    assert assumed.count(lookup_role) == 2, assumed
    assert json.loads((app / "out.json").read_text())["Looks"]["Zones"] == ",".join(zones)  # all the zones the lookup found
    cached = json.loads((app / "cdk.context.json").read_text())
    assert cached == {
        f"ssm:account={ACCOUNT}:parameterName=/demo/value:region={REGION}": "looked-up",
        f"availability-zones:account={ACCOUNT}:region={REGION}": zones,
    }
    # the next synthesis reads the cache: no lookups
    again = pycdk("deploy", "--method", "direct", cwd=app)
    assert again.returncode == 0, again
    assert "Looking up" not in again.stderr


def test_a_lookup_that_finds_nothing_is_an_error(pycdk, aws, tmp_path: Path) -> None:
    app = write_app(tmp_path / "looks", LOOKUPS)
    result = pycdk("deploy", "--method", "direct", cwd=app)
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == (
        f"pycdk: error: SSM parameter not available in account {ACCOUNT}, region {REGION}: /demo/value"
    )
    assert not (app / "cdk.context.json").exists()


def test_vpc_from_lookup_reads_the_vpc_and_its_subnets(pycdk, aws, tmp_path: Path) -> None:
    assert pycdk("bootstrap", cwd=tmp_path).returncode == 0
    ec2 = aws.client("ec2")
    vpc_id = ec2.create_vpc(CidrBlock="10.20.0.0/16")["Vpc"]["VpcId"]
    igw = ec2.create_internet_gateway()["InternetGateway"]["InternetGatewayId"]
    ec2.attach_internet_gateway(InternetGatewayId=igw, VpcId=vpc_id)
    public_table = ec2.create_route_table(VpcId=vpc_id)["RouteTable"]["RouteTableId"]
    ec2.create_route(RouteTableId=public_table, DestinationCidrBlock="0.0.0.0/0", GatewayId=igw)
    public, isolated = [], []
    for index, zone in enumerate(["us-east-1b", "us-east-1a"]):  # created out of order: grouped by zone
        subnet = ec2.create_subnet(VpcId=vpc_id, CidrBlock=f"10.20.{index}.0/24", AvailabilityZone=zone)["Subnet"]
        ec2.associate_route_table(RouteTableId=public_table, SubnetId=subnet["SubnetId"])
        public.insert(0, subnet["SubnetId"])
        other = ec2.create_subnet(VpcId=vpc_id, CidrBlock=f"10.20.{index + 10}.0/24", AvailabilityZone=zone)
        isolated.insert(0, other["Subnet"]["SubnetId"])
    app = write_app(tmp_path / "vpc", f"""
from constructs import App, CfnOutput, Fn, Stack
from l2 import ec2

app = App()
stack = Stack(app, "Network", env={{"account": "{ACCOUNT}", "region": "{REGION}"}})
vpc = ec2.Vpc.from_lookup(stack, "Vpc", vpc_id="{vpc_id}")
ec2.SecurityGroup(stack, "Group", vpc=vpc)
CfnOutput(stack, "Public", value=Fn.join(",", [s.subnet_id for s in vpc.public_subnets]))
CfnOutput(stack, "Isolated", value=Fn.join(",", [s.subnet_id for s in vpc.isolated_subnets]))
app.synth()
""")
    result = pycdk("deploy", "--method", "direct", "--outputs-file", "out.json", "--require-approval", "never",
                   cwd=app)
    assert result.returncode == 0, result
    outputs = json.loads((app / "out.json").read_text())["Network"]
    assert outputs == {"Public": ",".join(public), "Isolated": ",".join(isolated)}
    groups = [g for g in aws.client("ec2").describe_security_groups()["SecurityGroups"] if g["VpcId"] == vpc_id]
    assert [g["GroupName"] for g in groups if g["GroupName"] != "default"]  # the group went into the VPC
