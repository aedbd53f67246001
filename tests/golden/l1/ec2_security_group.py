"""A VPC, a subnet and security groups with ingress and egress rules, inline and as separate resources."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "L1SecurityGroup")

vpc = ec2.CfnVPC(stack, "Vpc", cidr_block="10.0.0.0/16", enable_dns_hostnames=True, enable_dns_support=True)
subnet = ec2.CfnSubnet(
    stack,
    "Subnet",
    vpc_id=vpc.ref,
    cidr_block="10.0.0.0/24",
    availability_zone=cdk.Fn.select(0, cdk.Fn.get_azs()),
    map_public_ip_on_launch=False,
)

web = ec2.CfnSecurityGroup(
    stack,
    "Web",
    group_description="web servers",
    vpc_id=vpc.ref,
    security_group_ingress=[
        ec2.CfnSecurityGroup.IngressProperty(
            ip_protocol="tcp", from_port=443, to_port=443, cidr_ip="0.0.0.0/0", description="https"
        ),
        ec2.CfnSecurityGroup.IngressProperty(ip_protocol="tcp", from_port=80, to_port=80, cidr_ipv6="::/0"),
    ],
    security_group_egress=[ec2.CfnSecurityGroup.EgressProperty(ip_protocol="-1", cidr_ip="0.0.0.0/0")],
    tags=[{"key": "Name", "value": "web"}],
)
db = ec2.CfnSecurityGroup(stack, "Db", group_description="databases", vpc_id=vpc.ref)
ec2.CfnSecurityGroupIngress(
    stack,
    "DbFromWeb",
    group_id=db.attr_group_id,
    ip_protocol="tcp",
    from_port=5432,
    to_port=5432,
    source_security_group_id=web.attr_group_id,
)
ec2.CfnSecurityGroupEgress(
    stack,
    "DbOut",
    group_id=db.attr_group_id,
    ip_protocol="tcp",
    from_port=443,
    to_port=443,
    destination_prefix_list_id="pl-12345678",
)

cdk.CfnOutput(stack, "SubnetAz", value=subnet.attr_availability_zone)
cdk.CfnOutput(stack, "VpcCidrs", value=cdk.Fn.join(",", vpc.attr_cidr_block_associations))

app.synth()
