"""Port of aws-cdk's aws-codebuild integ.project-vpc.ts: a project in a VPC with a given security group."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-codebuild-project-vpc")
vpc = ec2.Vpc(stack, "MyVPC", max_azs=1, nat_gateways=1)
security_group = ec2.SecurityGroup(
    stack, "SecurityGroup1", allow_all_outbound=True, description="Example", security_group_name="Bob", vpc=vpc
)
codebuild.Project(
    stack,
    "MyProject",
    build_spec=codebuild.BuildSpec.from_object(
        {"version": "0.2", "phases": {"build": {"commands": ['echo "Nothing to do!"']}}}
    ),
    grant_report_group_permissions=False,
    security_groups=[security_group],
    vpc=vpc,
)
app.synth()
