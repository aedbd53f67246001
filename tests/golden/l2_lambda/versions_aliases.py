"""Alias on current_version, add_alias, a manual Version with provisioned concurrency and weighted routing."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "VersionsAliases")
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("x"),
                      current_version_options=lambda_.VersionOptions(removal_policy=cdk.RemovalPolicy.RETAIN))
live = lambda_.Alias(stack, "Live", alias_name="live", version=fn.current_version, description="live traffic",
                     provisioned_concurrent_executions=1)
fn.add_alias("beta")
old = lambda_.Version(stack, "Old", lambda_=fn, description="old", provisioned_concurrent_executions=2)
lambda_.Alias(stack, "Canary", alias_name="canary", version=fn.current_version,
              additional_versions=[lambda_.VersionWeight(version=old, weight=0.1)])
cdk.CfnOutput(stack, "AliasArn", value=live.function_arn)
cdk.CfnOutput(stack, "AliasName", value=live.function_name)
cdk.CfnOutput(stack, "OldName", value=old.function_name)
app.synth()
