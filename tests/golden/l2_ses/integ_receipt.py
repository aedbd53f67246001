"""Port of aws-cdk's integ.receipt.ts: a rule set with the drop-spam rule, two rules and an allow-list filter."""

import aws_cdk as cdk
from aws_cdk import aws_ses as ses

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "aws-cdk-ses-receipt")

rule_set = ses.ReceiptRuleSet(stack, "RuleSet", drop_spam=True)
rule_set.add_rule(
    "FirstRule",
    receipt_rule_name="FirstRule",
    recipients=["cdk-ses-receipt-test@yopmail.com"],
    scan_enabled=True,
    tls_policy=ses.TlsPolicy.REQUIRE,
)
rule_set.add_rule("SecondRule")
ses.AllowListReceiptFilter(stack, "Allowlist", ips=["10.0.0.0/16"])
app.synth()
