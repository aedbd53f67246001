"""Environment order, tracing (X-Ray DefaultPolicy), timeout, memory, reserved concurrency, name, description, arm64."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "FunctionOptions")
fn = lambda_.Function(
    stack,
    "Fn",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("x"),
    environment={"KEY_B": "2", "KEY_A": "1"},
    tracing=lambda_.Tracing.ACTIVE,
    timeout=cdk.Duration.seconds(30),
    memory_size=256,
    reserved_concurrent_executions=5,
    function_name="orders-handler",
    description="Handles orders",
    architecture=lambda_.Architecture.ARM_64,
)
fn.add_environment("LATE", "3")
lambda_.Function(stack, "PassThrough", runtime=lambda_.Runtime.NODEJS_20_X, handler="index.handler",
                 code=lambda_.Code.from_inline("exports.handler = async () => 1;"),
                 tracing=lambda_.Tracing.PASS_THROUGH, architecture=lambda_.Architecture.X86_64)
lambda_.Function(stack, "Disabled", runtime=lambda_.Runtime.NODEJS_22_X, handler="index.handler",
                 code=lambda_.Code.from_inline("exports.handler = async () => 1;"),
                 tracing=lambda_.Tracing.DISABLED)
app.synth()
