"""Port of aws-bedrockagentcore integ.browser: custom browsers (grants; recording to S3 with signing and tags)."""

import aws_cdk as cdk
from aws_cdk import aws_bedrockagentcore as agentcore
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-bedrock-agentcore-browser-1")

browser = agentcore.BrowserCustom(stack, "Browser", browser_custom_name="browser")
agent_role = iam.Role(stack, "AgentRole", assumed_by=iam.ServicePrincipal("bedrock-agentcore.amazonaws.com"))
browser.grant_use(agent_role)
browser.grant_read(agent_role)

# The integ test also sets auto_delete_objects=True: that handler is each library's own code (its hash would differ
# in the asset manifests this suite compares), so it is left out here; s3's suites cover it.
recording_bucket = s3.Bucket(stack, "RecordingBucket", removal_policy=cdk.RemovalPolicy.DESTROY)
agentcore.BrowserCustom(
    stack,
    "BrowserWithRecording",
    browser_custom_name="browser_recording_integ",
    network_configuration=agentcore.BrowserNetworkConfiguration.using_public_network(),
    browser_signing=agentcore.BrowserSigning.ENABLED,
    recording_config=agentcore.RecordingConfig(
        enabled=True,
        s3_location=s3.Location(bucket_name=recording_bucket.bucket_name, object_key="browser-recordings/"),
    ),
    tags={"Environment": "Dev", "Team": "AI/ML", "Project": "AgentCore"},
)
app.synth()
