"""Port of aws-cdk's core integ test integ.cross-account-references.ts (IntegTest dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_ssm as ssm

app = cdk.App()

producing_stack = cdk.Stack(
    app, "CrossAccountRefProducerInteg", env=cdk.Environment(region="us-east-1", account="280619947791")
)

string_value = "MY_PARAMETER_VALUE"
parameter_name = "KNOWN_PARAMETER_NAME"
param = ssm.StringParameter(producing_stack, "SomeParameter", parameter_name=parameter_name, string_value=string_value)

consuming_stack = cdk.Stack(
    app, "CrossAccountRefConsumerInteg", env=cdk.Environment(region="eu-central-1", account="669420849322")
)

ssm.StringParameter(consuming_stack, "SomeParameterMirrored", parameter_name=parameter_name, string_value=param.string_value)

consuming_stack.add_dependency(producing_stack)

app.synth()
