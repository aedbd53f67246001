"""The warnings a cluster's writer/reader mix gets: aws-cdk-lib 2.275's messages (recorded from the oracle)."""

from __future__ import annotations

from assertions import Annotations, Match
from constructs import App, Stack
from l2 import ec2, rds

EXPECTED = [
    [
        "/W/A",
        "For high availability any serverless instances in promotion tiers 0-1 should be able to scale to match the provisioned instance capacity.\nServerless instance r1 is in promotion tier 1,\nBut can not scale to match the provisioned writer instance (r5.4xlarge) [ack: @aws-cdk/aws-rds:serverlessInstanceCantScaleWithWriter]"
    ],
    [
        "/W/A",
        "There are provisioned readers in the highest promotion tier 1 that do not have the same InstanceSize as the writer. Any of these instances could be chosen as the new writer in the event of a failover.\nWriter InstanceSize: r5.4xlarge\nReader InstanceSizes: r5.large [ack: @aws-cdk/aws-rds:provisionedReadersDontMatchWriter]"
    ],
    [
        "/W/B",
        "Cluster B only has serverless readers and no reader is in promotion tier 0-1.Serverless readers in promotion tiers >= 2 will NOT scale with the writer, which can lead to availability issues if a failover event occurs. It is recommended that at least one reader has `scaleWithWriter` set to true [ack: @aws-cdk/aws-rds:noFailoverServerlessReaders]"
    ],
    [
        "/W/C",
        "There are provisioned readers in the highest promotion tier 2 that do not have the same InstanceSize as the writer. Any of these instances could be chosen as the new writer in the event of a failover.\nWriter InstanceSize: t3.medium\nReader InstanceSizes: r5.large [ack: @aws-cdk/aws-rds:provisionedReadersDontMatchWriter]"
    ],
    [
        "/W/C",
        "There are serverlessV2 readers in tier 2. Since there are no instances in a higher tier, any instance in this tier is a failover target. Since this tier is > 1 the serverless reader will not scale with the writer which could lead to availability issues during failover. [ack: @aws-cdk/aws-rds:serverlessInHighestTier2-15]"
    ]
]


def test_reader_tier_and_size_warnings_match_aws_cdk_lib() -> None:
    stack = Stack(App(), "W")
    vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
    engine = rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_08_0)
    rds.DatabaseCluster(
        stack, "A", engine=engine, vpc=vpc,
        writer=rds.ClusterInstance.provisioned("w", instance_type=ec2.InstanceType("r5.4xlarge")),
        readers=[
            rds.ClusterInstance.serverless_v2("r1", scale_with_writer=True),
            rds.ClusterInstance.provisioned("r2", instance_type=ec2.InstanceType("r5.large"), promotion_tier=1),
        ],
    )
    rds.DatabaseCluster(
        stack, "B", engine=engine, vpc=vpc, writer=rds.ClusterInstance.serverless_v2("w"),
        readers=[rds.ClusterInstance.serverless_v2("r")],
    )
    rds.DatabaseCluster(
        stack, "C", engine=engine, vpc=vpc, writer=rds.ClusterInstance.provisioned("w"),
        readers=[
            rds.ClusterInstance.serverless_v2("r"),
            rds.ClusterInstance.provisioned("p", instance_type=ec2.InstanceType("r5.large")),
        ],
    )
    found = Annotations.from_stack(stack).find_warning("*", Match.any_value())
    assert sorted([m.id, m.entry["data"]] for m in found) == EXPECTED
