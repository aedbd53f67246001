"""Port of aws-cdk's aws-elasticloadbalancingv2 integ.nlb-lookup.ts (a fixed environment instead of the CLI's):
NLBs and target groups imported by hard-coded ARNs, imported stack outputs and cross-stack references, with
metric alarms (the full names are split out of token ARNs)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_elasticloadbalancingv2_targets as targets

app = cdk.App()
env = cdk.Environment(account="123456789012", region="us-west-2")
stack_with_lb = cdk.Stack(app, "aws-cdk-elbv2-StackWithLb", env=env)
vpc = ec2.Vpc(stack_with_lb, "VPC", max_azs=2, vpc_name="my-vpc-name")
lb = elbv2.NetworkLoadBalancer(
    stack_with_lb, "LB", vpc=vpc, internet_facing=True, load_balancer_name="my-load-balancer"
)
listener = lb.add_listener("Listener", port=443)
group = listener.add_targets("TargetGroup", port=443, targets=[targets.IpTarget("10.0.1.1")])
cdk.CfnOutput(stack_with_lb, "NlbArn", value=lb.load_balancer_arn, export_name="NlbArn")
cdk.CfnOutput(stack_with_lb, "TgArn", value=group.target_group_arn, export_name="TgArn")

stack = cdk.Stack(app, "aws-cdk-elbv2-integ-StackUnderTest", env=env)
for name, arn in (
    ("NlbByHardcodedArn",
     "arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/network/my-load-balancer/50dc6c495c0c9188"),
    ("NlbByCfnOutputsFromAnotherStackOutsideCdk", cdk.Fn.import_value("NlbArn")),
    ("NlbByCfnOutputsFromAnotherStackWithinCdk", lb.load_balancer_arn),
):
    imported = elbv2.NetworkLoadBalancer.from_network_load_balancer_attributes(stack, name, load_balancer_arn=arn)
    imported.metrics.active_flow_count().create_alarm(stack, f"{name}_AlarmFlowCount", evaluation_periods=1, threshold=0)
for name, tg_arn, lb_arns in (
    ("TgByHardcodedArn",
     "arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/my-target-group/50dc6c495c0c9188",
     "arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/net/my-load-balancer/50dc6c495c0c9188"),
    ("TgByCfnOutputsFromAnotherStackOutsideCdk", cdk.Fn.import_value("TgArn"), cdk.Fn.import_value("NlbArn")),
    ("TgByCfnOutputsFromAnotherStackWithinCdk", group.target_group_arn, lb.load_balancer_arn),
):
    imported_tg = elbv2.NetworkTargetGroup.from_target_group_attributes(
        stack, name, target_group_arn=tg_arn, load_balancer_arns=lb_arns
    )
    imported_tg.metrics.healthy_host_count().create_alarm(
        stack, f"{name}_HealthyHostCount", evaluation_periods=1, threshold=0
    )
app.synth()
