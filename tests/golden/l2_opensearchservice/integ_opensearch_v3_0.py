"""Port of aws-cdk's integ.opensearch.v3-0: an OpenSearch 3.0 domain (2.275 has no OPENSEARCH_3_0 constant)."""

import aws_cdk as cdk
from aws_cdk import aws_opensearchservice as opensearch

app = cdk.App()
stack = cdk.Stack(app, "cdk-integ-opensearch-v3-0")

opensearch.Domain(
    stack,
    "Domain",
    version=opensearch.EngineVersion.open_search("3.0"),
    removal_policy=cdk.RemovalPolicy.DESTROY,
    capacity=opensearch.CapacityConfig(multi_az_with_standby_enabled=False),
)

app.synth()
