"""Logical IDs: override_logical_id and stack.rename_logical_id."""

import aws_cdk as cdk

from constructs import Construct

app = cdk.App()
stack = cdk.Stack(app, "LogicalIdOverrides")

plain = cdk.CfnResource(Construct(stack, "Group"), "Resource", type="AWS::SNS::Topic")
overridden = cdk.CfnResource(Construct(stack, "Other"), "Resource", type="AWS::SNS::Topic")
overridden.override_logical_id("MyExplicitId")

stack.rename_logical_id("RenameMeItem87AB091C", "Renamed")
cdk.CfnResource(Construct(stack, "RenameMe"), "Item", type="AWS::SQS::Queue")

# References follow the final logical IDs.
cdk.CfnResource(
    stack, "Consumer", type="AWS::SQS::Queue",
    properties={"A": plain.ref, "B": overridden.ref, "C": overridden.get_att("Arn")},
)
cdk.CfnOutput(stack, "Out", value=overridden.ref).override_logical_id("OutputRenamed")

app.synth()
