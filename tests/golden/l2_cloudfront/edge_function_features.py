"""experimental.EdgeFunction: in place in a us-east-1 stack (``Fn``), its IVersion surface (edge ARN, grants,
permissions, role policy, metrics in us-east-1, alias, function URL), and cross-region from a tagged
us-west-2 stack (support stack inherits the tags; one reader provider for two functions; an alarm there on the us-east-1 metric is refused)."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_cloudfront import experimental

app = cdk.App()
east = cdk.Stack(app, "EdgeEast", env=cdk.Environment(region="us-east-1", account="123456789012"))
fn = experimental.EdgeFunction(
    east, "Edge",
    code=lambda_.Code.from_inline("exports.handler = async (e) => e.Records[0].cf.request;"),
    handler="index.handler",
    runtime=lambda_.Runtime.NODEJS_20_X,
    memory_size=256,
    description="edge function",
)
role = iam.Role(east, "Caller", assumed_by=iam.AccountRootPrincipal())
fn.grant_invoke(role)
fn.add_permission("Cf", principal=iam.ServicePrincipal("cloudfront.amazonaws.com"))
fn.add_to_role_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
fn.add_alias("prod", description="production")
cloudwatch.Alarm(east, "Errors", metric=fn.metric_errors(), threshold=1, evaluation_periods=1)
cloudwatch.Alarm(east, "Duration", metric=fn.metric_duration(statistic="p99"), threshold=100, evaluation_periods=1)
cdk.CfnOutput(east, "EdgeArn", value=fn.edge_arn)
cdk.CfnOutput(east, "Version", value=fn.version)
cdk.CfnOutput(east, "FunctionName", value=fn.function_name)
cdk.CfnOutput(east, "Ref", value=fn.function_ref.function_arn)

west = cdk.Stack(app, "EdgeWest", env=cdk.Environment(region="us-west-2"))
cdk.Tags.of(west).add("team", "edge")
one = experimental.EdgeFunction(
    west, "One", code=lambda_.Code.from_inline("one"), handler="index.handler", runtime=lambda_.Runtime.NODEJS_20_X
)
two = experimental.EdgeFunction(
    west, "Two", code=lambda_.Code.from_inline("two"), handler="index.handler", runtime=lambda_.Runtime.NODEJS_20_X
)
cdk.CfnOutput(west, "OneArn", value=one.edge_arn)
cdk.CfnOutput(west, "TwoVersion", value=two.current_version.version)
app.synth()
