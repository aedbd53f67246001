"""Port of aws-cdk's integ.opensearch.coldstorage: UltraWarm with cold storage."""

import aws_cdk as cdk
from aws_cdk import aws_opensearchservice as opensearch

app = cdk.App()
stack = cdk.Stack(app, "cdk-integ-opensearch-coldstorage")

opensearch.Domain(
    stack,
    "Domain",
    removal_policy=cdk.RemovalPolicy.DESTROY,
    version=opensearch.EngineVersion.ELASTICSEARCH_7_10,
    capacity=opensearch.CapacityConfig(master_nodes=2, warm_nodes=2, multi_az_with_standby_enabled=False),
    cold_storage_enabled=True,
)

app.synth()
