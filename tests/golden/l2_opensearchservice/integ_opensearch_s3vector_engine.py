"""Port of aws-cdk's integ.opensearch.s3vector-engine: the S3 Vectors engine on an OpenSearch Optimized instance."""

import aws_cdk as cdk
from aws_cdk import aws_opensearchservice as opensearch
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "cdk-integ-opensearch-s3vector-engine")

domain = opensearch.Domain(
    stack,
    "Domain",
    removal_policy=cdk.RemovalPolicy.DESTROY,
    version=opensearch.EngineVersion.OPENSEARCH_2_19,
    s3_vectors_engine_enabled=True,
    capacity=opensearch.CapacityConfig(
        data_node_instance_type="or1.medium.search", multi_az_with_standby_enabled=False, master_nodes=0, data_nodes=1,
    ),
    encryption_at_rest=opensearch.EncryptionAtRestOptions(enabled=True),
    ebs=opensearch.EbsOptions(volume_size=30, volume_type=ec2.EbsDeviceVolumeType.GP3),
)

app.synth()
