"""add_permission with service, account, ARN and any principals, source ARN/account, org id, conditions."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "Permissions")
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("x"))
fn.add_permission("S3", principal=iam.ServicePrincipal("s3.amazonaws.com"),
                  source_arn="arn:aws:s3:::my-bucket", source_account="123456789012")
fn.add_permission("Account", principal=iam.AccountPrincipal("222222222222"))
fn.add_permission("Arn", principal=iam.ArnPrincipal("arn:aws:iam::333333333333:role/caller"),
                  action="lambda:GetFunction")
fn.add_permission("Org", principal=iam.AnyPrincipal(), organization_id="o-abcdefghij")
fn.add_permission("Cond", principal=iam.ServicePrincipal("sns.amazonaws.com").with_conditions(
    {"ArnLike": {"aws:SourceArn": "arn:aws:sns:us-east-1:111111111111:topic"}}))
fn.add_permission("Token", principal=iam.ServicePrincipal("apigateway.amazonaws.com"), event_source_token="tok")
app.synth()
