"""initial_policy, add_to_role_policy, a given role (no ServiceRole), grant_invoke to a role and a service."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "RoleAndPolicies")
fn = lambda_.Function(
    stack,
    "Fn",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("x"),
    initial_policy=[iam.PolicyStatement(actions=["s3:GetObject"], resources=["arn:aws:s3:::bucket/*"])],
)
fn.add_to_role_policy(iam.PolicyStatement(actions=["sqs:SendMessage", "sqs:GetQueueUrl"], resources=["*"]))
role = iam.Role(stack, "Custom", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
with_role = lambda_.Function(stack, "WithRole", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                             code=lambda_.Code.from_inline("x"), role=role)
with_role.add_to_role_policy(iam.PolicyStatement(actions=["dynamodb:GetItem"], resources=["*"]))
caller = iam.Role(stack, "Caller", assumed_by=iam.AccountRootPrincipal())
fn.grant_invoke(caller)
fn.grant_invoke(iam.ServicePrincipal("events.amazonaws.com"))
fn.grant_invoke(iam.ServicePrincipal("events.amazonaws.com"))
app.synth()
