"""FileSystem: defaults in a VPC, then encryption with a key, lifecycle and archive policies, throughput and
performance modes, a file system policy, access points, grants, connections and imports."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_efs as efs
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms

app = cdk.App()
stack = cdk.Stack(app, "EfsFeatures")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)
efs.FileSystem(stack, "Default", vpc=vpc)
key = kms.Key(stack, "Key")
fs = efs.FileSystem(
    stack,
    "Fs",
    vpc=vpc,
    kms_key=key,
    file_system_name="my-fs",
    lifecycle_policy=efs.LifecyclePolicy.AFTER_14_DAYS,
    transition_to_archive_policy=efs.LifecyclePolicy.AFTER_90_DAYS,
    out_of_infrequent_access_policy=efs.OutOfInfrequentAccessPolicy.AFTER_1_ACCESS,
    throughput_mode=efs.ThroughputMode.PROVISIONED,
    provisioned_throughput_per_second=cdk.Size.mebibytes(10),
    performance_mode=efs.PerformanceMode.GENERAL_PURPOSE,
    enable_automatic_backups=True,
    removal_policy=cdk.RemovalPolicy.DESTROY,
    replication_overwrite_protection=efs.ReplicationOverwriteProtection.DISABLED,
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
    file_system_policy=iam.PolicyDocument(statements=[
        iam.PolicyStatement(actions=["elasticfilesystem:ClientMount"], principals=[iam.AnyPrincipal()],
                            conditions={"Bool": {"elasticfilesystem:AccessedViaMountTarget": "true"}})
    ]),
)
fs.add_access_point(
    "Ap",
    path="/export/lambda",
    create_acl=efs.Acl(owner_uid="1001", owner_gid="1001", permissions="750"),
    posix_user=efs.PosixUser(uid="1001", gid="1001", secondary_gids=["1002"]),
    client_token="token",
)
efs.AccessPoint(stack, "Ap2", file_system=fs)
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
fs.grant_read(role)
fs.grant_read_write(role)
fs.grant_root_access(role)
fs.connections.allow_default_port_from_any_ipv4("open")
sg = ec2.SecurityGroup(stack, "Sg", vpc=vpc)
imported = efs.FileSystem.from_file_system_attributes(stack, "Imported", file_system_id="fs-12345678",
                                                     security_group=sg)
imported.grant(role, "elasticfilesystem:DescribeMountTargets")
efs.FileSystem(stack, "Anon", vpc=vpc, allow_anonymous_access=True, one_zone=True,
               throughput_mode=efs.ThroughputMode.ELASTIC)
cdk.CfnOutput(stack, "Arn", value=fs.file_system_arn)
cdk.CfnOutput(stack, "ApArn", value=efs.AccessPoint.from_access_point_id(stack, "ImpAp", "fsap-1").access_point_id)
app.synth()
