"""Prefix lists: IPv6 with a name and capacity, imports and lookups, as security group rule peers."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "PrefixLists", env=cdk.Environment(account="123456789012", region="us-east-1"))
v6 = ec2.PrefixList(
    stack,
    "V6",
    address_family=ec2.AddressFamily.IP_V6,
    prefix_list_name="office-v6",
    max_entries=10,
    entries=[ec2.CfnPrefixList.EntryProperty(cidr="2001:db8::/32", description="office")],
)
empty = ec2.PrefixList(stack, "Empty")
imported = ec2.PrefixList.from_prefix_list_id(stack, "Imported", "pl-0123abcd")
looked_up = ec2.PrefixList.from_lookup(stack, "LookedUp", prefix_list_name="com.amazonaws.us-east-1.s3")
vpc = ec2.Vpc.from_vpc_attributes(stack, "Vpc", vpc_id="vpc-0123abcd", availability_zones=["us-east-1a"])
sg = ec2.SecurityGroup(stack, "Sg", vpc=vpc, allow_all_outbound=False)
sg.add_ingress_rule(v6, ec2.Port.tcp(443))
sg.add_egress_rule(looked_up, ec2.Port.tcp(443))
sg.connections.allow_from(imported, ec2.Port.tcp(22))
cdk.CfnOutput(stack, "Ids", value=cdk.Fn.join(",", [v6.prefix_list_id, empty.prefix_list_name, imported.prefix_list_id]))
app.synth()
