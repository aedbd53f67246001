"""Port of aws-cdk integ.destinations.ts: SNS, SQS, EventBridge (default bus), Lambda and S3 destinations on
functions and an alias (``fn.addVersion(name)`` written as the ``Version`` it created)."""

import aws_cdk as cdk
from aws_cdk import Duration, Stack
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_lambda_destinations as destinations
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs
from constructs import Construct

CODE = """exports.handler = async (event) => {
        if (event.status === 'OK') return 'success';
        throw new Error('failure');
      };"""


class TestStack(Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        topic = sns.Topic(self, "Topic")
        self.queue = sqs.Queue(self, "Queue")
        self.fn = lambda_.Function(
            self, "SnsSqs", runtime=lambda_.Runtime.NODEJS_20_X, handler="index.handler",
            code=lambda_.Code.from_inline(CODE),
            on_failure=destinations.SnsDestination(topic),
            on_success=destinations.SqsDestination(self.queue),
            max_event_age=Duration.hours(3), retry_attempts=1)
        on_success_lambda = lambda_.Function(
            self, "OnSucces", runtime=lambda_.Runtime.NODEJS_20_X, handler="index.handler",
            code=lambda_.Code.from_inline("""exports.handler = async (event) => {
        console.log(event);
      };"""))
        lambda_.Function(
            self, "EventBusLambda", runtime=lambda_.Runtime.NODEJS_20_X, handler="index.handler",
            code=lambda_.Code.from_inline(CODE),
            on_failure=destinations.EventBridgeDestination(),
            on_success=destinations.LambdaDestination(on_success_lambda))
        success_bucket = s3.Bucket(self, "OnSuccessBucket")
        failure_bucket = s3.Bucket(self, "OnFailureBucket")
        lambda_.Function(
            self, "S3", runtime=lambda_.Runtime.NODEJS_20_X, handler="index.handler",
            code=lambda_.Code.from_inline(CODE),
            on_failure=destinations.S3Destination(failure_bucket),
            on_success=destinations.S3Destination(success_bucket),
            max_event_age=Duration.hours(4), retry_attempts=2)
        # addVersion (gone from the Python API) was `new Version(fn, "Version" + name, { lambda: fn })`
        version = lambda_.Version(self.fn, "VersionMySpecialVersion", lambda_=self.fn)
        lambda_.Alias(
            self, "MySpecialAlias", alias_name="MySpecialAlias", version=version,
            on_success=destinations.SqsDestination(self.queue),
            on_failure=destinations.SnsDestination(topic),
            max_event_age=Duration.hours(2), retry_attempts=0)


app = cdk.App()
TestStack(app, "aws-cdk-lambda-destinations")
app.synth()
