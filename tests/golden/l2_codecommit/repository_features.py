"""Repository features beyond the integ tests: triggers, every on_* rule, notify_on options, grants, imports,
clone URLs and ReferenceEvent fields in a target input."""

import aws_cdk as cdk
from aws_cdk import aws_codecommit as codecommit
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_iam as iam
from aws_cdk import aws_sns as sns

app = cdk.App()
stack = cdk.Stack(app, "CodeCommitFeatures")
topic = sns.Topic(stack, "Topic")
repo = codecommit.Repository(stack, "Repo", repository_name="features", description="all the features")
repo.notify(topic.topic_arn)
repo.notify(
    "arn:aws:lambda:us-east-1:123456789012:function:fn",
    name="lambda-trigger",
    branches=["main"],
    custom_data="data",
    events=[codecommit.RepositoryEventTrigger.CREATE_REF, codecommit.RepositoryEventTrigger.ALL],
)
repo.notify("arn:aws:sns:us-east-1:123456789012:other", events=[codecommit.RepositoryEventTrigger.DELETE_REF])
repo.on_commit(
    "OnCommit",
    branches=["main", "dev"],
    target=targets.SnsTopic(
        topic,
        message=events.RuleTargetInput.from_object(
            {
                "commit": codecommit.ReferenceEvent.commit_id,
                "ref": codecommit.ReferenceEvent.reference_full_name,
                "name": codecommit.ReferenceEvent.reference_name,
                "type": codecommit.ReferenceEvent.reference_type,
                "event": codecommit.ReferenceEvent.event_type,
                "repo": codecommit.ReferenceEvent.repository_name,
                "id": codecommit.ReferenceEvent.repository_id,
            }
        ),
    ),
)
repo.on_event("OnEvent", description="any event", rule_name="any-event")
repo.on_reference_updated("OnUpdated")
repo.on_reference_deleted("OnDeleted", event_pattern=events.EventPattern(account=["123456789012"]))
repo.on_pull_request_state_change("OnPr")
repo.on_comment_on_pull_request("OnPrComment")
repo.on_comment_on_commit("OnCommitComment")
repo.notify_on(
    "NotifyAll",
    topic,
    events=[
        codecommit.RepositoryNotificationEvents.COMMIT_COMMENT,
        codecommit.RepositoryNotificationEvents.PULL_REQUEST_SOURCE_UPDATED,
        codecommit.RepositoryNotificationEvents.PULL_REQUEST_STATUS_CHANGED,
        codecommit.RepositoryNotificationEvents.BRANCH_OR_TAG_UPDATED,
        codecommit.RepositoryNotificationEvents.COMMIT_COMMENT,
    ],
    created_by="me",
    enabled=False,
    notification_rule_name="my-rule",
)
repo.notify_on_pull_request_comment("NotifyPrComment", topic, enabled=True)
repo.notify_on_approval_status_changed("NotifyApproval", topic)
repo.notify_on_approval_rule_overridden("NotifyOverride", topic)
repo.notify_on_branch_or_tag_created("NotifyCreated", topic)
repo.notify_on_branch_or_tag_deleted("NotifyDeleted", topic)
repo.notifiy_on_pull_request_merged("NotifyMerged", topic)

role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("codebuild.amazonaws.com"))
repo.grant_read(role)
repo.grant_pull_push(role)
repo.grant(role, "codecommit:ListBranches")
repo.grants.actions(role, ["codecommit:ListTags"], resource_arns=["*"])

by_arn = codecommit.Repository.from_repository_arn(
    stack, "ByArn", "arn:aws:codecommit:eu-west-1:111111111111:imported"
)
by_name = codecommit.Repository.from_repository_name(stack, "ByName", "by-name")
by_name.grant_pull(role)
by_arn.on_commit("ImportedCommit", branches=["main"])
for label, r in (("Repo", repo), ("Arn", by_arn), ("Name", by_name)):
    cdk.CfnOutput(stack, f"{label}Http", value=r.repository_clone_url_http)
    cdk.CfnOutput(stack, f"{label}Ssh", value=r.repository_clone_url_ssh)
    cdk.CfnOutput(stack, f"{label}Grc", value=r.repository_clone_url_grc)
    cdk.CfnOutput(stack, f"{label}NameOut", value=r.repository_name)
    cdk.CfnOutput(stack, f"{label}ArnOut", value=r.repository_arn)
app.synth()
