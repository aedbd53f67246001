"""Port of aws-cdk integ.s3.ts: bucket notifications with a prefix filter on an auto-deleting bucket."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from aws_cdk.aws_lambda_event_sources import S3EventSource
from constructs import Construct

HANDLER = """async function handler(event) {
    console.log('event:', JSON.stringify(event, undefined, 2));
    return { event };
}"""


class TestFunction(lambda_.Function):
    """The integ tests' test-function.ts."""

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id, handler="index.handler", code=lambda_.Code.from_inline(f"exports.handler = {HANDLER}"),
                         runtime=lambda_.Runtime.NODEJS_20_X)


class S3EventSourceTest(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        fn = TestFunction(self, "F")
        bucket = s3.Bucket(self, "B", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
        fn.add_event_source(S3EventSource(bucket, events=[s3.EventType.OBJECT_CREATED],
                                          filters=[s3.NotificationKeyFilter(prefix="subdir/")]))


app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
                                "@aws-cdk/aws-s3:keepNotificationInImportedBucket": False})
S3EventSourceTest(app, "lambda-event-source-s3")
app.synth()
