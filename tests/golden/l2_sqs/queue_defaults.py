"""sqs.Queue defaults (DESTROY), an explicit name, removal policies and attribute outputs."""

import aws_cdk as cdk
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "QueueDefaults")
plain = sqs.Queue(stack, "Queue")
named = sqs.Queue(stack, "Named", queue_name="my-queue")
sqs.Queue(stack, "Retained", removal_policy=cdk.RemovalPolicy.RETAIN)
kept = sqs.Queue(stack, "Kept")
kept.apply_removal_policy(cdk.RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE)
cdk.CfnOutput(stack, "Arn", value=plain.queue_arn)
cdk.CfnOutput(stack, "Url", value=plain.queue_url)
cdk.CfnOutput(stack, "Name", value=plain.queue_name)
cdk.CfnOutput(stack, "NamedArn", value=named.queue_arn)
cdk.CfnOutput(stack, "NamedName", value=named.queue_name)
cdk.CfnOutput(stack, "Fifo", value=str(plain.fifo))
app.synth()
