"""Port of aws-codebuild integ.project-codeconnections: a GitHub project whose L1 source is replaced by one with
CODECONNECTIONS auth, and the connection permission added to its role."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-codebuild-project-codeconnections")
project = codebuild.Project(stack, "MyProject",
                            source=codebuild.Source.git_hub(owner="aws", repo="aws-cdk", report_build_status=False),
                            grant_report_group_permissions=False)
cfn_project = project.node.default_child
cfn_project.source = codebuild.CfnProject.SourceProperty(
    type="GITHUB",
    location="https://github.com/aws/aws-cdk.git",
    auth=codebuild.CfnProject.SourceAuthProperty(
        type="CODECONNECTIONS",
        resource="arn:aws:codeconnections:us-east-1:123456789012:connection/84941bd4-6795-4871-99f6-e2e4697138da"),
)
project.add_to_role_policy(iam.PolicyStatement(actions=["codeconnections:UseConnection"], resources=["*"]))
app.synth()
