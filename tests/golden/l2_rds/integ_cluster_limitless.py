"""Port of aws-cdk's aws-rds integ.cluster-limitless.ts: an Aurora PostgreSQL Limitless Database cluster (no
instances) with Performance Insights, cluster-level enhanced monitoring, I/O-optimized storage and exported logs."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds
from constructs import Construct


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "Vpc")
        rds.DatabaseCluster(
            self,
            "DatabaseCluster",
            engine=rds.DatabaseClusterEngine.aurora_postgres(
                version=rds.AuroraPostgresEngineVersion.VER_16_4_LIMITLESS
            ),
            vpc=vpc,
            cluster_scailability_type=rds.ClusterScailabilityType.LIMITLESS,
            enable_performance_insights=True,
            performance_insight_retention=rds.PerformanceInsightRetention.MONTHS_1,
            monitoring_interval=cdk.Duration.minutes(1),
            enable_cluster_level_enhanced_monitoring=True,
            storage_type=rds.DBClusterStorageType.AURORA_IOPT1,
            cloudwatch_logs_exports=["postgresql"],
        )


app = cdk.App()
TestStack(app, "LimitlessClusterStack")
app.synth()
