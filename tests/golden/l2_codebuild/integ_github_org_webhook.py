"""Port of aws-cdk's aws-codebuild integ.github-org-webhook.ts: an organization webhook with repository filters."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild

app = cdk.App()
stack = cdk.Stack(app, "codebuild-github-org-webhook")
source = codebuild.Source.git_hub(
    owner="aws",
    report_build_status=False,
    webhook_filters=[
        codebuild.FilterGroup.in_event_of(codebuild.EventAction.WORKFLOW_JOB_QUEUED)
        .and_repository_name_is("aws-cdk.*")
        .and_repository_name_is_not("aws-cdk-lib")
    ],
)
codebuild.Project(stack, "MyProject", source=source, grant_report_group_permissions=False)
app.synth()
