"""Port of aws-bedrockagentcore integ.policy-minimal: a policy engine with defaults and one raw Cedar policy."""

import aws_cdk as cdk
from aws_cdk.aws_bedrockagentcore import Policy, PolicyEngine, PolicyStatement

app = cdk.App()
stack = cdk.Stack(app, "PolicyMinimalIntegTestStack")

policy_engine = PolicyEngine(stack, "TestPolicyEngine")
Policy(stack, "TestPolicy", policy_engine=policy_engine, statement=PolicyStatement.from_cedar("\n".join([
    "permit(",
    '  principal == AgentCore::IamEntity::"arn:aws:iam::123456789012:role/TestAgentRole",',
    "  action,",
    "  resource is AgentCore::Gateway",
    ");",
])))
app.synth()
