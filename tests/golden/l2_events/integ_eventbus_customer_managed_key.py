"""Port of aws-events integ.eventbus-customer-managed-key: a bus encrypted with a customer managed key."""

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_kms as kms

app = cdk.App()
stack = cdk.Stack(app, "eventbue-customer-managed-key")
kms_key = kms.Key(stack, "KmsKey", removal_policy=cdk.RemovalPolicy.DESTROY)
events.EventBus(stack, "Bus", kms_key=kms_key)
app.synth()
