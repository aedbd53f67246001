"""Port of aws-cdk's aws-efs integ.efs-filesystem-policy.ts: a file system policy, a statement added later, and an
access point with its own Name tag."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk.aws_efs import AccessPoint, FileSystem
from aws_cdk.aws_iam import AccountRootPrincipal, PolicyDocument, PolicyStatement

app = cdk.App()
stack = cdk.Stack(app, "test-efs-integ")
vpc = ec2.Vpc(stack, "Vpc", max_azs=3, nat_gateways=1)
condition = {"Bool": {"elasticfilesystem:AccessedViaMountTarget": "true"}}
policy = PolicyDocument(statements=[
    PolicyStatement(
        actions=["elasticfilesystem:ClientWrite", "elasticfilesystem:ClientMount"],
        principals=[AccountRootPrincipal()],
        resources=["*"],
        conditions=condition,
    )
])
file_system = FileSystem(stack, "FileSystem", vpc=vpc, file_system_policy=policy)
file_system.add_to_resource_policy(
    PolicyStatement(
        actions=["elasticfilesystem:ClientRootAccess"],
        principals=[AccountRootPrincipal()],
        resources=["*"],
        conditions=condition,
    )
)
access_point = AccessPoint(stack, "AccessPoint", file_system=file_system)
cdk.Tags.of(access_point).add("Name", "MyAccessPoint")
app.synth()
