"""Port of aws-cdk integ.lambda.loggroup-tag-inherit.ts: the CDK-managed log group inherits the function's tags."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False,
                                "@aws-cdk/aws-lambda:useCdkManagedLogGroup": True})
stack = cdk.Stack(app, "loggroup-tag-inherit")
fn = lambda_.Function(stack, "TaggedLmbdaFunction", code=lambda_.Code.from_inline("exports.handler = async () => {};"),
                      handler="index.handler", runtime=lambda_.Runtime.NODEJS_20_X)
cdk.Tags.of(fn).add("Environment", "Test")
cdk.Tags.of(fn).add("Owner", "CDKTeam")
app.synth()
