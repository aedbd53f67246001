"""Port of aws-cdk's aws-rds integ.instance-read-iops-metric.ts: an alarm on a public PostgreSQL 16 instance's read
IOPS metric."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-rds-instance-read-iops-metric", termination_protection=False)
vpc = ec2.Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False)
instance = rds.DatabaseInstance(
    stack,
    "Instance",
    engine=rds.DatabaseInstanceEngine.postgres(version=rds.PostgresEngineVersion.VER_16),
    vpc=vpc,
    multi_az=False,
    publicly_accessible=True,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
instance.metric_read_iops(period=cdk.Duration.minutes(10)).create_alarm(
    stack, "ReadIOPSAlarm", threshold=1000, evaluation_periods=3
)
app.synth()
