"""Port of aws-cdk's aws-rds integ.cluster-manage-master-password.ts: an Aurora MySQL 3.10.1 cluster whose master
user password RDS manages in Secrets Manager, encrypted with a customer KMS key."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_kms as kms
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-rds-cluster-manage-master-password-integ")
vpc = ec2.Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False)
key = kms.Key(stack, "SecretsKey", description="KMS key for RDS secrets encryption")
rds.DatabaseCluster(
    stack,
    "DatabaseCluster",
    engine=rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_10_1),
    vpc=vpc,
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
    writer=rds.ClusterInstance.provisioned(
        "Writer", instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE3, ec2.InstanceSize.MEDIUM)
    ),
    manage_master_user_password=True,
    credentials=rds.Credentials.from_username("testadmin", encryption_key=key),
)
app.synth()
