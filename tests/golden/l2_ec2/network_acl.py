"""Network ACLs: ICMP and port-range entries, deny rules, IPv6, names, and association with an imported subnet."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "NetworkAcls")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)
acl = ec2.NetworkAcl(stack, "Acl", vpc=vpc, network_acl_name="strict")
acl.add_entry("Ping", rule_number=10, traffic=ec2.AclTraffic.icmp(code=-1, type=8), cidr=ec2.AclCidr.any_ipv4())
acl.add_entry("Ping6", rule_number=11, traffic=ec2.AclTraffic.icmpv6(type=128), cidr=ec2.AclCidr.any_ipv6())
acl.add_entry(
    "DenyHigh",
    rule_number=20,
    traffic=ec2.AclTraffic.tcp_port_range(1024, 65535),
    cidr=ec2.AclCidr.ipv6("2001:db8::/32"),
    rule_action=ec2.Action.DENY,
)
acl.add_entry("All", rule_number=30, traffic=ec2.AclTraffic.all_traffic(), cidr=ec2.AclCidr.ipv4("10.0.0.0/8"))
acl.add_entry("Udp", rule_number=40, traffic=ec2.AclTraffic.udp_port_range(5000, 5010), cidr=ec2.AclCidr.any_ipv4())
acl.associate_with_subnet("Isolated", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)
imported = ec2.Subnet.from_subnet_attributes(stack, "Imported", subnet_id="subnet-0123abcd", route_table_id="rtb-1")
imported.associate_network_acl("Assoc", acl)
vpc.public_subnets[0].associate_network_acl("ByImport", ec2.NetworkAcl.from_network_acl_id(stack, "Existing", "acl-1234"))
app.synth()
