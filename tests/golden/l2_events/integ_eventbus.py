"""Port of aws-events integ.eventbus: a bus with a dead-letter queue and two resource-policy statements."""

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_iam as iam
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "Stack")
dlq = sqs.Queue(stack, "DLQ")
bus = events.EventBus(stack, "Bus", dead_letter_queue=dlq, description="myEventBus")
bus.add_to_resource_policy(
    iam.PolicyStatement(
        effect=iam.Effect.ALLOW,
        principals=[iam.AccountPrincipal(stack.account)],
        actions=["events:PutEvents"],
        sid="Statement1",
        resources=[bus.event_bus_arn],
    )
)
bus.add_to_resource_policy(
    iam.PolicyStatement(
        effect=iam.Effect.ALLOW,
        principals=[iam.AccountPrincipal(stack.account)],
        actions=["events:PutRule"],
        sid="Statement2",
        resources=[bus.event_bus_arn],
    )
)
app.synth()
