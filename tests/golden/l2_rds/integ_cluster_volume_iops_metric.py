"""Port of aws-cdk's aws-rds integ.cluster-volume-iops-metric.ts: an Aurora MySQL 3.10.0 cluster in public subnets (provisioned
writer and reader) with alarms on its volume read and write IOPS metrics."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-rds-cluster-volume-iops-metric", termination_protection=False)
vpc = ec2.Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False)
t3_medium = ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE3, ec2.InstanceSize.MEDIUM)
cluster = rds.DatabaseCluster(
    stack,
    "Database",
    engine=rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_10_0),
    credentials=rds.Credentials.from_username(
        "admin", password=cdk.SecretValue.unsafe_plain_text("7959866cacc02c2d243ecfe177464fe6")
    ),
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
    vpc=vpc,
    writer=rds.ClusterInstance.provisioned("Instance1", instance_type=t3_medium),
    readers=[rds.ClusterInstance.provisioned("Instance2", instance_type=t3_medium)],
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
cluster.metric_volume_read_io_ps(period=cdk.Duration.minutes(10)).create_alarm(
    stack, "VolumeReadIOPsAlarm", threshold=1000, evaluation_periods=3
)
cluster.metric_volume_write_io_ps(period=cdk.Duration.minutes(10)).create_alarm(
    stack, "VolumeWriteIOPsAlarm", threshold=1000, evaluation_periods=3
)
app.synth()
