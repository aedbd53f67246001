"""Port of aws-cdk integ.capacity-provider-all-fields.ts: a capacity provider with an operator role, an
architecture, an instance type filter, a vCPU limit and manual scaling."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "CapacityProviderAllFieldsStack")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2)
security_group = ec2.SecurityGroup(stack, "SecurityGroup", vpc=vpc)
operator_role = iam.Role(stack, "OperatorRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
                         managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name(
                             "AWSLambdaManagedEC2ResourceOperator")])
lambda_.CapacityProvider(
    stack, "CapacityProvider", subnets=vpc.private_subnets, security_groups=[security_group],
    operator_role=operator_role, architectures=[lambda_.Architecture.X86_64],
    instance_type_filter=lambda_.InstanceTypeFilter.allow(
        [ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.LARGE)]),
    max_v_cpu_count=12,
    scaling_options=lambda_.ScalingOptions.manual([lambda_.TargetTrackingScalingPolicy.cpu_utilization(70)]))
app.synth()
