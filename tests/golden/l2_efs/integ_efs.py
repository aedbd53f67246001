"""Port of aws-cdk's aws-efs integ.efs.ts: a file system in a three-AZ VPC and an access point with ACL and user."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk.aws_efs import Acl, FileSystem, PosixUser

app = cdk.App()
stack = cdk.Stack(app, "test-efs-integ")
vpc = ec2.Vpc(stack, "Vpc", max_azs=3, nat_gateways=1, restrict_default_security_group=False)
file_system = FileSystem(stack, "FileSystem", vpc=vpc)
file_system.add_access_point(
    "AccessPoint",
    create_acl=Acl(owner_gid="1000", owner_uid="1000", permissions="755"),
    path="/custom-path",
    posix_user=PosixUser(gid="1000", uid="1000"),
)
app.synth()
