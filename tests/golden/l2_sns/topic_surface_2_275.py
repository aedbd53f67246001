"""grant_on_key, topic_ref, bind_as_notification_rule_target, the filtered-out and SMS metrics, filter conditions."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_sns as sns

app = cdk.App()
stack = cdk.Stack(app, "TopicSurface")

key = kms.Key(stack, "Key")
encrypted = sns.Topic(stack, "Encrypted", master_key=key)
plain = sns.Topic(stack, "Plain")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
encrypted.grant_on_key(role, "kms:Decrypt")
plain.grant_on_key(role, "kms:Decrypt")

config = encrypted.bind_as_notification_rule_target(stack)
cdk.CfnOutput(stack, "TargetType", value=config.target_type)
cdk.CfnOutput(stack, "TargetAddress", value=config.target_address)
cdk.CfnOutput(stack, "PlainRef", value=plain.topic_ref.topic_arn)

dash = cloudwatch.Dashboard(stack, "Dash")
dash.add_widgets(
    cloudwatch.GraphWidget(
        left=[
            plain.metric_number_of_notifications_filtered_out(),
            plain.metric_number_of_notifications_filtered_out_invalid_attributes(period=cdk.Duration.minutes(1)),
            plain.metric_number_of_notifications_filtered_out_no_message_attributes(label="none"),
            plain.metric_sms_month_to_date_spent_usd(),
            plain.metric_sms_success_rate(color="#00ff00"),
            plain.metric("Custom", statistic="p90", id="custom", visible=False),
        ]
    )
)
app.synth()
