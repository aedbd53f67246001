"""Port of aws-cdk's integ.opensearch.v3-1: an OpenSearch 3.1 domain."""

import aws_cdk as cdk
from aws_cdk import aws_opensearchservice as opensearch

app = cdk.App()
stack = cdk.Stack(app, "cdk-integ-opensearch-v3-1")

opensearch.Domain(
    stack,
    "Domain",
    version=opensearch.EngineVersion.OPENSEARCH_3_1,
    removal_policy=cdk.RemovalPolicy.DESTROY,
    capacity=opensearch.CapacityConfig(multi_az_with_standby_enabled=False),
)

app.synth()
