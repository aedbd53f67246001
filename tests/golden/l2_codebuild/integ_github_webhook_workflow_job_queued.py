"""Port of aws-cdk's aws-codebuild integ.github-webhook-workflow-job-queued.ts."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild

app = cdk.App()
stack = cdk.Stack(app, "test-codebuild-github-webhook-workflow-job-queued")
source = codebuild.Source.git_hub(
    owner="aws",
    repo="aws-cdk",
    report_build_status=False,
    webhook=True,
    webhook_filters=[codebuild.FilterGroup.in_event_of(codebuild.EventAction.WORKFLOW_JOB_QUEUED)],
)
codebuild.Project(stack, "MyProject", source=source, grant_report_group_permissions=False)
app.synth()
