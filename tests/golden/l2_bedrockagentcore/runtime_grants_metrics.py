"""Runtime grants, metrics (in alarms), imports, S3 code, OAuth/JWT/IAM authorizers, platform version."""

import aws_cdk as cdk
from aws_cdk import aws_bedrockagentcore as agentcore
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "AgentCoreGrants")

bucket = s3.Bucket(stack, "Code")
runtime = agentcore.Runtime(
    stack,
    "Runtime",
    runtime_name="grants_runtime",
    agent_runtime_artifact=agentcore.AgentRuntimeArtifact.from_s3(
        s3.Location(bucket_name=bucket.bucket_name, object_key="agent.zip", object_version="version-1"),
        agentcore.AgentCoreRuntime.PYTHON_3_12,
        ["main.py"],
    ),
    platform_version=agentcore.PlatformVersion.V2,
    protocol_configuration=agentcore.ProtocolType.A2_A,
    authorizer_configuration=agentcore.RuntimeAuthorizerConfiguration.using_o_auth(
        "https://idp.example.com/.well-known/openid-configuration",
        "client",
        allowed_scopes=["agent"],
        custom_claims=[agentcore.RuntimeCustomClaim.with_string_array_value("groups", ["admins"])],
    ),
)
user = iam.User(stack, "User")
runtime.grant_invoke_runtime(user)
runtime.grant_invoke_runtime_for_user(user)
runtime.grant(["s3:GetObject"], [bucket.arn_for_objects("*")])
runtime.add_to_role_policy(iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"]))
endpoint = runtime.add_endpoint("live")

metrics = [
    runtime.metric_invocations(),
    runtime.metric_invocations_aggregated(),
    runtime.metric_throttles(period=cdk.Duration.minutes(1)),
    runtime.metric_system_errors(),
    runtime.metric_user_errors(),
    runtime.metric_latency(statistic="p99"),
    runtime.metric_total_errors(),
    runtime.metric_session_count(),
    runtime.metric_sessions_aggregated(),
    runtime.metric("Custom", dimensions_map={"Extra": "x"}, label="custom"),
]
for i, metric in enumerate(metrics):
    cloudwatch.Alarm(stack, f"Alarm{i}", metric=metric, threshold=1, evaluation_periods=1)

imported = agentcore.Runtime.from_agent_runtime_attributes(
    stack,
    "Imported",
    agent_runtime_arn="arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/imported-abcdefghij",
    agent_runtime_id="imported-abcdefghij",
    agent_runtime_name="imported",
    role_arn="arn:aws:iam::123456789012:role/imported",
)
imported.grant_invoke(user)
imported.grant(["s3:ListBucket"], [bucket.bucket_arn])
imported_endpoint = agentcore.RuntimeEndpoint.from_runtime_endpoint_attributes(
    stack,
    "ImportedEndpoint",
    agent_runtime_arn=imported.agent_runtime_arn,
    agent_runtime_endpoint_arn=imported.agent_runtime_arn + "/runtime-endpoint/ep",
    endpoint_name="ep",
)
cdk.CfnOutput(stack, "EndpointName", value=imported_endpoint.endpoint_name)
cdk.CfnOutput(stack, "LiveEndpointArn", value=endpoint.runtime_endpoint_ref.agent_runtime_endpoint_arn)
cdk.CfnOutput(stack, "AppLogGroupArn", value=runtime.application_log_group.log_group_arn)
cdk.CfnOutput(stack, "AppLogGroupName", value=runtime.application_log_group.log_group_name)
cdk.CfnOutput(stack, "RuntimeRefId", value=runtime.runtime_ref.agent_runtime_id)

agentcore.Runtime(
    stack,
    "JwtRuntime",
    agent_runtime_artifact=agentcore.AgentRuntimeArtifact.from_image_uri(
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/agent@sha256:abc"
    ),
    authorizer_configuration=agentcore.RuntimeAuthorizerConfiguration.using_jwt(
        "https://idp.example.com/.well-known/openid-configuration",
        allowed_audience=["aud"],
        custom_claims=[agentcore.RuntimeCustomClaim.with_string_value("tier", "gold")],
    ),
    environment_variables={},
)
agentcore.Runtime(
    stack,
    "IamRuntime",
    agent_runtime_artifact=agentcore.AgentRuntimeArtifact.from_image_uri(
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/agent:v2"
    ),
    authorizer_configuration=agentcore.RuntimeAuthorizerConfiguration.using_iam(),
    protocol_configuration=agentcore.ProtocolType.of("AGUI"),
    platform_version=agentcore.PlatformVersion.of("V1"),
)
app.synth()
