"""Imported list parameters: by name (split dynamic reference) and by attributes (CfnParameter)."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_ssm as ssm

app = cdk.App()
stack = cdk.Stack(app, "ListParameterImports")
by_name = ssm.StringListParameter.from_string_list_parameter_name(stack, "ByName", "/lists/name")
by_attrs = ssm.StringListParameter.from_list_parameter_attributes(
    stack, "ByAttrs", parameter_name="/lists/attrs", element_type=ssm.ParameterValueType.AWS_EC2_VPC_ID
)
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
by_name.grant_read(role)
by_attrs.grant_read(role)
cdk.CfnOutput(stack, "NameArn", value=by_name.parameter_arn)
cdk.CfnOutput(stack, "AttrsJoined", value=cdk.Fn.join(",", by_attrs.string_list_value))
app.synth()
