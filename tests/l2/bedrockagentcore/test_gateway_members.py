"""Members of gateways and policy engines as aws-cdk-lib 2.275 resolves them (values taken from the oracle)."""

from __future__ import annotations

from constructs import Stack
from l2 import bedrockagentcore as ac

GATEWAY = "GCEB75847"


def test_default_cognito_authorizer_members(stack: Stack) -> None:
    g = ac.Gateway(stack, "G")
    assert stack.resolve(g.oauth_scopes) == [
        {"Fn::Join": ["", [{"Ref": "GUserPoolResourceServerB8CD3467"}, "/read"]]},
        {"Fn::Join": ["", [{"Ref": "GUserPoolResourceServerB8CD3467"}, "/write"]]}]
    token = stack.resolve(g.token_endpoint_url)
    assert token["Fn::Join"][1][0] == "https://"
    assert token["Fn::Join"][1][-1] == ".amazoncognito.com/oauth2/token"
    assert stack.resolve(g.gateway_ref.gateway_identifier) == {"Fn::GetAtt": [GATEWAY, "GatewayIdentifier"]}
    assert stack.resolve(g.status_reason) == {"Fn::GetAtt": [GATEWAY, "StatusReasons"]}
    assert stack.resolve(g.tags) == {}
    assert stack.resolve(g.metric_target_type("LAMBDA").dimensions) == {
        "Operation": "InvokeGateway", "Protocol": "MCP", "Resource": {"Fn::GetAtt": [GATEWAY, "GatewayArn"]},
        "TargetType": "LAMBDA"}


def test_imported_gateway_and_policy_engine(stack: Stack) -> None:
    g = ac.Gateway(stack, "G", authorizer_configuration=ac.GatewayAuthorizer.using_aws_iam())
    imported = ac.Gateway.from_gateway_attributes(
        stack, "I", gateway_arn="arn:aws:bedrock-agentcore:us-east-1:1:gateway/x", gateway_id="x", gateway_name="x",
        role=g.role)
    assert imported.protocol_configuration.protocol_type == "MCP"
    assert imported.protocol_configuration.instructions == "Imported gateway"  # type: ignore[attr-defined]
    assert imported.protocol_configuration.search_type == "SEMANTIC"  # type: ignore[attr-defined]
    assert imported.authorizer_configuration.authorizer_type is ac.GatewayAuthorizerType.AWS_IAM
    engine = ac.PolicyEngine.from_policy_engine_attributes(
        stack, "PE", policy_engine_arn="arn:aws:bedrock-agentcore:us-east-1:123456789012:policy-engine/e-abc")
    assert engine.policy_engine_id == "e-abc"
