"""Port of aws-cdk's aws-rds integ.read-replica-with-storage.ts: a MySQL 8.0 instance (8.0.46 for the bare 8.0, which
cfn-lint rejects: E3691) and a read replica with its own backup retention and allocated storage."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-rds-read-replica-with-storage")
vpc = ec2.Vpc(stack, "Vpc")
mysql_source = rds.DatabaseInstance(
    stack,
    "MysqlSource",
    engine=rds.DatabaseInstanceEngine.mysql(version=rds.MysqlEngineVersion.VER_8_0_46),
    backup_retention=cdk.Duration.days(5),
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.SMALL),
    vpc=vpc,
)
rds.DatabaseInstanceReadReplica(
    stack,
    "MysqlReplica",
    source_database_instance=mysql_source,
    backup_retention=cdk.Duration.days(3),
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.SMALL),
    vpc=vpc,
    allocated_storage=500,
)
app.synth()
