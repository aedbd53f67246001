"""Port of aws-cdk's aws-rds integ.cluster-delete-automated-backups.ts: an Aurora MySQL cluster that deletes its
automated backups with it."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "cluster-delete-automated-backups")
vpc = ec2.Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False)
rds.DatabaseCluster(
    stack,
    "Database",
    engine=rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_07_1),
    credentials=rds.Credentials.from_username(
        "admin", password=cdk.SecretValue.unsafe_plain_text("7959866cacc02c2d243ecfe177464fe6")
    ),
    vpc=vpc,
    writer=rds.ClusterInstance.provisioned("Writer"),
    delete_automated_backups=True,
)
app.synth()
