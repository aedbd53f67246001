"""Port of aws-cdk's aws-codebuild integ.project-file-system-location.ts: an EFS mount in a VPC project."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-codebuild-file-system-locations")
vpc = ec2.Vpc(stack, "MyVPC", max_azs=1, nat_gateways=1, restrict_default_security_group=False)
security_group = ec2.SecurityGroup(
    stack, "SecurityGroup1", allow_all_outbound=True, description="Example", security_group_name="Jane", vpc=vpc
)
codebuild.Project(
    stack,
    "MyProject",
    build_spec=codebuild.BuildSpec.from_object({"version": "0.2"}),
    environment=codebuild.BuildEnvironment(privileged=True),
    vpc=vpc,
    security_groups=[security_group],
    file_system_locations=[
        codebuild.FileSystemLocation.efs(
            identifier="myidentifier",
            location=f"fs-c8d04839.efs.{cdk.Aws.REGION}.amazonaws.com:/mnt",
            mount_options="nfsvers=4.1,rsize=1048576,wsize=1048576,hard,timeo=600,retrans=2",
            mount_point="/media",
        )
    ],
    grant_report_group_permissions=False,
)
app.synth()
