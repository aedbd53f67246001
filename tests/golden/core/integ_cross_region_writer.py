"""Port of aws-cdk's core integ test integ.cross-region-writer.ts (IntegTest dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_ssm as ssm

app = cdk.App()

producing_stack = cdk.Stack(
    app, "CrossRegionRefProducerInteg", cross_region_references=True, env=cdk.Environment(region="us-east-1")
)

string_value = "MY_PARAMETER_VALUE"
parameter_name = "KNOWN_PARAMETER_NAME"
ssm.StringParameter(producing_stack, "SomeParameter", parameter_name=parameter_name, string_value=string_value)

app.synth()
