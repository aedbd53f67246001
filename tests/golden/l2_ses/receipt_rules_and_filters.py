"""Receipt rules from props after the drop-spam rule, imported rules as ``after``, named filters."""

from aws_cdk import App, Stack
from aws_cdk import aws_ses as ses

app = App()
stack = Stack(app, "SesReceiptRules")

rule_set = ses.ReceiptRuleSet(
    stack,
    "RuleSet",
    receipt_rule_set_name="main-rules",
    drop_spam=True,
    rules=[
        ses.ReceiptRuleOptions(recipients=["a@example.com"], enabled=False),
        ses.ReceiptRuleOptions(recipients=["b@example.com"], tls_policy=ses.TlsPolicy.OPTIONAL),
    ],
)
imported = ses.ReceiptRule.from_receipt_rule_name(stack, "ImportedRule", "existing-rule")
rule_set.add_rule("AfterImported", after=imported, receipt_rule_name="after-imported")
other_set = ses.ReceiptRuleSet.from_receipt_rule_set_name(stack, "OtherSet", "other-rules")
with_set = ses.ReceiptRule.from_receipt_rule_attributes(
    stack, "WithSet", receipt_rule_name="rule-in-other", rule_set=other_set
)
other_set.add_rule("InOther", after=with_set, scan_enabled=False)
ses.ReceiptFilter(
    stack, "Allow", ip="192.168.1.0/24", policy=ses.ReceiptFilterPolicy.ALLOW, receipt_filter_name="allow-lan"
)
ses.ReceiptFilter(stack, "Block", ip="203.0.113.7/32")
ses.AllowListReceiptFilter(stack, "AllowList", ips=["10.0.0.0/8", "172.16.0.1/32"])
app.synth()
