"""Port of aws-cdk's aws-rds integ.rolling-instance-updates.ts: two stacks, each a three-instance cluster (the
deprecated ``instances``/``instance_props``), one updating its instances in bulk, one rolling; Aurora MySQL 5.7 for
the retired ``aurora`` (MySQL 5.6) engine, which cfn-lint rejects."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds

app = cdk.App()
for stack_id, behaviour in (
    ("BulkUpdate", rds.InstanceUpdateBehaviour.BULK),
    ("RollingUpdate", rds.InstanceUpdateBehaviour.ROLLING),
):
    stack = cdk.Stack(app, stack_id)
    vpc = ec2.Vpc(stack, "Vpc", max_azs=2)
    rds.DatabaseCluster(
        stack,
        "DatabaseCluster",
        engine=rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_2_11_4),
        instances=3,
        instance_props=rds.InstanceProps(
            instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE3, ec2.InstanceSize.SMALL), vpc=vpc
        ),
        removal_policy=cdk.RemovalPolicy.DESTROY,
        instance_update_behaviour=behaviour,
    )
app.synth()
