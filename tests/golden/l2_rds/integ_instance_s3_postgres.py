"""Port of aws-cdk's aws-rds integ.instance-s3-postgres.ts: a public PostgreSQL instance with IAM auth and S3 import
and export buckets (two associated roles); every resource destroyed on removal."""

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
stack = cdk.Stack(app, "aws-cdk-rds-instance-s3-postgres-integ")
cdk.Aspects.of(stack).add(DestroyAll())
rds.DatabaseInstance(
    stack,
    "Instance",
    engine=rds.DatabaseInstanceEngine.postgres(version=rds.PostgresEngineVersion.VER_18_3),
    vpc=ec2.Vpc(stack, "VPC", max_azs=2, nat_gateways=1, restrict_default_security_group=False),
    multi_az=False,
    publicly_accessible=True,
    iam_authentication=True,
    s3_import_buckets=[s3.Bucket(stack, "ImportBucket", removal_policy=cdk.RemovalPolicy.DESTROY)],
    s3_export_buckets=[s3.Bucket(stack, "ExportBucket", removal_policy=cdk.RemovalPolicy.DESTROY)],
)
app.synth()
