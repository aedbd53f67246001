"""Port of aws-cdk's core integ test integ.cross-account-references-multi-consumer.ts (IntegTest dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_ssm as ssm

app = cdk.App(context={"@aws-cdk/core:defaultCrossStackReferences": "weak"})

producing_stack = cdk.Stack(
    app, "CrossAccountMultiConsumerProducer", env=cdk.Environment(region="eu-central-1", account="111111111111")
)

string_value = "MY_PARAMETER_VALUE_MULTI"
param1 = ssm.StringParameter(producing_stack, "ParamOne", parameter_name="KNOWN_PARAM_MULTI_1", string_value=string_value)
param2 = ssm.StringParameter(producing_stack, "ParamTwo", parameter_name="KNOWN_PARAM_MULTI_2", string_value=string_value)

consumer1 = cdk.Stack(app, "CrossAccountMultiConsumerOne", env=cdk.Environment(region="us-east-1", account="222222222222"))
ssm.StringParameter(
    consumer1, "MirroredParam1", parameter_name="KNOWN_PARAM_MULTI_1_MIRROR", string_value=param1.string_value
)

consumer2 = cdk.Stack(app, "CrossAccountMultiConsumerTwo", env=cdk.Environment(region="us-east-2", account="222222222222"))
ssm.StringParameter(
    consumer2, "MirroredParam2", parameter_name="KNOWN_PARAM_MULTI_2_MIRROR", string_value=param2.string_value
)

consumer1.add_dependency(producing_stack)
consumer2.add_dependency(producing_stack)

app.synth()
