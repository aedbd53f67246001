"""SSM parameters: MAP-style tags from the constructor and from Tags.of, plus a document."""

import aws_cdk as cdk
from aws_cdk import Tags
from aws_cdk import aws_ssm as ssm

app = cdk.App()
stack = cdk.Stack(app, "L1Ssm")

param = ssm.CfnParameter(
    stack,
    "Param",
    type="String",
    value="hello",
    name="/golden/greeting",
    description="a greeting",
    tier="Standard",
    allowed_pattern="^[a-z]+$",
    tags={"Owner": "ssm-team", "Env": "golden"},
)
ssm.CfnParameter(stack, "List", type="StringList", value="a,b,c")
ssm.CfnDocument(
    stack,
    "Doc",
    document_type="Command",
    content={
        "schemaVersion": "2.2",
        "description": "echo",
        "mainSteps": [{"action": "aws:runShellScript", "name": "echo", "inputs": {"runCommand": ["echo hi"]}}],
    },
    tags=[{"key": "kind", "value": "doc"}],
)

Tags.of(stack).add("Stage", "test")
Tags.of(stack).add("Env", "overridden")

cdk.CfnOutput(stack, "ParamType", value=param.attr_type)

app.synth()
