"""Port of aws-cdk's aws-rds integ.proxy-sql-server.ts: an IAM-authenticated proxy in front of a SQL Server Express
instance (the newest 2.275 version, 16.00.4236.2.v1), with ``grant_connect`` for its master user."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-rds-proxy-sql-server", termination_protection=False)
vpc = ec2.Vpc(stack, "vpc", max_azs=2, restrict_default_security_group=False)
db_instance = rds.DatabaseInstance(
    stack,
    "SqlServerDbInstance",
    engine=rds.DatabaseInstanceEngine.sql_server_ex(version=rds.SqlServerEngineVersion.VER_16_00_4236_2_V1),
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE3, ec2.InstanceSize.SMALL),
    credentials=rds.Credentials.from_username("master", exclude_characters='"@/\\'),
    vpc=vpc,
    license_model=rds.LicenseModel.LICENSE_INCLUDED,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
proxy = rds.DatabaseProxy(
    stack,
    "DbProxy",
    borrow_timeout=cdk.Duration.seconds(30),
    max_connections_percent=50,
    secrets=[db_instance.secret],
    proxy_target=rds.ProxyTarget.from_instance(db_instance),
    vpc=vpc,
    iam_auth=True,
)
role = iam.Role(stack, "SqlProxyRole", assumed_by=iam.AccountPrincipal(stack.account))
proxy.grant_connect(role, "master")
app.synth()
