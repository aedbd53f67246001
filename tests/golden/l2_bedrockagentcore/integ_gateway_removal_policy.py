"""Port of aws-bedrockagentcore integ.gateway-removal-policy: ``apply_removal_policy`` on a gateway sets the
deletion and update-replace policies of its ``CfnGateway``."""

import aws_cdk as cdk
from aws_cdk import aws_bedrockagentcore as agentcore

app = cdk.App()
stack = cdk.Stack(app, "BedrockAgentCoreGatewayRemovalPolicyIntegTest")

gateway = agentcore.Gateway(
    stack, "RemovalPolicyGateway", gateway_name="integ-test-removal-policy-gateway",
    description="Gateway used to verify applyRemovalPolicy on the L2",
    authorizer_configuration=agentcore.GatewayAuthorizer.with_no_auth(),
)
gateway.apply_removal_policy(cdk.RemovalPolicy.DESTROY)
app.synth()
