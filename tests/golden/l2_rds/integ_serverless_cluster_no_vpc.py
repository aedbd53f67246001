"""Port of aws-cdk's aws-rds integ.serverless-cluster-no-vpc.ts: Aurora Serverless v1 clusters outside a VPC with a
plain-text password (``Credentials.from_password`` for the TypeScript struct literal), one without copying tags."""

import aws_cdk as cdk
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-sls-cluster-no-vpc-integ")
cluster = rds.ServerlessCluster(
    stack,
    "Serverless Database Without VPC",
    engine=rds.DatabaseClusterEngine.AURORA_MYSQL,
    credentials=rds.Credentials.from_password(
        "admin", cdk.SecretValue.unsafe_plain_text("7959866cacc02c2d243ecfe177464fe6")
    ),
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
cluster.connections.allow_default_port_from_any_ipv4("Open to the world")
no_copy_tags = rds.ServerlessCluster(
    stack,
    "Serverless Database Without VPC and Copy Tags",
    engine=rds.DatabaseClusterEngine.AURORA_MYSQL,
    credentials=rds.Credentials.from_password(
        "admin", cdk.SecretValue.unsafe_plain_text("7959866cacc02c2d243ecfe177464fe6")
    ),
    removal_policy=cdk.RemovalPolicy.DESTROY,
    copy_tags_to_snapshot=False,
)
no_copy_tags.connections.allow_default_port_from_any_ipv4("Open to the world")
app.synth()
