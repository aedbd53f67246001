"""Provider options: framework roles, logging level, function name, env encryption, log retention, log group, waiter
logging on (default log group) and a standalone WaiterStateMachine with log options; retry policy from
query_interval/total_timeout defaults."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import custom_resources as cr

app = cdk.App()
stack = cdk.Stack(app, "ProviderOptions")
code = lambda_.Code.from_inline("def handler(event, context):\n    return {}\n")
on_event = lambda_.Function(stack, "OnEvent", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=code)
is_complete = lambda_.Function(
    stack, "IsComplete", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=code
)
on_event_role = iam.Role(stack, "OnEventRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
complete_role = iam.Role(stack, "CompleteRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
key = kms.Key(stack, "Key")
provider = cr.Provider(
    stack,
    "Async",
    on_event_handler=on_event,
    is_complete_handler=is_complete,
    framework_on_event_role=on_event_role,
    framework_complete_and_timeout_role=complete_role,
    framework_lambda_logging_level=lambda_.ApplicationLogLevel.INFO,
    provider_function_name="my-provider-on-event",
    provider_function_env_encryption=key,
    disable_waiter_state_machine_logging=False,
)
cdk.CustomResource(stack, "AsyncResource", service_token=provider.service_token, resource_type="Custom::Async")
sync = cr.Provider(
    stack,
    "Sync",
    on_event_handler=on_event,
    log_retention=logs.RetentionDays.ONE_WEEK,
)
cdk.CustomResource(stack, "SyncResource", service_token=sync.service_token)
logged = cr.Provider(
    stack, "Logged", on_event_handler=on_event, log_group=logs.LogGroup(stack, "ProviderLogs")
)
cdk.CustomResource(stack, "LoggedResource", service_token=logged.service_token)
log_group = logs.LogGroup(stack, "WaiterLogs")
waiter = cr.WaiterStateMachine(
    stack,
    "Waiter",
    is_complete_handler=is_complete,
    timeout_handler=on_event,
    interval=cdk.Duration.seconds(30),
    max_attempts=20,
    backoff_rate=2,
    log_options=cr.LogOptions(destination=log_group, include_execution_data=True),
)
waiter.grant_start_execution(on_event_role)
cdk.CfnOutput(stack, "WaiterArn", value=waiter.state_machine_arn)
app.synth()
