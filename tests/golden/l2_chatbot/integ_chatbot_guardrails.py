"""Port of aws-cdk's integ.chatbot-guardrails.ts: a Slack channel configuration with a guardrail policy."""

import aws_cdk as cdk
from aws_cdk import aws_chatbot as chatbot
from aws_cdk import aws_iam as iam


class ChatbotGuardrailsInteg(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        guardrail_policy = iam.ManagedPolicy.from_aws_managed_policy_name("CloudWatchReadOnlyAccess")
        chatbot.SlackChannelConfiguration(self, "MySlackChannel", slack_channel_configuration_name="test-channel",
                                          slack_workspace_id="T49239U4W", slack_channel_id="C0187JABUE9",
                                          guardrail_policies=[guardrail_policy])


app = cdk.App()
ChatbotGuardrailsInteg(app, "ChatbotGuardrailsInteg")
app.synth()
