"""Port of aws-cdk integ.lambda-insights-mapping.ts: Lambda Insights versions in a region-agnostic stack (a region
mapping per version and architecture)."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

HANDLER = """function handler(event, _context, callback) {
    console.log(JSON.stringify(event, undefined, 2));
    return callback();
}"""

app = cdk.App()
stack = cdk.Stack(app, "stack")
props = dict(runtime=lambda_.Runtime.NODEJS_14_X, handler="index.handler",
             code=lambda_.Code.from_inline(f"exports.handler = {HANDLER}"))
lambda_.Function(stack, "MyFunc1", **props, insights_version=lambda_.LambdaInsightsVersion.VERSION_1_0_54_0)
lambda_.Function(stack, "MyFunc2", **props, insights_version=lambda_.LambdaInsightsVersion.VERSION_1_0_86_0)
lambda_.Function(stack, "MyFunc3", **props, insights_version=lambda_.LambdaInsightsVersion.VERSION_1_0_89_0)
lambda_.Function(stack, "MyFunc4", **props, insights_version=lambda_.LambdaInsightsVersion.VERSION_1_0_98_0)
lambda_.Function(stack, "MyFunc5", **props, insights_version=lambda_.LambdaInsightsVersion.VERSION_1_0_119_0)
lambda_.Function(stack, "MyFunc6", **props, architecture=lambda_.Architecture.ARM_64,
                 insights_version=lambda_.LambdaInsightsVersion.VERSION_1_0_119_0)
app.synth()
