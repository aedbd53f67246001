"""Port of aws-cdk's aws-rds integ.proxy.ts: a PostgreSQL instance with a proxy (its secret, debug logging, TLS
not required) added through ``add_proxy``."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-rds-proxy")
vpc = ec2.Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False, nat_gateways=1)
db_instance = rds.DatabaseInstance(
    stack,
    "DBInstance",
    engine=rds.DatabaseInstanceEngine.postgres(version=rds.PostgresEngineVersion.VER_18_3),
    vpc=vpc,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
proxy = db_instance.add_proxy("DBProxy", secrets=[db_instance.secret], vpc=vpc, debug_logging=True, require_tls=False)
cdk.CfnOutput(stack, "ProxyEndpoint", value=proxy.endpoint)
app.synth()
