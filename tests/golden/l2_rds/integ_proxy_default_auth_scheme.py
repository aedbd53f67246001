"""Port of aws-cdk's aws-rds integ.proxy-default-auth-scheme.ts: a proxy in front of an IAM-authenticated
PostgreSQL instance whose default authentication scheme is IAM."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-rds-proxy")
vpc = ec2.Vpc(stack, "vpc", max_azs=2, restrict_default_security_group=False)
db_instance = rds.DatabaseInstance(
    stack,
    "dbInstance",
    engine=rds.DatabaseInstanceEngine.postgres(version=rds.PostgresEngineVersion.VER_16_3),
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE3, ec2.InstanceSize.MEDIUM),
    vpc=vpc,
    removal_policy=cdk.RemovalPolicy.DESTROY,
    iam_authentication=True,
)
rds.DatabaseProxy(
    stack,
    "dbProxy",
    borrow_timeout=cdk.Duration.seconds(30),
    max_connections_percent=50,
    proxy_target=rds.ProxyTarget.from_instance(db_instance),
    vpc=vpc,
    default_auth_scheme=rds.DefaultAuthScheme.IAM_AUTH,
)
app.synth()
