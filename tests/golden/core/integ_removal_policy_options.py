"""Port of aws-cdk's core integ.removal-policy-options.ts (adapted: in 2.275 the removal policy options are taken
by the L1, ``bucket.node.default_child``, not by ``Bucket.apply_removal_policy``)."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "RemovalPolicyOptionsStack")

bucket = s3.Bucket(stack, "Bucket")
bucket.node.default_child.apply_removal_policy(cdk.RemovalPolicy.RETAIN, apply_to_update_replace_policy=False)

app.synth()
