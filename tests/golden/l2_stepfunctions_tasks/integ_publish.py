"""integ.publish: SnsPublish to a standard topic and to a FIFO topic (group and deduplication ids)."""

import aws_cdk as cdk
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subs
from aws_cdk import aws_sqs as sqs
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_stepfunctions_tasks import SnsPublish

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "aws-stepfunctions-tasks-sns-publish-integ")
topic = sns.Topic(stack, "cool-topic")
queue = sqs.Queue(stack, "show-me-the-messages")
topic.add_subscription(subs.SqsSubscription(queue))
publish = SnsPublish(stack, "publish to SNS", topic=topic, message=sfn.TaskInput.from_text("sending message over"))
fifo_topic = sns.Topic(stack, "fifo-topic", fifo=True)
fifo_queue = sqs.Queue(stack, "fifo-queue", fifo=True)
fifo_topic.add_subscription(subs.SqsSubscription(fifo_queue))
publish_fifo = SnsPublish(stack, "publish to FIFO SNS", topic=fifo_topic,
                          message=sfn.TaskInput.from_text("sending message over"),
                          message_group_id="message-group-id", message_deduplication_id="message-deduplication-id")
chain = sfn.Chain.start(publish).next(publish_fifo).next(sfn.Pass(stack, "Final step"))
sm = sfn.StateMachine(stack, "StateMachine", definition=chain, timeout=cdk.Duration.seconds(30))
cdk.CfnOutput(stack, "stateMachineArn", value=sm.state_machine_arn)
cdk.CfnOutput(stack, "queueUrl", value=queue.queue_url)
cdk.CfnOutput(stack, "fifoQueueUrl", value=fifo_queue.queue_url)
app.synth()
