"""integ.send-message-encrypted: SqsSendMessage to a KMS-encrypted queue."""

import aws_cdk as cdk
from aws_cdk import aws_sqs as sqs
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_stepfunctions_tasks import SqsSendMessage

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-tasks-sqs-send-message-integ")
queue = sqs.Queue(stack, "show-me-the-messages", encryption=sqs.QueueEncryption.KMS)
send_message_task = SqsSendMessage(stack, "send message to sqs", queue=queue,
                                   message_body=sfn.TaskInput.from_text("sending message over"))
final_status = sfn.Pass(stack, "Final step")
chain = sfn.Chain.start(send_message_task).next(final_status)
sm = sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(chain),
                      timeout=cdk.Duration.seconds(30))
cdk.CfnOutput(stack, "stateMachineArn", value=sm.state_machine_arn)
cdk.CfnOutput(stack, "queueUrl", value=queue.queue_url)
app.synth()
