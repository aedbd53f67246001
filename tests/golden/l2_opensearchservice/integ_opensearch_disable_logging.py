"""Port of aws-cdk's integ.opensearch.disable-logging: every log type explicitly disabled."""

import aws_cdk as cdk
from aws_cdk import aws_opensearchservice as opensearch

app = cdk.App()
stack = cdk.Stack(app, "cdk-integ-opensearch-with-logging-disabled")

opensearch.Domain(
    stack,
    "Domain",
    version=opensearch.EngineVersion.OPENSEARCH_2_13,
    removal_policy=cdk.RemovalPolicy.DESTROY,
    logging=opensearch.LoggingOptions(
        audit_log_enabled=False,
        app_log_enabled=False,
        slow_index_log_enabled=False,
        slow_search_log_enabled=False,
    ),
    capacity=opensearch.CapacityConfig(multi_az_with_standby_enabled=False),
)

app.synth()
