"""Port of aws-cdk's aws-rds integ.cluster-data-api-to-imported-cluster.ts: Data API access to an imported view of
an Aurora PostgreSQL serverless v2 cluster granted to a function (NODEJS_20_X for the deprecated NODEJS_18_X)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_rds as rds

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "cluster-data-api-to-imported-cluster")
vpc = ec2.Vpc(stack, "VPC")
fn = lambda_.Function(
    stack,
    "Function",
    runtime=lambda_.Runtime.NODEJS_20_X,
    handler="index.handler",
    code=lambda_.Code.from_inline('exports.handler = async (event) => { return "hello"; }'),
)
cluster = rds.DatabaseCluster(
    stack,
    "Database",
    engine=rds.DatabaseClusterEngine.aurora_postgres(version=rds.AuroraPostgresEngineVersion.VER_16_1),
    writer=rds.ClusterInstance.serverless_v2("writerInstance"),
    vpc=vpc,
    enable_data_api=True,
)
imported = rds.DatabaseCluster.from_database_cluster_attributes(
    stack, "ImportedCluster", cluster_identifier=cluster.cluster_identifier, secret=cluster.secret, data_api_enabled=True
)
imported.grant_data_api_access(fn)
app.synth()
