"""NotificationRule: sources (CodeBuild, CodeCommit, a custom one), SNS and Slack targets, options, imports."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_chatbot as chatbot
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_codecommit as codecommit
from aws_cdk import aws_codestarnotifications as notifications
from aws_cdk import aws_sns as sns


@jsii.implements(notifications.INotificationRuleSource)
class PipelineArnSource:
    def bind_as_notification_rule_source(self, scope):
        return notifications.NotificationRuleSourceConfig(
            source_arn="arn:aws:codepipeline:us-east-1:111111111111:my-pipeline")


@jsii.implements(notifications.INotificationRuleTarget)
class WebhookTarget:
    def bind_as_notification_rule_target(self, scope):
        return notifications.NotificationRuleTargetConfig(
            target_type="AWSChatbotSlack",
            target_address="arn:aws:chatbot::111111111111:chat-configuration/slack-channel/other")


app = cdk.App()
stack = cdk.Stack(app, "NotificationRules", env=cdk.Environment(account="111111111111", region="us-east-1"))

project = codebuild.PipelineProject(stack, "Project")
repository = codecommit.Repository(stack, "Repository", repository_name="my-repo")
topic = sns.Topic(stack, "Topic")
slack = chatbot.SlackChannelConfiguration(stack, "Slack", slack_channel_configuration_name="builds",
                                          slack_workspace_id="T0000000", slack_channel_id="C0000000")

rule = notifications.NotificationRule(
    stack, "BuildRule", source=project,
    events=["codebuild-project-build-state-succeeded", "codebuild-project-build-state-failed",
            "codebuild-project-build-state-succeeded"],
    targets=[topic])
rule.add_target(slack)

notifications.NotificationRule(
    stack, "RepoRule", source=repository, events=["codecommit-repository-pull-request-created"],
    notification_rule_name="repo-pull-requests", detail_type=notifications.DetailType.BASIC, enabled=False,
    created_by="jane@example.com", targets=[slack, topic])
notifications.NotificationRule(stack, "EnabledRule", source=PipelineArnSource(),
                               events=["codepipeline-pipeline-pipeline-execution-failed"], enabled=True,
                               targets=[WebhookTarget()])

imported = notifications.NotificationRule.from_notification_rule_arn(
    stack, "Imported", "arn:aws:codestar-notifications:us-west-2:222222222222:notificationrule/abc123")
added = imported.add_target(topic)
cdk.CfnOutput(stack, "ImportedAdded", value=str(added))
cdk.CfnOutput(stack, "ImportedArn", value=imported.notification_rule_arn)
cdk.CfnOutput(stack, "ImportedRegion", value=imported.env.region)
cdk.CfnOutput(stack, "RuleArn", value=rule.notification_rule_arn)
cdk.CfnOutput(stack, "RuleRef", value=rule.notification_rule_ref.notification_rule_arn)
app.synth()
