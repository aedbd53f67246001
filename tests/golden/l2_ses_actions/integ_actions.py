"""Port of aws-cdk's integ.actions.ts: every receipt rule action, a drop-spam rule and an SQS-subscribed topic."""

import aws_cdk as cdk
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_ses as ses
from aws_cdk import aws_ses_actions as actions
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subscriptions
from aws_cdk import aws_sqs as sqs

TEST_WORKMAIL_DOMAIN = "cdk-test-123.awsapps.com"
TEST_ORGANIZATION_ARN = "arn:aws:workmail:us-east-1:339712719728:organization/m-5ea60ed9e37442c388898996f05c17ac"
TEST_EMAIL = f"test@{TEST_WORKMAIL_DOMAIN}"

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-ses-receipt")

topic = sns.Topic(stack, "Topic")
fn = lambda_.Function(
    stack,
    "Function",
    code=lambda_.Code.from_inline("exports.handler = async (event) => event;"),
    handler="index.handler",
    runtime=lambda_.Runtime.NODEJS_18_X,
)
bucket = s3.Bucket(stack, "Bucket")
kms_key = kms.Key(stack, "Key")
rule_set = ses.ReceiptRuleSet(stack, "RuleSet", drop_spam=True)

first_rule = rule_set.add_rule(
    "FirstRule",
    actions=[
        actions.WorkMail(organization_arn=TEST_ORGANIZATION_ARN, topic=topic),
        actions.AddHeader(name="X-My-Header", value="value"),
        actions.Lambda(function=fn, invocation_type=actions.LambdaInvocationType.REQUEST_RESPONSE, topic=topic),
        actions.S3(bucket=bucket, kms_key=kms_key, object_key_prefix="emails/", topic=topic),
        actions.Sns(encoding=actions.EmailEncoding.BASE64, topic=topic),
    ],
    receipt_rule_name="FirstRule",
    recipients=[TEST_EMAIL],
    scan_enabled=True,
    tls_policy=ses.TlsPolicy.REQUIRE,
)
first_rule.add_action(
    actions.Bounce(sender=TEST_EMAIL, template=actions.BounceTemplate.MESSAGE_CONTENT_REJECTED, topic=topic)
)
second_rule = rule_set.add_rule("SecondRule")
second_rule.add_action(actions.Stop(topic=topic))

queue = sqs.Queue(stack, "NotificationQueue")
topic.add_subscription(subscriptions.SqsSubscription(queue))
app.synth()
