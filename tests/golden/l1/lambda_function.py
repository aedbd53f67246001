"""A Lambda function with its execution role, a version, an alias, a permission and an event source."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "L1Lambda")

role = iam.CfnRole(
    stack,
    "Role",
    assume_role_policy_document={
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}
        ],
    },
    managed_policy_arns=[f"arn:{cdk.Aws.PARTITION}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"],
)

fn = lambda_.CfnFunction(
    stack,
    "Function",
    code=lambda_.CfnFunction.CodeProperty(zip_file="def handler(event, context):\n    return event\n"),
    role=role.attr_arn,
    handler="index.handler",
    runtime="python3.12",
    memory_size=256,
    timeout=30,
    architectures=["arm64"],
    environment={"variables": {"STAGE": "golden", "TABLE": "items"}},
    tracing_config=lambda_.CfnFunction.TracingConfigProperty(mode="Active"),
    ephemeral_storage={"size": 1024},
    logging_config=lambda_.CfnFunction.LoggingConfigProperty(log_format="JSON", application_log_level="INFO"),
)
fn.add_dependency(role)

version = lambda_.CfnVersion(stack, "Version", function_name=fn.ref, description="first")
lambda_.CfnAlias(
    stack,
    "Alias",
    function_name=fn.ref,
    function_version=version.attr_version,
    name="live",
    provisioned_concurrency_config=lambda_.CfnAlias.ProvisionedConcurrencyConfigurationProperty(
        provisioned_concurrent_executions=1
    ),
)
lambda_.CfnPermission(
    stack,
    "Invoke",
    action="lambda:InvokeFunction",
    function_name=fn.attr_arn,
    principal="events.amazonaws.com",
    source_account=cdk.Aws.ACCOUNT_ID,
)
lambda_.CfnEventSourceMapping(
    stack,
    "Source",
    function_name=fn.ref,
    event_source_arn=f"arn:{cdk.Aws.PARTITION}:sqs:{cdk.Aws.REGION}:{cdk.Aws.ACCOUNT_ID}:jobs",
    batch_size=5,
    scaling_config=lambda_.CfnEventSourceMapping.ScalingConfigProperty(maximum_concurrency=10),
    function_response_types=["ReportBatchItemFailures"],
)

cdk.CfnOutput(stack, "FunctionArn", value=fn.attr_arn)

app.synth()
