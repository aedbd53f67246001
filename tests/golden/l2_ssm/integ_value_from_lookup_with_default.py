"""Port of aws-cdk's integ.value-from-lookup-with-default: ``value_from_lookup`` with a default value.

The environment is pinned (the integ test reads it from the shell); without context the default value stands in.
"""

import aws_cdk as cdk
from aws_cdk import aws_ssm as ssm

app = cdk.App()
stack = cdk.Stack(
    app, "value-from-lookup-with-defaults", env=cdk.Environment(account="123456789012", region="us-east-1")
)

output_parameter_name = "/IntegTest/DefaultValueParameter"
default_parameter_value = "lookup-default-value"
resolved_default_value = ssm.StringParameter.value_from_lookup(stack, "/Missing/Parameter", default_parameter_value)

ssm.StringParameter(
    stack, "defaultValueOutputParameter", parameter_name=output_parameter_name, string_value=resolved_default_value
)
app.synth()
