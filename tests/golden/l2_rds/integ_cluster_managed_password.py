"""Port of aws-cdk's aws-rds integ.cluster-managed-password.ts: an Aurora PostgreSQL serverless v2 cluster in public
subnets, open to the world, whose master user password RDS manages (KMS-encrypted); the TypeScript struct literal
credentials are ``Credentials.from_username``."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_kms as kms
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "integ-cluster-managed-password")
vpc = ec2.Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False)
key = kms.Key(stack, "DbSecurity")
cluster = rds.DatabaseCluster(
    stack,
    "Database",
    engine=rds.DatabaseClusterEngine.aurora_postgres(version=rds.AuroraPostgresEngineVersion.VER_16_1),
    credentials=rds.Credentials.from_username("testMasterUsername", encryption_key=key),
    manage_master_user_password=True,
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
    vpc=vpc,
    writer=rds.ClusterInstance.serverless_v2("writer"),
)
cluster.connections.allow_default_port_from_any_ipv4("Open to the world")
app.synth()
