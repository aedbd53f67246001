"""Port of aws-cdk's core integ test integ.same-region-references-strong.ts (IntegTest dropped): a same-region
cross-stack reference with the default strength "strong"."""

import aws_cdk as cdk
from aws_cdk import aws_ssm as ssm

app = cdk.App(context={"@aws-cdk/core:defaultCrossStackReferences": "strong"})

producing_stack = cdk.Stack(app, "SameRegionStrongRefProducerInteg", env=cdk.Environment(region="us-east-1"))

string_value = "MY_PARAMETER_VALUE_SAME_REGION_STRONG"
parameter_name = "KNOWN_PARAMETER_NAME_SAME_REGION_STRONG"
param = ssm.StringParameter(producing_stack, "SomeParameter", parameter_name=parameter_name, string_value=string_value)

consuming_stack = cdk.Stack(app, "SameRegionStrongRefConsumerInteg", env=cdk.Environment(region="us-east-1"))

ssm.StringParameter(
    consuming_stack,
    "SomeParameterMirrored",
    parameter_name=parameter_name + "_MIRRORED",
    string_value=param.string_value,
)

consuming_stack.add_dependency(producing_stack)

app.synth()
