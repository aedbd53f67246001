"""CapacityProvider options beyond the integ tests: a name, a KMS key, system logs to a log group, excluded
instance types for ARM, automatic scaling; imports by name and ARN; a function on it with a latest-published
range of its own."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs

app = cdk.App()
stack = cdk.Stack(app, "CapacityProviderOptions", env=cdk.Environment(account="123456789012", region="us-east-1"))
vpc = ec2.Vpc(stack, "Vpc", max_azs=1)
sg = ec2.SecurityGroup(stack, "SG", vpc=vpc)
provider = lambda_.CapacityProvider(
    stack, "Named", capacity_provider_name="my-capacity", subnets=vpc.private_subnets, security_groups=[sg],
    kms_key=kms.Key(stack, "Key"), log_group=logs.LogGroup(stack, "Logs"),
    system_log_level=lambda_.SystemLogLevel.WARN, architectures=[lambda_.Architecture.ARM_64],
    instance_type_filter=lambda_.InstanceTypeFilter.exclude([ec2.InstanceType("c7g.large")]),
    max_v_cpu_count=64, scaling_options=lambda_.ScalingOptions.auto())
by_name = lambda_.CapacityProvider.from_capacity_provider_name(stack, "ByName", "other-capacity")
by_arn = lambda_.CapacityProvider.from_capacity_provider_arn(
    stack, "ByArn", "arn:aws:lambda:us-east-1:123456789012:capacity-provider:third")
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_13, handler="index.handler",
                      architecture=lambda_.Architecture.ARM_64, code=lambda_.Code.from_inline("def handler(e, c): pass"))
provider.add_function(fn, latest_published_scaling_config=lambda_.LatestPublishedScalingConfig(
    max_execution_environments=3))
cdk.CfnOutput(stack, "Names", value=f"{provider.capacity_provider_name},{by_name.capacity_provider_name},"
                                    f"{by_arn.capacity_provider_name}")
cdk.CfnOutput(stack, "Arns", value=f"{provider.capacity_provider_arn},{by_name.capacity_provider_arn}")
cdk.CfnOutput(stack, "Ref", value=provider.capacity_provider_ref.capacity_provider_arn)
app.synth()
