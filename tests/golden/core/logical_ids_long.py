"""Logical IDs: very long ids (truncation + hash) and integer-like ids, which JS orders first."""

import aws_cdk as cdk

from constructs import Construct

app = cdk.App()
stack = cdk.Stack(app, "LongAndIntegerIds")

cdk.CfnResource(Construct(stack, "A" * 250), "Child", type="AWS::SNS::Topic")
cdk.CfnResource(stack, "x" * 300, type="AWS::SNS::Topic")  # single component over 255 -> hashed
cdk.CfnResource(stack, "y" * 255, type="AWS::SNS::Topic")  # exactly 255 -> verbatim

# Children with canonical integer ids come first, in numeric order.
for id in ["Z", "10", "2", "A", "01", "3x"]:
    cdk.CfnResource(stack, id, type="AWS::SQS::Queue", properties={"Id": id})

group = Construct(stack, "Group")
for id in ["b", "7", "a", "0"]:
    cdk.CfnResource(group, id, type="AWS::SQS::Queue")

app.synth()
