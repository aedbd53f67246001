"""Port of aws-cdk's integ.parameter: a string parameter granted to a role and a list parameter's value."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_ssm as ssm

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "SSM-Parameter")

role = iam.Role(stack, "UserRole", assumed_by=iam.AccountRootPrincipal())

param = ssm.StringParameter(stack, "StringParameter", string_value="Initial parameter value")
param.grant_read(role)

list_parameter = ssm.StringListParameter(
    stack, "StringListParameter", string_list_value=["Initial parameter value A", "Initial parameter value B"]
)

cdk.CfnOutput(stack, "StringListOutput", value=cdk.Fn.join("+", list_parameter.string_list_value))
cdk.CfnOutput(stack, "ParamArn", value=param.parameter_arn)

app.synth()
