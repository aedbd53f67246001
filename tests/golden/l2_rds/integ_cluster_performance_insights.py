"""Port of aws-cdk's aws-rds integ.cluster-performance-insights.ts: an Aurora MySQL cluster with long-term
Performance Insights encrypted with a key, provisioned writer and reader."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_kms as kms
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-rds-integ-cluster-performance-insights")
vpc = ec2.Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False)
kms_key = kms.Key(stack, "DbSecurity")
r7g = ec2.InstanceType.of(ec2.InstanceClass.R7G, ec2.InstanceSize.LARGE)
rds.DatabaseCluster(
    stack,
    "Database",
    engine=rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_12_0),
    vpc=vpc,
    enable_performance_insights=True,
    performance_insight_retention=rds.PerformanceInsightRetention.LONG_TERM,
    performance_insight_encryption_key=kms_key,
    writer=rds.ClusterInstance.provisioned("writer", instance_type=r7g),
    readers=[rds.ClusterInstance.provisioned("reader", instance_type=r7g)],
)
app.synth()
