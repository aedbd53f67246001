"""SecurityGroup lookups through the security-group context provider (dummy value while missing)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "SgLookup", env=cdk.Environment(account="123456789012", region="us-east-1"))
by_id = ec2.SecurityGroup.from_lookup_by_id(stack, "ById", "sg-11112222")
vpc = ec2.Vpc.from_vpc_attributes(stack, "Vpc", vpc_id="vpc-0123abcd", availability_zones=["us-east-1a"])
by_name = ec2.SecurityGroup.from_lookup_by_name(stack, "ByName", "my-group", vpc)
by_id.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(80))
by_name.add_egress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(81))
cdk.CfnOutput(stack, "Id", value=by_id.security_group_id)
cdk.CfnOutput(stack, "Outbound", value=str(by_name.allow_all_outbound))
app.synth()
