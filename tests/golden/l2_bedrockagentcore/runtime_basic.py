"""Runtime from an ECR repository and an image URI: execution role, policies, endpoints, grants."""

import aws_cdk as cdk
from aws_cdk import aws_bedrockagentcore as agentcore
from aws_cdk import aws_ecr as ecr
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "AgentCoreRuntime")

repo = ecr.Repository(stack, "Repo", repository_name="my-agent")
runtime = agentcore.Runtime(
    stack,
    "Runtime",
    runtime_name="my_runtime",
    agent_runtime_artifact=agentcore.AgentRuntimeArtifact.from_ecr_repository(repo, "v1.0.0"),
    description="A runtime",
    environment_variables={"LOG_LEVEL": "debug"},
    tags={"team": "ai"},
    protocol_configuration=agentcore.ProtocolType.MCP,
    lifecycle_configuration=agentcore.LifecycleConfiguration(
        idle_runtime_session_timeout=cdk.Duration.minutes(10), max_lifetime=cdk.Duration.hours(2)
    ),
    request_header_configuration=agentcore.RequestHeaderConfiguration(allowlisted_headers=["X-Amzn-Custom"]),
)
runtime.add_endpoint("prod", description="Production", version="1")

role = iam.Role(stack, "Invoker", assumed_by=iam.AccountRootPrincipal())
runtime.grant_invoke(role)

agentcore.Runtime(
    stack,
    "ImageRuntime",
    agent_runtime_artifact=agentcore.AgentRuntimeArtifact.from_image_uri(
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/agent:latest"
    ),
    authorizer_configuration=agentcore.RuntimeAuthorizerConfiguration.using_jwt(
        "https://example.com/.well-known/openid-configuration", ["client1"], ["aud1"]
    ),
)
app.synth()
