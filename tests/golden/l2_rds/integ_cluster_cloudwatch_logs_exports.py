"""Port of aws-cdk's aws-rds integ.cluster-cloudwatch-logs-exports.ts: Aurora MySQL and Aurora PostgreSQL clusters
with serverless v2 writers exporting every log type their engine offers to CloudWatch Logs."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "CloudWatchLogsExportsStack")
vpc = ec2.Vpc(stack, "VPC")
rds.DatabaseCluster(
    stack,
    "DatabaseClusterMysql",
    engine=rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_12_0),
    writer=rds.ClusterInstance.serverless_v2("writerInstance"),
    vpc=vpc,
    cloudwatch_logs_exports=["error", "general", "slowquery", "audit", "instance", "iam-db-auth-error"],
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
rds.DatabaseCluster(
    stack,
    "DatabaseClusterPostgresql",
    engine=rds.DatabaseClusterEngine.aurora_postgres(version=rds.AuroraPostgresEngineVersion.VER_18_6),
    writer=rds.ClusterInstance.serverless_v2("writerInstance"),
    vpc=vpc,
    cloudwatch_logs_exports=["postgresql", "iam-db-auth-error", "instance"],
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
app.synth()
