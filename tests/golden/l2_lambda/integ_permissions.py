"""Port of aws-cdk integ.permissions.ts: grant_invoke to principals in an organization."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "lambda-permissions")
fn = lambda_.Function(stack, "MyLambda", code=lambda_.InlineCode("foo"), handler="index.handler",
                      runtime=lambda_.Runtime.NODEJS_16_X)
fn.grant_invoke(iam.AnyPrincipal().in_organization("o-yyyyyyyyyy"))
fn.grant_invoke(iam.OrganizationPrincipal("o-xxxxxxxxxx"))
app.synth()
