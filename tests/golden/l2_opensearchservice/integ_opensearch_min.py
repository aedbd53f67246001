"""Port of aws-cdk's integ.opensearch.min: a domain with minimal configuration."""

import aws_cdk as cdk
from aws_cdk import aws_opensearchservice as opensearch

app = cdk.App()
stack = cdk.Stack(app, "cdk-integ-opensearch")

opensearch.Domain(
    stack,
    "Domain",
    version=opensearch.EngineVersion.OPENSEARCH_2_7,
    removal_policy=cdk.RemovalPolicy.DESTROY,
    capacity=opensearch.CapacityConfig(multi_az_with_standby_enabled=False),
)

app.synth()
