"""Port of aws-cdk integ lambda/integ.deployment-group.ts: two Lambda deployment groups, hooks and an alarm."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_codedeploy as codedeploy
from aws_cdk import aws_lambda as lambda_

work = tempfile.mkdtemp()
for folder in ("handler", "preHook", "postHook"):
    os.makedirs(os.path.join(work, folder))
    with open(os.path.join(work, folder, "index.js"), "w") as f:
        f.write(f"exports.handler = async () => '{folder}';\n")

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-codedeploy-lambda")

handler = lambda_.Function(stack, "Handler", code=lambda_.Code.from_asset(os.path.join(work, "handler")),
                           handler="index.handler", runtime=lambda_.Runtime.NODEJS_14_X)
version = handler.current_version
blue_green_alias = lambda_.Alias(stack, "Alias", alias_name="alias", version=version)

pre_hook = lambda_.Function(stack, "PreHook", code=lambda_.Code.from_asset(os.path.join(work, "preHook")),
                            handler="index.handler", runtime=lambda_.Runtime.NODEJS_14_X)
post_hook = lambda_.Function(stack, "PostHook", code=lambda_.Code.from_asset(os.path.join(work, "postHook")),
                             handler="index.handler", runtime=lambda_.Runtime.NODEJS_14_X)

codedeploy.LambdaDeploymentGroup(
    stack, "BlueGreenDeployment",
    alias=blue_green_alias,
    deployment_config=codedeploy.LambdaDeploymentConfig.LINEAR_10_PERCENT_EVERY_1_MINUTE,
    alarms=[
        cloudwatch.Alarm(stack, "BlueGreenErrors",
                         comparison_operator=cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
                         threshold=1, evaluation_periods=1, metric=blue_green_alias.metric_errors()),
    ],
    pre_hook=pre_hook,
    post_hook=post_hook,
)

second_alias = lambda_.Alias(stack, "SecondAlias", alias_name="secondAlias", version=version)
codedeploy.LambdaDeploymentGroup(stack, "SecondDeployment", alias=second_alias,
                                 deployment_config=codedeploy.LambdaDeploymentConfig.CANARY_10_PERCENT_5_MINUTES)

app.synth()
