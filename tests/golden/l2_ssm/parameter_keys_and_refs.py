"""Grants on parameter keys, ``parameter_ref``, imports whose names are ``Fn`` intrinsics (dynamic references),
and the deprecated ``ParameterType`` forms."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_ssm as ssm

app = cdk.App()
stack = cdk.Stack(app, "ParameterKeysAndRefs")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
key = kms.Key(stack, "Key")
secure = ssm.StringParameter.from_secure_string_parameter_attributes(
    stack, "Secure", parameter_name="secure-simple", encryption_key=key
)
secure.grant_write(role)
plain = ssm.StringParameter(stack, "Plain", string_value="v", parameter_name="/plain/p")
plain.grant_on_key(role, "kms:Decrypt")
cdk.CfnOutput(stack, "PlainRefArn", value=plain.parameter_ref.parameter_arn)
cdk.CfnOutput(stack, "PlainRefName", value=plain.parameter_ref.parameter_name)
cdk.CfnOutput(stack, "PlainType", value=plain.parameter_type)

imported_value = ssm.StringParameter.from_string_parameter_attributes(
    stack, "FromImportValue", parameter_name=cdk.Fn.import_value("SharedParameterName"), simple_name=True
)
from_sub = ssm.StringParameter.from_string_parameter_attributes(
    stack, "FromSub", parameter_name=cdk.Fn.sub("/${AWS::Region}/param"), simple_name=False
)
image = ssm.StringParameter.from_string_parameter_attributes(
    stack, "Image", parameter_name="/image/id", type=ssm.ParameterType.AWS_EC2_IMAGE_ID
)
typed = ssm.StringParameter.value_for_typed_string_parameter(stack, "/typed/image", ssm.ParameterType.AWS_EC2_IMAGE_ID)
typed_v2 = ssm.StringParameter.value_for_typed_string_parameter_v2(
    stack, "/typed/vpc", ssm.ParameterValueType.AWS_EC2_VPC_ID, 3
)
secure_value = ssm.StringParameter.value_for_secure_string_parameter(stack, "/secure/value", 7)
for name, value in (
    ("ImportValue", imported_value.string_value),
    ("Sub", from_sub.string_value),
    ("Image", image.string_value),
    ("Typed", typed),
    ("TypedV2", typed_v2),
):
    cdk.CfnOutput(stack, f"{name}Value", value=value)
cdk.CfnOutput(stack, "ImportValueArn", value=imported_value.parameter_arn)
cdk.CfnOutput(stack, "SubArn", value=from_sub.parameter_arn)
cdk.CfnResource(stack, "UsesSecure", type="AWS::IAM::User", properties={"LoginProfile": {"Password": secure_value}})
ssm.StringParameter(stack, "ListTyped", string_value="a,b", type=ssm.ParameterType.STRING_LIST)
app.synth()
