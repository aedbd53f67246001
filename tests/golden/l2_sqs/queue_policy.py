"""Resource policies: enforce_ssl, add_to_resource_policy and an explicit QueuePolicy."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "QueuePolicy")
secure = sqs.Queue(stack, "Secure", enforce_ssl=True)
secure.add_to_resource_policy(
    iam.PolicyStatement(
        actions=["sqs:SendMessage"],
        principals=[iam.ServicePrincipal("events.amazonaws.com")],
        resources=[secure.queue_arn],
    )
)
a = sqs.Queue(stack, "A")
b = sqs.Queue(stack, "B")
policy = sqs.QueuePolicy(stack, "Shared", queues=[a, b])
policy.document.add_statements(
    iam.PolicyStatement(actions=["sqs:*"], principals=[iam.AccountRootPrincipal()], resources=[a.queue_arn, b.queue_arn])
)
app.synth()
