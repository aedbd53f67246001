"""Port of aws-cdk's aws-docdb integ.cluster-removal-policy-snapshot.ts: a SNAPSHOT cluster (its instances and
security group get DESTROY) on engine 8.0.0 with a docdb8.0 parameter group (the test's constants; IntegTest
dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_kms as kms
from aws_cdk.aws_docdb import ClusterParameterGroup, DatabaseCluster, Login
from constructs import Construct

DOCDB_ENGINE_VERSION = "8.0.0"
DOCDB_PARAMETER_GROUP_FAMILY = "docdb8.0"


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)

        vpc = ec2.Vpc(self, "VPC", max_azs=2, restrict_default_security_group=False)

        params = ClusterParameterGroup(
            self,
            "Params",
            family=DOCDB_PARAMETER_GROUP_FAMILY,
            description="A nice parameter group",
            parameters={"audit_logs": "disabled", "tls": "enabled", "ttl_monitor": "enabled"},
        )

        kms_key = kms.Key(self, "DbSecurity", removal_policy=cdk.RemovalPolicy.DESTROY)

        cluster = DatabaseCluster(
            self,
            "Database",
            engine_version=DOCDB_ENGINE_VERSION,
            master_user=Login(username="docdb",
                              password=cdk.SecretValue.unsafe_plain_text("7959866cacc02c2d243ecfe177464fe6")),
            instance_type=ec2.InstanceType.of(ec2.InstanceClass.R5, ec2.InstanceSize.LARGE),
            vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
            vpc=vpc,
            parameter_group=params,
            kms_key=kms_key,
            removal_policy=cdk.RemovalPolicy.SNAPSHOT,
            enable_performance_insights=True,
        )

        cluster.connections.allow_default_port_from_any_ipv4("Open to the world")


app = cdk.App()
TestStack(app, "aws-cdk-docdb-removal-policy-snapshot-stack")
app.synth()
