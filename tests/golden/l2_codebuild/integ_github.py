"""Port of aws-cdk's aws-codebuild integ.github.ts: a GitHub source without build status reports."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "test-codebuild-github")
source = codebuild.Source.git_hub(owner="aws", repo="aws-cdk", report_build_status=False)
codebuild.Project(stack, "MyProject", source=source, grant_report_group_permissions=False)
app.synth()
