"""value_for_* helpers import each parameter once per stack."""

import aws_cdk as cdk
from aws_cdk import aws_ssm as ssm

app = cdk.App()
stack = cdk.Stack(app, "ValueForParameter")
a = ssm.StringParameter.value_for_string_parameter(stack, "/my/param")
b = ssm.StringParameter.value_for_string_parameter(stack, "/my/param")
c = ssm.StringParameter.value_for_string_parameter(stack, "versioned", 5)
d = ssm.StringParameter.value_for_typed_string_parameter_v2(stack, "/ami", ssm.ParameterValueType.AWS_EC2_IMAGE_ID)
e = ssm.StringParameter.value_for_secure_string_parameter(stack, "/secret/param", 2)
f = ssm.StringListParameter.value_for_typed_list_parameter(stack, "/subnets", ssm.ParameterValueType.AWS_EC2_SUBNET_ID)
g = ssm.StringListParameter.value_for_typed_list_parameter(stack, "/list/versioned", version=4)
cdk.CfnResource(
    stack,
    "Consumer",
    type="AWS::SNS::Topic",
    properties={"TopicName": a, "DisplayName": cdk.Fn.join("-", [b, c, d, e])},
)
cdk.CfnOutput(stack, "Subnets", value=cdk.Fn.join(",", f))
cdk.CfnOutput(stack, "Versioned", value=cdk.Fn.join(",", g))
app.synth()
