"""Port of aws-cdk's aws-rds integ.cluster-s3.postgres.ts: an Aurora PostgreSQL cluster (provisioned writer and
reader) whose import and export bucket is the same S3 bucket (feature-named roles); every resource destroyed on
removal."""

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
stack = cdk.Stack(app, "aws-cdk-rds-s3-postgres-15-integ")
cdk.Aspects.of(stack).add(DestroyAll())
vpc = ec2.Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False)


def instance(id: str) -> rds.IClusterInstance:
    return rds.ClusterInstance.provisioned(
        id,
        instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE3, ec2.InstanceSize.MEDIUM),
        is_from_legacy_instance_props=True,
    )


bucket = s3.Bucket(stack, "ImportExportBucket")
rds.DatabaseCluster(
    stack,
    "PostgresDatabase",
    engine=rds.DatabaseClusterEngine.aurora_postgres(version=rds.AuroraPostgresEngineVersion.VER_18_6),
    readers=[instance("ReaderInstance")],
    writer=instance("WriterInstance"),
    vpc=vpc,
    s3_import_buckets=[bucket],
    s3_export_buckets=[bucket],
)
app.synth()
