"""Port of aws-cdk's integ.workmail-action.ts: a WorkMail action notifying an SQS-subscribed topic."""

import aws_cdk as cdk
from aws_cdk import aws_ses as ses
from aws_cdk import aws_ses_actions as actions
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subscriptions
from aws_cdk import aws_sqs as sqs

TEST_WORKMAIL_DOMAIN = "cdk-test-123.awsapps.com"
TEST_ORGANIZATION_ARN = "arn:aws:workmail:us-east-1:339712719728:organization/m-b38dcbf130a2429ea3f12d56a6c5dfc3"

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-ses-workmail-receipt")
topic = sns.Topic(stack, "Topic")
rule_set = ses.ReceiptRuleSet(stack, "RuleSet", drop_spam=True)
rule_set.add_rule(
    "WorkmailRule",
    actions=[actions.WorkMail(organization_arn=TEST_ORGANIZATION_ARN, topic=topic)],
    receipt_rule_name="WorkmailRule",
    recipients=[TEST_WORKMAIL_DOMAIN],
    scan_enabled=True,
    tls_policy=ses.TlsPolicy.REQUIRE,
)
queue = sqs.Queue(stack, "NotificationQueue")
topic.add_subscription(subscriptions.SqsSubscription(queue))
app.synth()
