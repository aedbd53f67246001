"""Queue grants to a role: send, consume, purge and custom actions."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "QueueGrants")
queue = sqs.Queue(stack, "Queue")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
queue.grant_send_messages(role)
queue.grant_consume_messages(role)
queue.grant_purge(role)
queue.grant(role, "sqs:ListQueueTags", "sqs:TagQueue")
other = iam.Role(stack, "Other", assumed_by=iam.AccountRootPrincipal())
queue.grant_send_messages(other)
app.synth()
