"""Custom browsers: generated name, VPC, signing off, recording off, grants, every metric (in alarms), import."""

import aws_cdk as cdk
from aws_cdk import aws_bedrockagentcore as agentcore
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "AgentCoreBrowser")

vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
browser = agentcore.BrowserCustom(
    stack,
    "Browser",
    description="vpc browser",
    browser_signing=agentcore.BrowserSigning.DISABLED,
    recording_config=agentcore.RecordingConfig(enabled=False),
    network_configuration=agentcore.BrowserNetworkConfiguration.using_vpc(stack, vpc=vpc, allow_all_outbound=False),
)
browser.connections.allow_to_any_ipv4(ec2.Port.tcp(443))
user = iam.User(stack, "User")
browser.grant_read(user)
browser.grant_use(user)
browser.grant(user, "bedrock-agentcore:Custom")

metrics = [
    browser.metric("Custom"),
    browser.metric_for_api_operation("Custom", "Op"),
    browser.metric_latency_for_api_operation("StartBrowserSession"),
    browser.metric_invocations_for_api_operation("StartBrowserSession"),
    browser.metric_errors_for_api_operation("StartBrowserSession"),
    browser.metric_throttles_for_api_operation("StartBrowserSession"),
    browser.metric_system_errors_for_api_operation("StartBrowserSession"),
    browser.metric_user_errors_for_api_operation("StartBrowserSession"),
    browser.metric_session_duration(),
    browser.metric_take_over_count(),
    browser.metric_take_over_release_count(),
    browser.metric_take_over_duration(),
]
for i, metric in enumerate(metrics):
    cloudwatch.Alarm(stack, f"Alarm{i}", metric=metric, threshold=1, evaluation_periods=1)

imported = agentcore.BrowserCustom.from_browser_custom_attributes(
    stack,
    "Imported",
    browser_arn="arn:aws:bedrock-agentcore:us-east-1:123456789012:browser-custom/br-abcdefghij",
    role_arn="arn:aws:iam::123456789012:role/br",
)
imported.grant_read(user)
cdk.CfnOutput(stack, "ImportedId", value=imported.browser_id)
cdk.CfnOutput(stack, "RefArn", value=browser.browser_custom_ref.browser_arn)
app.synth()
