"""Port of aws-cdk's integ.opensearch.ebs-i4i: an instance-store-only domain (EBS disabled)."""

import aws_cdk as cdk
from aws_cdk import aws_opensearchservice as opensearch

app = cdk.App()
stack = cdk.Stack(app, "cdk-integ-opensearch-instance-store")

opensearch.Domain(
    stack,
    "Domain",
    removal_policy=cdk.RemovalPolicy.DESTROY,
    version=opensearch.EngineVersion.OPENSEARCH_2_5,
    capacity=opensearch.CapacityConfig(
        multi_az_with_standby_enabled=False, data_node_instance_type="i4i.large.search", data_nodes=1,
    ),
    ebs=opensearch.EbsOptions(enabled=False),
)

app.synth()
