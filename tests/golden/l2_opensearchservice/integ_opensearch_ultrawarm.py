"""Port of aws-cdk's integ.opensearch.ultrawarm: UltraWarm nodes with dedicated masters."""

import aws_cdk as cdk
from aws_cdk import aws_opensearchservice as opensearch

app = cdk.App()
stack = cdk.Stack(app, "cdk-integ-opensearch-ultrawarm")

opensearch.Domain(
    stack,
    "Domain",
    removal_policy=cdk.RemovalPolicy.DESTROY,
    version=opensearch.EngineVersion.ELASTICSEARCH_7_1,
    capacity=opensearch.CapacityConfig(master_nodes=2, warm_nodes=2),
)

app.synth()
