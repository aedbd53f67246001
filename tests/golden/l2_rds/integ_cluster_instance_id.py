"""Port of aws-cdk's aws-rds integ.cluster-instance-id.ts: an Aurora MySQL cluster of two legacy ``instance_props``
instances whose identifiers derive from ``instance_identifier_base``."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "Default")
vpc = ec2.Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False)
rds.DatabaseCluster(
    stack,
    "Database",
    engine=rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_12_0),
    instance_props=rds.InstanceProps(
        instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE3, ec2.InstanceSize.MEDIUM), vpc=vpc
    ),
    instances=2,
    instance_identifier_base="instanceidentifierbase",
)
app.synth()
