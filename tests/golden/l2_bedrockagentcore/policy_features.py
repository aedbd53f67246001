"""Policy features beyond the integ tests: every principal, action and resource form, when/unless clauses with every
condition, a LOG_ONLY gateway association, imported engines (with a key) and policies, grants and metrics."""

import aws_cdk as cdk
from aws_cdk import aws_bedrockagentcore as agentcore
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "PolicyFeatures")

engine = agentcore.PolicyEngine(stack, "Engine", policy_engine_name="features_engine", tags={"team": "agents"})
A = agentcore.PolicyAttribute
C = agentcore.PolicyCondition
statement = agentcore.PolicyStatement(
    effect=agentcore.PolicyEffect.PERMIT,
    principal=agentcore.PolicyPrincipal.entity_type("AgentCore::OAuthUser"),
    action=agentcore.PolicyAction.any_of(["AgentCore::Action::\"search\"", "AgentCore::Action::list_items"]),
    resource=agentcore.PolicyResource.any_of_type("AgentCore::Gateway"),
    when=[
        C.string_equals(A.principal("department"), "engineering"),
        C.string_not_equals(A.context("input.mode"), "admin"),
        C.number_equals(A.context("input.count"), 3),
        C.number_not_equals(A.context("input.count"), 4),
        C.number_less_than(A.context("input.amount"), 100),
        C.number_less_than_or_equals(A.context("input.amount"), 200),
        C.number_greater_than(A.context("input.amount"), -5),
        C.number_greater_than_or_equals(A.context("input.amount"), 0),
        C.boolean_equals(A.principal("verified"), True),
        C.any_of([C.set_contains(A.principal("groups"), "admins"), C.ip_in_range(A.context("source-ip"),
                                                                               "10.0.0.0/8")]),
        C.all_of([C.string_in(A.resource("tier"), ["gold", "silver"]), C.number_in(A.context("input.n"), [1, 2])]),
        C.all_of([C.boolean_equals(A.context("if"), False)]),
    ],
    unless=[C.string_equals(A.principal("status"), "suspended")],
)
engine.add_policy("Conditions", statement=statement, policy_name="conditions", description="Conditions")
engine.add_policy("InGroup", statement=agentcore.PolicyStatement(
    effect=agentcore.PolicyEffect.FORBID,
    principal=agentcore.PolicyPrincipal.in_group("AgentCore::Group", "blocked"),
    action=agentcore.PolicyAction.one("AgentCore::Action::delete_item"),
    resource=agentcore.PolicyResource.any_of_type("AgentCore::Gateway")))
engine.add_policy("AnyPrincipal", statement=agentcore.PolicyStatement(
    effect=agentcore.PolicyEffect.PERMIT, principal=agentcore.PolicyPrincipal.any(),
    action=agentcore.PolicyAction.one("MyApp::Sub::Action::\"Get Item\""),
    resource=agentcore.PolicyResource.any_of_type("AgentCore::Gateway")),
    validation_mode=agentcore.PolicyValidationMode.of("IGNORE_ALL_FINDINGS"))

gateway = agentcore.Gateway(
    stack, "Gateway", gateway_name="LogOnlyGateway", authorizer_configuration=agentcore.GatewayAuthorizer.using_aws_iam(),
    policy_engine_configuration=agentcore.GatewayPolicyEngineConfig(policy_engine=engine,
                                                                    mode=agentcore.PolicyEngineMode.LOG_ONLY))
agentcore.Gateway(stack, "DefaultModeGateway", authorizer_configuration=agentcore.GatewayAuthorizer.using_aws_iam(),
                  policy_engine_configuration=agentcore.GatewayPolicyEngineConfig(policy_engine=engine))

imported_engine = agentcore.PolicyEngine.from_policy_engine_attributes(
    stack, "ImportedEngine",
    policy_engine_arn="arn:aws:bedrock-agentcore:us-east-1:123456789012:policy-engine/imported_engine-abc1234567",
    kms_key_arn="arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")
imported_policy = agentcore.Policy.from_policy_attributes(
    stack, "ImportedPolicy", policy_engine=imported_engine,
    policy_arn="arn:aws:bedrock-agentcore:us-east-1:123456789012:policy-engine/imported_engine-abc1234567/policy/p-1")

reader = iam.Role(stack, "Reader", assumed_by=iam.AccountRootPrincipal())
engine.grant_read(reader)
engine.grant_evaluate(reader)
imported_engine.grant(reader, "bedrock-agentcore:ListPolicies")
imported_engine.grant_evaluate_for_gateway(reader, gateway)
imported_policy.grant_read(reader)
engine.policies[0].grant(reader, "bedrock-agentcore:UpdatePolicy")
for i, metric in enumerate([
    engine.metric_authorizations(), engine.metric_authorization_latency(), engine.metric_denied_requests(),
    engine.metric_errors(period=cdk.Duration.minutes(1)), engine.policies[0].metric_evaluations(),
    engine.policies[0].metric_evaluation_latency(), imported_policy.metric("Custom", statistic="Maximum"),
]):
    cloudwatch.Alarm(stack, f"Alarm{i}", metric=metric, threshold=1, evaluation_periods=1)
cdk.CfnOutput(stack, "EngineId", value=engine.policy_engine_id)
cdk.CfnOutput(stack, "PolicyId", value=engine.policies[1].policy_id)
cdk.CfnOutput(stack, "ImportedEngineId", value=imported_engine.policy_engine_id)
cdk.CfnOutput(stack, "ImportedPolicyId", value=imported_policy.policy_id)
app.synth()
