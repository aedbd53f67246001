"""Port of aws-cdk's integ.opensearch.ebs: instance-store-only domains on four instance families."""

import aws_cdk as cdk
from aws_cdk import aws_opensearchservice as opensearch

app = cdk.App()
stack = cdk.Stack(app, "cdk-integ-opensearch-instance-store")

instance_types = ["i4g.large.search", "i4i.xlarge.search", "r7gd.xlarge.search", "r8gd.medium.search"]

for index, instance_type in enumerate(instance_types):
    opensearch.Domain(
        stack,
        f"Domain{index + 1}",
        removal_policy=cdk.RemovalPolicy.DESTROY,
        version=opensearch.EngineVersion.OPENSEARCH_2_17,
        capacity=opensearch.CapacityConfig(
            multi_az_with_standby_enabled=False, data_node_instance_type=instance_type, data_nodes=1,
        ),
        ebs=opensearch.EbsOptions(enabled=False),
    )

app.synth()
