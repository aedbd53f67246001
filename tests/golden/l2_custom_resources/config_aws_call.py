"""CustomResourceConfig over AwsCustomResource handlers: log retention (a new log group for a singleton handler
without one, the retention of a given log group and of a LogRetention resource) and removal policy."""

import aws_cdk as cdk
from aws_cdk import aws_logs as logs
from aws_cdk import custom_resources as cr

app = cdk.App()
plain = cdk.Stack(app, "ConfigPlain")
cr.AwsCustomResource(
    plain,
    "Call",
    on_update=cr.AwsSdkCall(service="STS", action="GetCallerIdentity", physical_resource_id=cr.PhysicalResourceId.of("id")),
    policy=cr.AwsCustomResourcePolicy.from_sdk_calls(resources=cr.AwsCustomResourcePolicy.ANY_RESOURCE),
    install_latest_aws_sdk=False,
)
with_group = cdk.Stack(app, "ConfigLogGroup")
cr.AwsCustomResource(
    with_group,
    "Call",
    on_update=cr.AwsSdkCall(service="STS", action="GetCallerIdentity", physical_resource_id=cr.PhysicalResourceId.of("id")),
    policy=cr.AwsCustomResourcePolicy.from_sdk_calls(resources=cr.AwsCustomResourcePolicy.ANY_RESOURCE),
    install_latest_aws_sdk=False,
    log_group=logs.LogGroup(with_group, "Logs", retention=logs.RetentionDays.ONE_DAY),
)
with_retention = cdk.Stack(app, "ConfigLogRetention")
cr.AwsCustomResource(
    with_retention,
    "Call",
    on_update=cr.AwsSdkCall(service="STS", action="GetCallerIdentity", physical_resource_id=cr.PhysicalResourceId.of("id")),
    policy=cr.AwsCustomResourcePolicy.from_sdk_calls(resources=cr.AwsCustomResourcePolicy.ANY_RESOURCE),
    install_latest_aws_sdk=False,
    log_retention=logs.RetentionDays.ONE_DAY,
)
cr.CustomResourceConfig.of(app).add_log_retention_lifetime(logs.RetentionDays.ONE_YEAR)
cr.CustomResourceConfig.of(app).add_removal_policy(cdk.RemovalPolicy.DESTROY)
app.synth()
