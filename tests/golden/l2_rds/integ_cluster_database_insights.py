"""Port of aws-cdk's aws-rds integ.cluster-database-insights.ts: an Aurora MySQL cluster with advanced Database
Insights and 15-month Performance Insights retention."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-rds-cluster-database-insights")
vpc = ec2.Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False)
rds.DatabaseCluster(
    stack,
    "Cluster",
    engine=rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_12_0),
    writer=rds.ClusterInstance.provisioned(
        "writer", instance_type=ec2.InstanceType.of(ec2.InstanceClass.R7G, ec2.InstanceSize.LARGE)
    ),
    vpc=vpc,
    database_insights_mode=rds.DatabaseInsightsMode.ADVANCED,
    performance_insight_retention=rds.PerformanceInsightRetention.MONTHS_15,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
app.synth()
