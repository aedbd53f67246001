"""Port of aws-cdk's aws-rds integ.instance-gp3.ts: a MySQL instance on gp3 storage."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "cdk-integ-rds-instance-gp3")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1, restrict_default_security_group=False)
rds.DatabaseInstance(
    stack,
    "Instance",
    engine=rds.DatabaseInstanceEngine.mysql(version=rds.MysqlEngineVersion.VER_8_4_10),
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE3, ec2.InstanceSize.SMALL),
    vpc=vpc,
    allocated_storage=1000,
    storage_type=rds.StorageType.GP3,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
app.synth()
