"""Port of aws-cdk integ.lambda.s3files-filesystem.ts: functions mounting S3 Files access points (L1 file system,
mount targets and access points); the handler directory is written to a temporary directory, and the second
function's direct S3 read is 2.275's ``DirectS3Read.enabled(bucket)`` (the original's ``DirectS3ReadMode`` is
newer)."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3files as s3files

handler_dir = os.path.join(tempfile.mkdtemp(), "s3files-handler")
os.makedirs(handler_dir)
with open(os.path.join(handler_dir, "index.py"), "w") as f:
    f.write("def handler(event, context):\n    return {'statusCode': 200}\n")

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "test-lambda-s3files-integ")
vpc = ec2.Vpc(stack, "Vpc", max_azs=3, nat_gateways=1, restrict_default_security_group=False)
bucket = s3.Bucket(stack, "Bucket", removal_policy=cdk.RemovalPolicy.DESTROY, versioned=True)
role = iam.Role(stack, "S3FilesRole", assumed_by=iam.ServicePrincipal("elasticfilesystem.amazonaws.com"))
role.add_to_policy(iam.PolicyStatement(actions=["s3:ListBucket*"], resources=[bucket.bucket_arn]))
role.add_to_policy(iam.PolicyStatement(
    actions=["s3:AbortMultipartUpload", "s3:DeleteObject", "s3:GetObject*", "s3:List*", "s3:PutObject*"],
    resources=[bucket.arn_for_objects("*")]))
role.add_to_policy(iam.PolicyStatement(
    actions=["events:DeleteRule", "events:DisableRule", "events:EnableRule", "events:PutRule", "events:PutTargets",
             "events:RemoveTargets"],
    resources=[f"arn:{cdk.Aws.PARTITION}:events:*:*:rule/DO-NOT-DELETE-S3-Files*"],
    conditions={"StringEquals": {"events:ManagedBy": "elasticfilesystem.amazonaws.com"}}))
role.add_to_policy(iam.PolicyStatement(
    actions=["events:DescribeRule", "events:ListRuleNamesByTarget", "events:ListRules", "events:ListTargetsByRule"],
    resources=[f"arn:{cdk.Aws.PARTITION}:events:*:*:rule/*"]))
file_system = s3files.CfnFileSystem(stack, "S3FilesFs", bucket=bucket.bucket_arn, role_arn=role.role_arn)
file_system.apply_removal_policy(cdk.RemovalPolicy.DESTROY)
sg = ec2.SecurityGroup(stack, "MountTargetSG", vpc=vpc)
for i, subnet in enumerate(vpc.private_subnets):
    s3files.CfnMountTarget(stack, f"MountTarget{i}", file_system_id=file_system.attr_file_system_id,
                           subnet_id=subnet.subnet_id, security_groups=[sg.security_group_id])


def access_point(id, path):
    return s3files.CfnAccessPoint(
        stack, id, file_system_id=file_system.attr_file_system_id,
        # the property classes, not dicts: jsii passes a nested dict's snake_case keys through unchanged
        root_directory=s3files.CfnAccessPoint.RootDirectoryProperty(
            path=path, creation_permissions=s3files.CfnAccessPoint.CreationPermissionsProperty(
                owner_gid="1001", owner_uid="1001", permissions="750")),
        posix_user=s3files.CfnAccessPoint.PosixUserProperty(gid="1001", uid="1001"))


ap1 = access_point("AccessPoint", "/export/lambda")
lambda_.Function(stack, "MyLambda", code=lambda_.Code.from_asset(handler_dir), handler="index.handler",
                 runtime=lambda_.Runtime.PYTHON_3_12, vpc=vpc,
                 filesystem=lambda_.FileSystem.from_s3_files_access_point(ap1, "/mnt/data"))
ap2 = access_point("AccessPoint2", "/export/lambda2")
lambda_.Function(stack, "MyLambdaDirectS3Read", code=lambda_.Code.from_asset(handler_dir), handler="index.handler",
                 runtime=lambda_.Runtime.PYTHON_3_12, vpc=vpc,
                 filesystem=lambda_.FileSystem.from_s3_files_access_point(
                     ap2, "/mnt/data", direct_s3_read=lambda_.DirectS3Read.enabled(bucket)))
app.synth()
