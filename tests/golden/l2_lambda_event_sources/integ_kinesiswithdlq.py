"""Port of aws-cdk integ.kinesiswithdlq.ts: a Kinesis source whose failed records go to an SQS queue."""

import aws_cdk as cdk
from aws_cdk import App, CfnOutput, Stack
from aws_cdk import aws_kinesis as kinesis
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sqs as sqs
from aws_cdk.aws_lambda_event_sources import KinesisEventSource, SqsDlq
from constructs import Construct

HANDLER = """async function handler(event) {
    console.log('event:', JSON.stringify(event, undefined, 2));
    throw new Error();
}"""


class KinesisWithDLQTest(Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        fn = lambda_.Function(self, "F", runtime=lambda_.Runtime.NODEJS_20_X, handler="index.handler",
                              code=lambda_.Code.from_inline(f"exports.handler = {HANDLER}"))
        CfnOutput(self, "FunctionArn", value=fn.function_arn)
        stream = kinesis.Stream(self, "S")
        CfnOutput(self, "InputKinesisStreamName", value=stream.stream_name)
        dlq = sqs.Queue(self, "Q")
        CfnOutput(self, "DlqSqsQueueUrl", value=dlq.queue_url)
        fn.add_event_source(KinesisEventSource(stream, starting_position=lambda_.StartingPosition.TRIM_HORIZON,
                                               on_failure=SqsDlq(dlq), retry_attempts=0))


app = App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
KinesisWithDLQTest(app, "lambda-event-source-kinesis-with-dlq")
app.synth()
