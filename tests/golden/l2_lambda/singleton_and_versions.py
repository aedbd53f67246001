"""SingletonFunction shared by uuid, permissions on it, grant_invoke_version and grant_invoke_latest_version."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "SingletonAndVersions")
props = dict(uuid="f7d4f730-4ee1-11e8-9c2d-fa7ae01bbebc", runtime=lambda_.Runtime.PYTHON_3_12,
             handler="index.handler", code=lambda_.Code.from_inline("x"))
first = lambda_.SingletonFunction(stack, "First", **props)
second = lambda_.SingletonFunction(stack, "Second", **props)
second.add_permission("Events", principal=iam.ServicePrincipal("events.amazonaws.com"))
first.grant_invoke(iam.ServicePrincipal("s3.amazonaws.com"))
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("x"))
caller = iam.Role(stack, "Caller", assumed_by=iam.AccountRootPrincipal())
fn.grant_invoke_latest_version(caller)
fn.grant_invoke_version(caller, fn.current_version)
cdk.CfnOutput(stack, "Same", value=second.function_arn)
app.synth()
