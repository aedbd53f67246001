"""Port of aws-cdk's core integ test integ.cross-region-references-both.ts (IntegTest dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_ssm as ssm

app = cdk.App(context={"@aws-cdk/core:defaultCrossStackReferences": "both"})

producing_stack = cdk.Stack(
    app, "CrossRegionBothRefProducerInteg", cross_region_references=True, env=cdk.Environment(region="us-east-1")
)

string_value = "MY_PARAMETER_VALUE_BOTH"
parameter_name = "KNOWN_PARAMETER_NAME_BOTH"
param = ssm.StringParameter(producing_stack, "SomeParameter", parameter_name=parameter_name, string_value=string_value)

consuming_stack = cdk.Stack(
    app, "CrossRegionBothRefConsumerInteg", cross_region_references=True, env=cdk.Environment(region="us-east-2")
)

ssm.StringParameter(consuming_stack, "SomeParameterMirrored", parameter_name=parameter_name, string_value=param.string_value)

consuming_stack.add_dependency(producing_stack)

app.synth()
