"""Port of aws-cdk's integ.opensearch.gp3: gp3 volumes with IOPS and throughput, three zones, dedicated masters."""

import aws_cdk as cdk
from aws_cdk import aws_opensearchservice as opensearch
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "cdk-integ-opensearch-gp3")

opensearch.Domain(
    stack,
    "Domain",
    removal_policy=cdk.RemovalPolicy.DESTROY,
    version=opensearch.EngineVersion.OPENSEARCH_2_5,
    ebs=opensearch.EbsOptions(volume_size=30, volume_type=ec2.EbsDeviceVolumeType.GP3, throughput=125, iops=3000),
    zone_awareness=opensearch.ZoneAwarenessConfig(enabled=True, availability_zone_count=3),
    vpc_subnets=[ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS)],
    capacity=opensearch.CapacityConfig(
        data_node_instance_type="m7g.medium.search",
        data_nodes=3,
        master_node_instance_type="m7g.large.search",
        master_nodes=3,
    ),
)

app.synth()
