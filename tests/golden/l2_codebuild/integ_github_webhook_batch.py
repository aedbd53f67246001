"""Port of aws-cdk's aws-codebuild integ.github-webhook-batch.ts: a webhook that starts batch builds."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild

app = cdk.App()
stack = cdk.Stack(app, "test-codebuild-github-webhook-batch")
source = codebuild.Source.git_hub(
    owner="aws",
    repo="aws-cdk",
    report_build_status=False,
    webhook=True,
    webhook_triggers_batch_build=True,
    webhook_filters=[codebuild.FilterGroup.in_event_of(codebuild.EventAction.PUSH)],
)
codebuild.Project(stack, "MyProject", source=source, grant_report_group_permissions=False)
app.synth()
