"""SlackChannelConfiguration beyond the integ tests: topics, a given role, imports, metrics, retention options."""

import aws_cdk as cdk
from aws_cdk import aws_chatbot as chatbot
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_iam as iam
from aws_cdk import aws_logs as logs
from aws_cdk import aws_sns as sns

app = cdk.App()
stack = cdk.Stack(app, "ChatbotFeatures", env=cdk.Environment(account="111111111111", region="us-east-1"))

topic1 = sns.Topic(stack, "Topic1")
topic2 = sns.Topic(stack, "Topic2")
role = iam.Role(stack, "ChannelRole", assumed_by=iam.ServicePrincipal("chatbot.amazonaws.com"))
retention_role = iam.Role(stack, "RetentionRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
channel = chatbot.SlackChannelConfiguration(
    stack, "Channel", slack_channel_configuration_name="alerts", slack_workspace_id="T0000000",
    slack_channel_id="C0000000", notification_topics=[topic1], role=role,
    logging_level=chatbot.LoggingLevel.ERROR, log_retention=logs.RetentionDays.ONE_WEEK,
    log_retention_role=retention_role,
    log_retention_retry_options=logs.LogRetentionRetryOptions(max_retries=3),
    guardrail_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess"),
                        iam.ManagedPolicy(stack, "Guardrail", statements=[iam.PolicyStatement(
                            actions=["s3:ListBucket"], resources=["*"])])],
    user_role_required=False)
channel.add_notification_topic(topic2)
channel.add_to_role_policy(iam.PolicyStatement(actions=["cloudwatch:Describe*"], resources=["*"]))

info = chatbot.SlackChannelConfiguration(stack, "InfoChannel", slack_channel_configuration_name="info",
                                         slack_workspace_id="T0000000", slack_channel_id="C1111111",
                                         logging_level=chatbot.LoggingLevel.INFO, guardrail_policies=[])
topic1.grant_publish(info)

imported = chatbot.SlackChannelConfiguration.from_slack_channel_configuration_arn(
    stack, "Imported", "arn:aws:chatbot::111111111111:chat-configuration/slack-channel/imported-channel")
imported.add_to_role_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
token_arn = cdk.CfnParameter(stack, "ChannelArn").value_as_string
imported_token = chatbot.SlackChannelConfiguration.from_slack_channel_configuration_arn(stack, "ImportedToken",
                                                                                          token_arn)

cloudwatch.Alarm(stack, "ChannelAlarm", metric=channel.metric("EventsThrottled"), threshold=1, evaluation_periods=1)
cloudwatch.Alarm(stack, "ImportedAlarm", metric=imported.metric("EventsProcessed", statistic="Sum",
                                                                  period=cdk.Duration.minutes(1)),
                 threshold=10, evaluation_periods=2)
cloudwatch.Alarm(stack, "AllAlarm", metric=chatbot.SlackChannelConfiguration.metric_all(
    "UnsupportedEvents", dimensions_map={"ConfigurationName": "info"}, label="all"),
                 threshold=5, evaluation_periods=1)
cdk.CfnOutput(stack, "ImportedName", value=imported.slack_channel_configuration_name)
cdk.CfnOutput(stack, "ImportedTokenName", value=imported_token.slack_channel_configuration_name)
cdk.CfnOutput(stack, "ChannelArnOut", value=channel.slack_channel_configuration_ref.slack_channel_configuration_arn)
cdk.CfnOutput(stack, "RoleArn", value=channel.role.role_arn)
app.synth()
