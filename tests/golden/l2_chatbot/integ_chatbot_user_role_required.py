"""Port of aws-cdk's integ.chatbot-user-role-required.ts: a configuration that requires user roles."""

import aws_cdk as cdk
from aws_cdk import aws_chatbot as chatbot

app = cdk.App()
test_stack = cdk.Stack(app, "ChatbotInteg")
chatbot.SlackChannelConfiguration(test_stack, "MySlackChannel", slack_channel_configuration_name="test-channel",
                                  slack_workspace_id="T075XU2GKBP", slack_channel_id="C07639U21PW",
                                  user_role_required=True)
app.synth()
