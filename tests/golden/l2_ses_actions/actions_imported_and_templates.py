"""Actions with an imported function and bucket (warnings, no dependency), a KMS alias for SES, every bounce template."""

import aws_cdk as cdk
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_ses as ses
from aws_cdk import aws_ses_actions as actions
from aws_cdk import aws_sns as sns

app = cdk.App()
stack = cdk.Stack(app, "SesActionsImported")

fn = lambda_.Function.from_function_arn(stack, "Fn", "arn:aws:lambda:us-east-1:123456789012:function:handler")
bucket = s3.Bucket.from_bucket_name(stack, "Bucket", "mail-archive")
ses_key = kms.Alias.from_alias_name(stack, "SesKey", "alias/aws/ses")
rule_set = ses.ReceiptRuleSet.from_receipt_rule_set_name(stack, "Imported", "existing-rule-set")
rule = ses.ReceiptRule(
    stack,
    "Rule",
    rule_set=rule_set,
    enabled=False,
    actions=[
        actions.Lambda(function=fn),
        actions.S3(bucket=bucket, kms_key=ses_key),
        actions.Stop(),
        actions.Sns(topic=sns.Topic(stack, "T")),
    ],
)
for index, template in enumerate(
    (
        actions.BounceTemplate.MAILBOX_DOES_NOT_EXIST,
        actions.BounceTemplate.MESSAGE_TOO_LARGE,
        actions.BounceTemplate.MAILBOX_FULL,
        actions.BounceTemplate.TEMPORARY_FAILURE,
        actions.BounceTemplate(message="Custom", smtp_reply_code="550"),
    )
):
    ses.ReceiptRule(
        stack,
        f"Bounce{index}",
        rule_set=rule_set,
        after=rule,
        actions=[actions.Bounce(sender="noreply@example.com", template=template)],
    )
app.synth()
