"""Port of aws-cdk's integ.opensearch.without-logs-resource-policy: app logs to another stack's group, no policy resource."""

import aws_cdk as cdk
from aws_cdk import aws_opensearchservice as opensearch
from aws_cdk import aws_iam as iam
from aws_cdk import aws_logs as logs

app = cdk.App()

log_group_stack = cdk.Stack(app, "cdkinteg-logs-resource-policy")
log_group = logs.LogGroup(log_group_stack, "AppLogsGroup", removal_policy=cdk.RemovalPolicy.DESTROY)
resource_policy = logs.ResourcePolicy(log_group_stack, "ResourcePolicy")
resource_policy.document.add_statements(iam.PolicyStatement(
    actions=["logs:CreateLogStream", "logs:PutLogEvents"],
    principals=[iam.ServicePrincipal("es.amazonaws.com")],
    resources=[log_group.log_group_arn],
))

test_stack = cdk.Stack(app, "cdkinteg-opensearch-without-logs-resource-policy")
opensearch.Domain(
    test_stack,
    "Domain",
    version=opensearch.EngineVersion.OPENSEARCH_2_15,
    removal_policy=cdk.RemovalPolicy.DESTROY,
    logging=opensearch.LoggingOptions(app_log_enabled=True, app_log_group=log_group),
    suppress_logs_resource_policy=True,
    capacity=opensearch.CapacityConfig(multi_az_with_standby_enabled=False),
)

app.synth()
