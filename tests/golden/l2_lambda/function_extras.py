"""Function options beyond the basics: an imported code signing config, profiling, Lambda Insights and the Parameters and Secrets
extension by layer ARN, log_format with string log levels, VPC placement with given security groups and subnets."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "FunctionExtras")


def code():
    return lambda_.Code.from_inline("def handler(event, context): pass")


imported_csc = lambda_.CodeSigningConfig.from_code_signing_config_arn(
    stack, "ImportedSigning", "arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-0123456789abcdef0")
lambda_.Function(stack, "SignedImported", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                 code=code(), code_signing_config=imported_csc)
lambda_.Function(stack, "Profiled", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=code(),
                 profiling=True, environment={"KEY": "value"})
lambda_.Function(
    stack, "Extensions", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=code(),
    insights_version=lambda_.LambdaInsightsVersion.from_insight_version_arn(
        "arn:aws:lambda:us-east-1:580247275435:layer:LambdaInsightsExtension:53"),
    params_and_secrets=lambda_.ParamsAndSecretsLayerVersion.from_version_arn(
        "arn:aws:lambda:us-east-1:177933569100:layer:AWS-Parameters-and-Secrets-Lambda-Extension:11",
        cache_size=500, log_level=lambda_.ParamsAndSecretsLogLevel.DEBUG,
        parameter_store_ttl=cdk.Duration.seconds(120), secrets_manager_timeout=cdk.Duration.seconds(2)),
    log_format=lambda_.LogFormat.JSON.value, system_log_level="WARN", application_log_level="DEBUG",
)
vpc = ec2.Vpc(stack, "Vpc", max_azs=2)
sg = ec2.SecurityGroup(stack, "Sg", vpc=vpc, allow_all_outbound=False)
placed = lambda_.Function(
    stack, "Placed", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=code(), vpc=vpc,
    security_groups=[sg], vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
    allow_public_subnet=True, ipv6_allowed_for_dual_stack=False,
)
placed.connections.allow_to_any_ipv4(ec2.Port.tcp(443))
isolated = lambda_.Function(stack, "NoOutbound", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                            code=code(), vpc=vpc, allow_all_outbound=False)
isolated.connections.allow_to(placed, ec2.Port.tcp(8080))
app.synth()
