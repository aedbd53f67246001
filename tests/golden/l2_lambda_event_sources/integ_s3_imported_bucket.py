"""Port of aws-cdk integ.s3.imported-bucket.ts: S3EventSourceV2 on a bucket imported by name from another stack\n(``Bucket.BucketEncryption`` written as ``s3.BucketEncryption``)."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_lambda_event_sources import S3EventSourceV2
from aws_cdk.aws_s3 import Bucket, BucketEncryption, EventType
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


app = App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack1 = Stack(app, "TestStack1")
stack2 = Stack(app, "TestStack2")
bucket = Bucket(stack1, "bucket", removal_policy=RemovalPolicy.DESTROY, encryption=BucketEncryption.S3_MANAGED)
fn = TestFunction(stack2, "F")
fn.add_event_source(S3EventSourceV2(Bucket.from_bucket_name(stack2, "Imported", bucket.bucket_name),
                                    events=[EventType.OBJECT_CREATED]))
app.synth()
