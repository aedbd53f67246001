"""Security group rules between stacks: the rule lives in the stack of the peer that asked for it."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
net = cdk.Stack(app, "Net")
vpc = ec2.Vpc(net, "Vpc", max_azs=1, nat_gateways=0)
lb = ec2.SecurityGroup(net, "Lb", vpc=vpc)
app_stack = cdk.Stack(app, "App")
server = ec2.SecurityGroup(app_stack, "Server", vpc=vpc, allow_all_outbound=False)
server.connections.allow_from(lb, ec2.Port.tcp(8080), "from lb")
server.connections.allow_to(lb, ec2.Port.tcp(9090))
app.synth()
