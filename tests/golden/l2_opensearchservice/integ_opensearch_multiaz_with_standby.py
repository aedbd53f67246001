"""Port of aws-cdk's integ.opensearch.multiaz-with-standby: Multi-AZ with standby over three zones."""

import aws_cdk as cdk
from aws_cdk import aws_opensearchservice as opensearch
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "cdk-integ-opensearch-multiaz-with-standby")

opensearch.Domain(
    stack,
    "Domain",
    removal_policy=cdk.RemovalPolicy.DESTROY,
    version=opensearch.EngineVersion.OPENSEARCH_1_3,
    ebs=opensearch.EbsOptions(volume_size=10, volume_type=ec2.EbsDeviceVolumeType.GP3),
    zone_awareness=opensearch.ZoneAwarenessConfig(enabled=True, availability_zone_count=3),
    capacity=opensearch.CapacityConfig(multi_az_with_standby_enabled=True, master_nodes=3, data_nodes=3),
)

app.synth()
