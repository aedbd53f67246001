"""Port of aws-cdk's core integ test integ.same-region-references-both.ts (IntegTest dropped): a same-region
cross-stack reference with the default strength "both"."""

import aws_cdk as cdk
from aws_cdk import aws_ssm as ssm

app = cdk.App(context={"@aws-cdk/core:defaultCrossStackReferences": "both"})

producing_stack = cdk.Stack(app, "SameRegionBothRefProducerInteg", env=cdk.Environment(region="us-east-1"))

string_value = "MY_PARAMETER_VALUE_SAME_REGION_BOTH"
parameter_name = "KNOWN_PARAMETER_NAME_SAME_REGION_BOTH"
param = ssm.StringParameter(producing_stack, "SomeParameter", parameter_name=parameter_name, string_value=string_value)

consuming_stack = cdk.Stack(app, "SameRegionBothRefConsumerInteg", env=cdk.Environment(region="us-east-1"))

ssm.StringParameter(
    consuming_stack,
    "SomeParameterMirrored",
    parameter_name=parameter_name + "_MIRRORED",
    string_value=param.string_value,
)

consuming_stack.add_dependency(producing_stack)

app.synth()
