"""Port of aws-cdk's aws-fsx integ.lustre-file-system-with-s3.ts: a file system importing from an S3 bucket with the
NEW_CHANGED_DELETED auto-import policy (IntegTest dropped)."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_fsx as fsx
from aws_cdk import aws_s3 as s3

app = App()
stack = Stack(app, "AwsCdkFsxLustre")
vpc = ec2.Vpc(stack, "VPC")
bucket = s3.Bucket(stack, "ImportBucket", removal_policy=RemovalPolicy.DESTROY)

storage_capacity = 1200
lustre_configuration = fsx.LustreConfiguration(
    deployment_type=fsx.LustreDeploymentType.SCRATCH_2,
    import_path=bucket.s3_url_for_object(),
    auto_import_policy=fsx.LustreAutoImportPolicy.NEW_CHANGED_DELETED,
)

fsx.LustreFileSystem(
    stack,
    "FsxLustreFileSystem",
    lustre_configuration=lustre_configuration,
    storage_capacity_gib=storage_capacity,
    vpc=vpc,
    vpc_subnet=vpc.private_subnets[0],
    removal_policy=RemovalPolicy.DESTROY,
)

app.synth()
