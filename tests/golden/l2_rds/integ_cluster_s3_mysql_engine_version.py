"""Port of aws-cdk's aws-rds integ.cluster-s3.mysql-engine-version.ts: an Aurora MySQL cluster (newest 2.275
version) whose import and export bucket is the same S3 bucket; every resource destroyed on removal."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds
from aws_cdk import aws_s3 as s3
from constructs import IConstruct


@jsii.implements(cdk.IAspect)
class DestroyAll:
    def visit(self, node: IConstruct) -> None:
        if cdk.CfnResource.is_cfn_resource(node):
            node.apply_removal_policy(cdk.RemovalPolicy.DESTROY)


app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-rds-s3-mysql-engine-version-integ")
cdk.Aspects.of(stack).add(DestroyAll())
vpc = ec2.Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False)
bucket = s3.Bucket(stack, "ImportExportBucket")
rds.DatabaseCluster(
    stack,
    "Database",
    engine=rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_12_0),
    credentials=rds.Credentials.from_username(
        "admin", password=cdk.SecretValue.plain_text("7959866cacc02c2d243ecfe177464fe6")
    ),
    writer=rds.ClusterInstance.provisioned("Instance1", is_from_legacy_instance_props=True),
    vpc=vpc,
    s3_import_buckets=[bucket],
    s3_export_buckets=[bucket],
)
app.synth()
