"""Vpc.from_vpc_attributes and Vpc.from_lookup (missing context: the dummy VPC), and their subnet selections."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "VpcImports", env=cdk.Environment(account="123456789012", region="us-east-1"))
imported = ec2.Vpc.from_vpc_attributes(
    stack,
    "Imported",
    vpc_id="vpc-0123abcd",
    availability_zones=["us-east-1a", "us-east-1b"],
    vpc_cidr_block="10.0.0.0/16",
    public_subnet_ids=["s-pub1", "s-pub2"],
    private_subnet_ids=["s-priv1", "s-priv2", "s-priv3", "s-priv4"],
    private_subnet_names=["App", "Jobs"],
    private_subnet_route_table_ids=["rt-1", "rt-2", "rt-3", "rt-4"],
)
cdk.CfnOutput(stack, "ImportedId", value=imported.vpc_id)
cdk.CfnOutput(stack, "ImportedArn", value=imported.vpc_arn)
cdk.CfnOutput(stack, "ImportedCidr", value=imported.vpc_cidr_block)
cdk.CfnOutput(stack, "Jobs", value=cdk.Fn.join(",", imported.select_subnets(subnet_group_name="Jobs").subnet_ids))
cdk.CfnOutput(stack, "DefaultSelection", value=cdk.Fn.join(",", imported.select_subnets().subnet_ids))
cdk.CfnOutput(stack, "JobsRt", value=imported.private_subnets[2].route_table.route_table_id)
cdk.CfnOutput(stack, "OnePerAz", value=cdk.Fn.join(",", imported.select_subnets(one_per_az=True).subnet_ids))
cdk.CfnOutput(
    stack,
    "InAzB",
    value=cdk.Fn.join(",", imported.select_subnets(availability_zones=["us-east-1b"]).subnet_ids),
)
ec2.SecurityGroup(stack, "InImported", vpc=imported)
looked_up = ec2.Vpc.from_lookup(stack, "LookedUp", is_default=True)
cdk.CfnOutput(stack, "LookedUpId", value=looked_up.vpc_id)
cdk.CfnOutput(stack, "LookedUpArn", value=looked_up.vpc_arn)
cdk.CfnOutput(stack, "LookedUpPrivate", value=cdk.Fn.join(",", looked_up.select_subnets().subnet_ids))
tagged = ec2.Vpc.from_lookup(stack, "Tagged", tags={"team": "web"}, vpc_name="main")
cdk.CfnOutput(stack, "TaggedPublic", value=tagged.public_subnets[0].subnet_id)
app.synth()
