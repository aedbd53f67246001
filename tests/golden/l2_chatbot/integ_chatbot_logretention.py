"""Port of aws-cdk's integ.chatbot-logretention.ts: a Slack channel configuration whose log group has a retention."""

import aws_cdk as cdk
from aws_cdk import aws_chatbot as chatbot
from aws_cdk import aws_iam as iam
from aws_cdk import aws_logs as logs


class ChatbotLogRetentionInteg(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        slack_channel = chatbot.SlackChannelConfiguration(self, "MySlackChannel",
                                                          slack_channel_configuration_name="test-channel",
                                                          slack_workspace_id="T49239U4W",
                                                          slack_channel_id="C0187JABUE9",
                                                          logging_level=chatbot.LoggingLevel.NONE,
                                                          log_retention=logs.RetentionDays.ONE_MONTH)
        slack_channel.add_to_role_policy(iam.PolicyStatement(effect=iam.Effect.ALLOW, actions=["s3:GetObject"],
                                                             resources=["arn:aws:s3:::abc/xyz/123.txt"]))


app = cdk.App()
ChatbotLogRetentionInteg(app, "ChatbotLogRetentionInteg")
app.synth()
