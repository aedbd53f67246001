"""Context lookups resolved through AWS (the moto emulator) by ``pycdk deploy``, cached in cdk.context.json."""

from __future__ import annotations

import json
from pathlib import Path

from _deploy_support import ACCOUNT, REGION, write_app

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


def test_deploy_looks_up_missing_context_and_caches_it(pycdk, aws, tmp_path: Path) -> None:
    assert pycdk("bootstrap", cwd=tmp_path).returncode == 0
    aws.client("ssm").put_parameter(Name="/demo/value", Value="looked-up", Type="String")
    zones = [z["ZoneName"] for z in aws.client("ec2").describe_availability_zones()["AvailabilityZones"]]
    app = write_app(tmp_path / "looks", LOOKUPS)
    result = pycdk("deploy", "--method", "direct", "--outputs-file", "out.json", cwd=app)
    assert result.returncode == 0, result
    assert aws.client("ssm").get_parameter(Name="/demo/copy")["Parameter"]["Value"] == "looked-up"
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
