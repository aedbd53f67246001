"""Port of aws-cdk's aws-globalaccelerator integ.globalaccelerator-endpoints.ts: a listener with an ALB endpoint
group and the accelerator's security group as a peer."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_globalaccelerator as ga
from aws_cdk import aws_globalaccelerator_endpoints as endpoints

app = cdk.App()
stack = cdk.Stack(app, "global-accelerator-endpoints2")
vpc = ec2.Vpc(stack, "Vpc")
accelerator = ga.Accelerator(stack, "Accelerator")
listener = accelerator.add_listener("Listener", port_ranges=[ga.PortRange(from_port=80), ga.PortRange(from_port=443)])
alb = elbv2.ApplicationLoadBalancer(stack, "ALB", vpc=vpc)
alb.apply_removal_policy(cdk.RemovalPolicy.DESTROY)
group = listener.add_endpoint_group("Group", endpoints=[endpoints.ApplicationLoadBalancerEndpoint(alb)])
group.connections_peer("Peer", vpc)
app.synth()
