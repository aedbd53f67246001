"""Port of aws-cdk's integ.user-pool-threat-protection.ts."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk.aws_cognito import CustomThreatProtectionMode, FeaturePlan, StandardThreatProtectionMode, UserPool

app = App(context={"@aws-cdk/core:disableGitSource": True})
stack = Stack(app, "integ-user-pool-threat-protection")

UserPool(
    stack,
    "userpool-standard-threat-protection",
    feature_plan=FeaturePlan.PLUS,
    standard_threat_protection_mode=StandardThreatProtectionMode.FULL_FUNCTION,
    removal_policy=RemovalPolicy.DESTROY,
)
UserPool(
    stack,
    "userpool-custom-threat-protection",
    feature_plan=FeaturePlan.PLUS,
    custom_threat_protection_mode=CustomThreatProtectionMode.FULL_FUNCTION,
    removal_policy=RemovalPolicy.DESTROY,
)

app.synth()
