"""Port of aws-cdk's aws-rds integ.instance-iops-metric.ts: alarms on a PostgreSQL instance's read and write IOPS
metrics."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-rds-instance-iops-metric")
vpc = ec2.Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False)
instance = rds.DatabaseInstance(
    stack,
    "Instance",
    engine=rds.DatabaseInstanceEngine.postgres(version=rds.PostgresEngineVersion.VER_17_6),
    vpc=vpc,
    multi_az=False,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
instance.metric_read_iops(period=cdk.Duration.minutes(10)).create_alarm(
    stack, "ReadIOPsAlarm", threshold=1000, evaluation_periods=3
)
instance.metric_write_iops(period=cdk.Duration.minutes(10)).create_alarm(
    stack, "WriteIOPsAlarm", threshold=1000, evaluation_periods=3
)
app.synth()
