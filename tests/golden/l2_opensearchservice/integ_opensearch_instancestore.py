"""Port of aws-cdk's integ.opensearch.instancestore: r7gd instance store over two zones."""

import aws_cdk as cdk
from aws_cdk import aws_opensearchservice as opensearch

app = cdk.App()
stack = cdk.Stack(app, "cdk-integ-opensearch-instancestore")

opensearch.Domain(
    stack,
    "Domain",
    removal_policy=cdk.RemovalPolicy.DESTROY,
    version=opensearch.EngineVersion.OPENSEARCH_2_15,
    capacity=opensearch.CapacityConfig(
        data_nodes=2, data_node_instance_type="r7gd.medium.search", multi_az_with_standby_enabled=False,
    ),
    ebs=opensearch.EbsOptions(enabled=False),
    zone_awareness=opensearch.ZoneAwarenessConfig(enabled=True, availability_zone_count=2),
)

app.synth()
