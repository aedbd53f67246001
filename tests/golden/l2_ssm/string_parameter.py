"""String parameters: generated and explicit names, paths, description, tier, pattern, data type."""

import aws_cdk as cdk
from aws_cdk import aws_ssm as ssm

app = cdk.App()
stack = cdk.Stack(app, "StringParameter")
ssm.StringParameter(stack, "Plain", string_value="hello")
ssm.StringParameter(
    stack,
    "Full",
    string_value="abc-123",
    parameter_name="/my/app/param",
    description="a parameter",
    tier=ssm.ParameterTier.ADVANCED,
    allowed_pattern="^[a-z]+-[0-9]+$",
)
ssm.StringParameter(
    stack,
    "Image",
    string_value="ami-12345678",
    parameter_name="simple-image",
    data_type=ssm.ParameterDataType.AWS_EC2_IMAGE,
    tier=ssm.ParameterTier.INTELLIGENT_TIERING,
)
app.synth()
