"""current_version: the Version's logical id carries the md5 of the function's version-locked properties."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "CurrentVersion")
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("def handler(e, c):\n    return 'hi'"),
                      environment={"KEY_B": "2", "KEY_A": "1"}, timeout=cdk.Duration.seconds(10),
                      reserved_concurrent_executions=2, description="v")
version = fn.current_version
cdk.CfnOutput(stack, "VersionArn", value=version.function_arn)
cdk.CfnOutput(stack, "Version", value=version.version)
other = lambda_.Function(stack, "Other", runtime=lambda_.Runtime.NODEJS_22_X, handler="index.handler",
                         code=lambda_.Code.from_inline("exports.handler = async () => 'ü';"),
                         tracing=lambda_.Tracing.ACTIVE, memory_size=512)
other.invalidate_version_based_on("2024-01-01")
cdk.CfnOutput(stack, "OtherVersion", value=other.current_version.version)
app.synth()
