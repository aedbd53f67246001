"""Custom code interpreters: generated name, VPC, grants, every metric (in alarms), import, given role."""

import aws_cdk as cdk
from aws_cdk import aws_bedrockagentcore as agentcore
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "AgentCoreCodeInterpreter")

vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
interpreter = agentcore.CodeInterpreterCustom(
    stack,
    "Interpreter",
    network_configuration=agentcore.CodeInterpreterNetworkConfiguration.using_vpc(stack, vpc=vpc),
)
interpreter.connections.allow_to_any_ipv4(ec2.Port.tcp(443))
user = iam.User(stack, "User")
interpreter.grant_read(user)
interpreter.grant_use(user)
interpreter.grant_invoke(user)
interpreter.grant(user, "bedrock-agentcore:Custom")

metrics = [
    interpreter.metric("Custom"),
    interpreter.metric_for_api_operation("Custom", "Op"),
    interpreter.metric_latency_for_api_operation("InvokeCodeInterpreter"),
    interpreter.metric_invocations_for_api_operation("InvokeCodeInterpreter"),
    interpreter.metric_errors_for_api_operation("InvokeCodeInterpreter"),
    interpreter.metric_throttles_for_api_operation("InvokeCodeInterpreter", period=cdk.Duration.minutes(1)),
    interpreter.metric_system_errors_for_api_operation("InvokeCodeInterpreter"),
    interpreter.metric_user_errors_for_api_operation("InvokeCodeInterpreter"),
    interpreter.metric_session_duration(),
]
for i, metric in enumerate(metrics):
    cloudwatch.Alarm(stack, f"Alarm{i}", metric=metric, threshold=1, evaluation_periods=1)

role = iam.Role(stack, "Given", assumed_by=iam.ServicePrincipal("bedrock-agentcore.amazonaws.com"))
agentcore.CodeInterpreterCustom(stack, "WithRole", execution_role=role, description="given role")

imported = agentcore.CodeInterpreterCustom.from_code_interpreter_custom_attributes(
    stack,
    "Imported",
    code_interpreter_arn="arn:aws:bedrock-agentcore:us-east-1:123456789012:code-interpreter-custom/ci-abcdefghij",
    role_arn="arn:aws:iam::123456789012:role/ci",
)
imported.grant_use(user)
cdk.CfnOutput(stack, "ImportedId", value=imported.code_interpreter_id)
cdk.CfnOutput(stack, "RefArn", value=interpreter.code_interpreter_custom_ref.code_interpreter_arn)
app.synth()
