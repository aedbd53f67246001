"""Port of aws-cdk's aws-glue integ.connection.ts: network connections on a subnet and on a VPC selection."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_glue as glue

app = cdk.App()
stack = cdk.Stack(app, "aws-glue-connection")
vpc = ec2.Vpc(stack, "Vpc", restrict_default_security_group=False)
sg = ec2.SecurityGroup(stack, "SecurityGroup", vpc=vpc)
glue.Connection(stack, "NetworkConnection", type=glue.ConnectionType.NETWORK,
                network=glue.ConnectionNetwork.subnet(vpc.private_subnets[0]), security_groups=[sg])
glue.Connection(stack, "NetworkConnectionFromVpc", type=glue.ConnectionType.NETWORK,
                network=glue.ConnectionNetwork.vpc(vpc, subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
                security_groups=[sg])
app.synth()
