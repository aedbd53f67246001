"""Port of aws-cdk's core integ test integ.same-region-references-weak-string-list.ts (IntegTest dropped): a weak
reference to a list attribute."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ssm as ssm

app = cdk.App(context={"@aws-cdk/core:defaultCrossStackReferences": "weak"})

producing_stack = cdk.Stack(app, "SameRegionWeakStringListProducer", env=cdk.Environment(region="eu-central-1"))

vpc = ec2.CfnVPC(producing_stack, "Vpc", cidr_block="10.0.0.0/16")

ec2.CfnVPCCidrBlock(producing_stack, "SecondaryCidr", vpc_id=vpc.ref, cidr_block="10.1.0.0/16")

consuming_stack = cdk.Stack(app, "SameRegionWeakStringListConsumer", env=cdk.Environment(region="eu-central-1"))

ssm.StringParameter(
    consuming_stack,
    "ParamFromList",
    parameter_name="WEAK_STRING_LIST_TEST",
    string_value=cdk.Fn.select(1, vpc.attr_cidr_block_associations),
)

consuming_stack.add_dependency(producing_stack)

app.synth()
