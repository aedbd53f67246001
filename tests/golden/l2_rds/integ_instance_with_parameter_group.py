"""Port of aws-cdk's aws-rds integ.instance-with-parameter-group.ts: a public PostgreSQL instance with IAM auth and
a named parameter group with a removal policy."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-rds-instance-with-rds-parameter-group", termination_protection=False)
vpc = ec2.Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False)
parameter_group = rds.ParameterGroup(
    stack,
    "ParameterGroup",
    engine=rds.DatabaseInstanceEngine.postgres(version=rds.PostgresEngineVersion.VER_18_3),
    description="desc",
    removal_policy=cdk.RemovalPolicy.DESTROY,
    name="name",
)
rds.DatabaseInstance(
    stack,
    "Instance",
    engine=rds.DatabaseInstanceEngine.postgres(version=rds.PostgresEngineVersion.VER_18_3),
    vpc=vpc,
    multi_az=False,
    publicly_accessible=True,
    iam_authentication=True,
    parameter_group=parameter_group,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
app.synth()
