"""@aws-cdk/aws-lambda:recognizeLayerVersion: layers are sorted and hashed into current_version's logical id,
including imported layers (by token ARN, and by literal ARN with their compatible runtimes)."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

app = cdk.App(context={"@aws-cdk/aws-lambda:recognizeLayerVersion": True})
stack = cdk.Stack(app, "RecognizeLayerVersion")
param = cdk.CfnParameter(stack, "LayerArn", type="String")
by_token = lambda_.LayerVersion.from_layer_version_arn(stack, "ZTokenLayer", param.value_as_string)
by_literal = lambda_.LayerVersion.from_layer_version_attributes(
    stack, "ALiteralLayer", layer_version_arn="arn:aws:lambda:us-east-1:123456789012:layer:lit:3",
    compatible_runtimes=[lambda_.Runtime.PYTHON_3_12, lambda_.Runtime.PYTHON_3_13])
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("x"), layers=[by_token, by_literal])
_ = fn.current_version
insights = lambda_.Function(
    stack, "Insights", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
    code=lambda_.Code.from_inline("x"),
    insights_version=lambda_.LambdaInsightsVersion.from_insight_version_arn(
        "arn:aws:lambda:us-east-1:580247275435:layer:LambdaInsightsExtension:53"))
_ = insights.current_version
app.synth()
