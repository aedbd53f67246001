"""A VPC with every default in an env-agnostic stack: two AZs from Fn::GetAZs, public and private subnets, NATs."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "VpcDefaults")
vpc = ec2.Vpc(stack, "Vpc")
cdk.CfnOutput(stack, "VpcId", value=vpc.vpc_id)
cdk.CfnOutput(stack, "VpcArn", value=vpc.vpc_arn)
cdk.CfnOutput(stack, "Cidr", value=vpc.vpc_cidr_block)
cdk.CfnOutput(stack, "DefaultSg", value=vpc.vpc_default_security_group)
cdk.CfnOutput(stack, "Igw", value=vpc.internet_gateway_id)
cdk.CfnOutput(stack, "Azs", value=cdk.Fn.join(",", vpc.availability_zones))
cdk.CfnOutput(stack, "PrivateIds", value=cdk.Fn.join(",", vpc.select_subnets().subnet_ids))
cdk.CfnOutput(stack, "PublicIds", value=cdk.Fn.join(",", vpc.select_subnets(subnet_type=ec2.SubnetType.PUBLIC).subnet_ids))
cdk.CfnOutput(stack, "RouteTable", value=vpc.public_subnets[1].route_table.route_table_id)
app.synth()
