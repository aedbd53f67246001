"""Port of aws-bedrockagentcore integ.policy: policy engines (named, KMS-encrypted with tags, auto-named), raw Cedar
and built statements (permit/forbid, entity principals, gateway instances and types), validation modes,
``add_policy`` and gateways associated with an engine under auto-generated, mixed-case and parameter names."""

import aws_cdk as cdk
from aws_cdk import aws_kms as kms
from aws_cdk.aws_bedrockagentcore import (
    Gateway,
    GatewayAuthorizer,
    GatewayPolicyEngineConfig,
    Policy,
    PolicyAction,
    PolicyEffect,
    PolicyEngine,
    PolicyEngineMode,
    PolicyPrincipal,
    PolicyResource,
    PolicyStatement,
    PolicyValidationMode,
)

app = cdk.App()
stack = cdk.Stack(app, "PolicyIntegTestStack")

shared_gateway = Gateway(stack, "SharedGateway", gateway_name="policy-integ-gateway",
                         description="Shared gateway referenced by policies in this stack",
                         authorizer_configuration=GatewayAuthorizer.with_no_auth())
basic_engine = PolicyEngine(stack, "BasicPolicyEngine", policy_engine_name="basic_engine",
                            description="Basic policy engine for integration testing")
Policy(stack, "RawCedarPolicy", policy_engine=basic_engine, policy_name="raw_cedar_policy",
       description="Raw Cedar definition with constrained principal",
       statement=PolicyStatement.from_cedar("\n".join([
           "permit(",
           f'  principal == AgentCore::IamEntity::"arn:{cdk.Aws.PARTITION}:iam::{cdk.Aws.ACCOUNT_ID}:role/TestAgentRole",',
           "  action,",
           "  resource is AgentCore::Gateway",
           ");",
       ])))
kms_key = kms.Key(stack, "PolicyEngineKey", description="Encryption key for PolicyEngine", enable_key_rotation=True,
                  removal_policy=cdk.RemovalPolicy.DESTROY)
encrypted_engine = PolicyEngine(stack, "EncryptedPolicyEngine", policy_engine_name="encrypted_engine",
                                description="PolicyEngine with custom KMS encryption", kms_key=kms_key,
                                tags={"Environment": "Test", "Purpose": "Integration"})
Policy(stack, "BuilderSpecificPolicy", policy_engine=encrypted_engine, policy_name="builder_specific",
       description="Permit a specific OAuth user to use the shared gateway",
       statement=PolicyStatement(effect=PolicyEffect.PERMIT,
                                 principal=PolicyPrincipal.entity("AgentCore::OAuthUser", "user123"),
                                 action=PolicyAction.any(),
                                 resource=PolicyResource.instance("AgentCore::Gateway", shared_gateway.gateway_arn)))
Policy(stack, "BuilderIamPrincipalPolicy", policy_engine=encrypted_engine, policy_name="builder_iam_principal",
       description="Permit a specific IAM role to use any gateway",
       statement=PolicyStatement(
           effect=PolicyEffect.PERMIT,
           principal=PolicyPrincipal.entity(
               "AgentCore::IamEntity", f"arn:{cdk.Aws.PARTITION}:iam::{cdk.Aws.ACCOUNT_ID}:role/AnotherTestAgentRole"),
           action=PolicyAction.any(), resource=PolicyResource.any_of_type("AgentCore::Gateway")))
Policy(stack, "ForbidPolicy", policy_engine=encrypted_engine, policy_name="forbid_on_gateway",
       description="Forbid a specific OAuth user from using the shared gateway",
       statement=PolicyStatement(effect=PolicyEffect.FORBID,
                                 principal=PolicyPrincipal.entity("AgentCore::OAuthUser", "banned-user"),
                                 action=PolicyAction.any(),
                                 resource=PolicyResource.instance("AgentCore::Gateway", shared_gateway.gateway_arn)))
Policy(stack, "IgnoreFindingsPolicy", policy_engine=encrypted_engine, policy_name="ignore_findings",
       description="Policy that opts out of validation findings",
       statement=PolicyStatement(effect=PolicyEffect.PERMIT,
                                 principal=PolicyPrincipal.entity("AgentCore::OAuthUser", "admin"),
                                 action=PolicyAction.any(), resource=PolicyResource.any_of_type("AgentCore::Gateway")),
       validation_mode=PolicyValidationMode.IGNORE_ALL_FINDINGS)
Policy(stack, "BuilderRealisticUserPolicy", policy_engine=encrypted_engine, policy_name="builder_realistic_user",
       description="Permit a specific OAuth user (Cognito-style subject id) on the shared gateway",
       statement=PolicyStatement(
           effect=PolicyEffect.PERMIT,
           principal=PolicyPrincipal.entity("AgentCore::OAuthUser", "us-east-1:9f8e7d6c-5b4a-3210-fedc-ba9876543210"),
           action=PolicyAction.any(),
           resource=PolicyResource.instance("AgentCore::Gateway", shared_gateway.gateway_arn)),
       validation_mode=PolicyValidationMode.IGNORE_ALL_FINDINGS)

auto_named_engine = PolicyEngine(stack, "AutoNamedEngine", description="PolicyEngine with auto-generated name")
auto_named_engine.add_policy(
    "AutoPolicy1", description="First policy added via addPolicy()",
    statement=PolicyStatement(effect=PolicyEffect.PERMIT,
                              principal=PolicyPrincipal.entity("AgentCore::OAuthUser", "reader"),
                              action=PolicyAction.any(), resource=PolicyResource.any_of_type("AgentCore::Gateway")))
auto_named_engine.add_policy(
    "AutoPolicy2", description="Second policy added via addPolicy() (forbid)",
    statement=PolicyStatement(effect=PolicyEffect.FORBID,
                              principal=PolicyPrincipal.entity("AgentCore::OAuthUser", "auto-banned-user"),
                              action=PolicyAction.any(),
                              resource=PolicyResource.instance("AgentCore::Gateway", shared_gateway.gateway_arn)))
if len(auto_named_engine.policies) != 2:
    raise RuntimeError(f"Expected 2 policies on autoNamedEngine, got {len(auto_named_engine.policies)}")

associated_engine = PolicyEngine(stack, "AssociatedPolicyEngine",
                                 description="PolicyEngine associated with gateways via policyEngineConfiguration")
associated_engine.add_policy(
    "AssociatedGatewayPolicy", description="Permit a specific OAuth user on any gateway, evaluated by the associated engine",
    statement=PolicyStatement(effect=PolicyEffect.PERMIT,
                              principal=PolicyPrincipal.entity("AgentCore::OAuthUser", "associated-user"),
                              action=PolicyAction.any(), resource=PolicyResource.any_of_type("AgentCore::Gateway")))
Gateway(stack, "AutoNamedPolicyEngineGateway", description="Auto-named gateway with an associated policy engine",
        authorizer_configuration=GatewayAuthorizer.with_no_auth(),
        policy_engine_configuration=GatewayPolicyEngineConfig(policy_engine=associated_engine,
                                                               mode=PolicyEngineMode.ENFORCE))
Gateway(stack, "MixedCasePolicyEngineGateway", gateway_name="PolicyIntegMixedCase",
        description="Explicitly mixed-case named gateway with an associated policy engine",
        authorizer_configuration=GatewayAuthorizer.with_no_auth(),
        policy_engine_configuration=GatewayPolicyEngineConfig(policy_engine=associated_engine,
                                                               mode=PolicyEngineMode.ENFORCE))
gateway_name_param = cdk.CfnParameter(stack, "TokenGatewayName", type="String", default="policy-integ-token-named",
                                      description="Supplies the gateway name as a deploy-time token")
Gateway(stack, "TokenNamedPolicyEngineGateway", gateway_name=gateway_name_param.value_as_string,
        description="Gateway whose name is a deploy-time token, with an associated policy engine",
        authorizer_configuration=GatewayAuthorizer.with_no_auth(),
        policy_engine_configuration=GatewayPolicyEngineConfig(policy_engine=associated_engine,
                                                               mode=PolicyEngineMode.ENFORCE))
app.synth()
