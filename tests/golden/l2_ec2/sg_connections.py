"""Connections between security groups, default ports, internal rules and imported groups."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "SgConnections")
vpc = ec2.Vpc.from_vpc_attributes(stack, "Vpc", vpc_id="vpc-0123abcd", availability_zones=["us-east-1a"])
web = ec2.SecurityGroup(stack, "Web", vpc=vpc)
db = ec2.SecurityGroup(stack, "Db", vpc=vpc, allow_all_outbound=False)
web.connections.allow_to(db, ec2.Port.tcp(5432), "web to db")
db.connections.allow_from(web, ec2.Port.tcp(5433))
cluster = ec2.SecurityGroup(stack, "Cluster", vpc=vpc, allow_all_outbound=False)
cluster.connections.allow_internally(ec2.Port.tcp(7000))
svc = ec2.Connections(security_groups=[web], default_port=ec2.Port.tcp(8080))
svc.allow_default_port_from_any_ipv4("public")
svc.allow_default_port_from(db)
web.connections.allow_from_any_ipv4(ec2.Port.HTTP)
mutable = ec2.SecurityGroup.from_security_group_id(stack, "Mutable", "sg-aaaabbbb", allow_all_outbound=False)
immutable = ec2.SecurityGroup.from_security_group_id(stack, "Immutable", "sg-ccccdddd", mutable=False)
default_import = ec2.SecurityGroup.from_security_group_id(stack, "DefaultImport", "sg-eeeeffff")
mutable.connections.allow_from(web, ec2.Port.tcp(9000))
immutable.connections.allow_from(web, ec2.Port.tcp(9001))
default_import.connections.allow_from(db, ec2.Port.tcp(9002))
web.connections.allow_to(ec2.Peer.ipv4("10.9.0.0/16"), ec2.Port.tcp(1))
cdk.CfnOutput(stack, "Groups", value=cdk.Fn.join(",", [g.security_group_id for g in svc.security_groups]))
app.synth()
