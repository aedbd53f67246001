"""Hand-written L1 X-Ray resources: the template pycdk's xray.Group / SamplingRule / ResourcePolicy must equal.

tests/l2/xray/test_xray_l1_equivalence.py builds the same stack with the L2s and compares byte for byte.
"""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_xray as xray
from constructs import Construct

app = cdk.App()
stack = cdk.Stack(app, "XRayResources")

# Group with a filter expression, Insights and notifications
errors = Construct(stack, "SlowCheckout")
xray.CfnGroup(
    errors, "Resource", group_name="slow-checkout",
    filter_expression='service("checkout") AND responsetime > 5',
    insights_configuration=xray.CfnGroup.InsightsConfigurationProperty(
        insights_enabled=True, notifications_enabled=True),
)
# Group with a generated name, no filter
plain = Construct(stack, "Everything")
plain_group = xray.CfnGroup(plain, "Resource", group_name=cdk.Names.unique_resource_name(plain, max_length=32))

# Sampling rule with every matcher and a rate boost
rule = Construct(stack, "CheckoutRule")
xray.CfnSamplingRule(
    rule, "Resource",
    sampling_rule=xray.CfnSamplingRule.SamplingRuleProperty(
        attributes={"tier": "gold"}, fixed_rate=0.25, host="shop.example.com", http_method="POST", priority=10,
        reservoir_size=5, resource_arn="*", rule_name="checkout-posts",
        sampling_rate_boost=xray.CfnSamplingRule.SamplingRateBoostProperty(cooldown_window_minutes=10,
                                                                           max_rate=0.5),
        service_name="checkout", service_type="AWS::ECS::Container", url_path="/api/checkout/*", version=1,
    ),
)
# Sampling rule with the defaults: match everything, generated name
catch_all = Construct(stack, "CatchAll")
xray.CfnSamplingRule(
    catch_all, "Resource",
    sampling_rule=xray.CfnSamplingRule.SamplingRuleProperty(
        fixed_rate=0.01, host="*", http_method="*", priority=9999, reservoir_size=0, resource_arn="*",
        rule_name=cdk.Names.unique_resource_name(catch_all, max_length=32), service_name="*", service_type="*",
        url_path="*", version=1,
    ),
)

# Resource policy letting SNS send traces, scoped to this account
policy = Construct(stack, "SnsTracing")
document = iam.PolicyDocument(statements=[iam.PolicyStatement(
    sid="SNSAccess", actions=["xray:PutTraceSegments", "xray:GetSamplingRules", "xray:GetSamplingTargets"],
    principals=[iam.ServicePrincipal("sns.amazonaws.com")], resources=["*"],
    conditions={"StringEquals": {"aws:SourceAccount": stack.account}},
)])
xray.CfnResourcePolicy(policy, "Resource", policy_name="sns-tracing",
                       policy_document=stack.to_json_string(document.to_json()))

# A role allowed to read the plain group
reader = iam.Role(stack, "Reader", assumed_by=iam.AccountRootPrincipal())
reader.add_to_principal_policy(iam.PolicyStatement(actions=["xray:GetGroup"],
                                                   resources=[plain_group.attr_group_arn]))
cdk.CfnOutput(stack, "GroupArn", value=plain_group.attr_group_arn)
app.synth()
