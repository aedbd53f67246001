"""Every RemovalPolicy, and the apply_removal_policy options."""

import aws_cdk as cdk
from aws_cdk import RemovalPolicy

app = cdk.App()
stack = cdk.Stack(app, "RemovalPolicies")


def queue(id: str) -> cdk.CfnResource:
    return cdk.CfnResource(stack, id, type="AWS::RDS::DBInstance")


queue("Destroy").apply_removal_policy(RemovalPolicy.DESTROY)
queue("Retain").apply_removal_policy(RemovalPolicy.RETAIN)
queue("Snapshot").apply_removal_policy(RemovalPolicy.SNAPSHOT)
queue("RetainOnUpdateOrDelete").apply_removal_policy(RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE)
queue("DeletionOnly").apply_removal_policy(RemovalPolicy.RETAIN, apply_to_update_replace_policy=False)
queue("FromDefault").apply_removal_policy(None, default=RemovalPolicy.SNAPSHOT)
queue("ExplicitBeatsDefault").apply_removal_policy(RemovalPolicy.DESTROY, default=RemovalPolicy.RETAIN)
twice = queue("AppliedTwice")
twice.apply_removal_policy(RemovalPolicy.RETAIN)
twice.apply_removal_policy(RemovalPolicy.DESTROY, apply_to_update_replace_policy=False)
queue("None")

app.synth()
