"""@aws-cdk/core:validateSnapshotRemovalPolicy off: SNAPSHOT on a queue (which cannot snapshot) is written as
asked, with a warning (on, synthesis fails: tests/feature_flags/test_feature_flag_honoured.py)."""

import aws_cdk as cdk
from aws_cdk import aws_sqs as sqs

app = cdk.App(context={"@aws-cdk/core:validateSnapshotRemovalPolicy": False})
stack = cdk.Stack(app, "SnapshotRemovalPolicy")
sqs.Queue(stack, "Queue", removal_policy=cdk.RemovalPolicy.SNAPSHOT)
cdk.CfnResource(stack, "Db", type="AWS::RDS::DBInstance").apply_removal_policy(cdk.RemovalPolicy.SNAPSHOT)
app.synth()
