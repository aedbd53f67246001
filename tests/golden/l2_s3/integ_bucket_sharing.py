"""Port of aws-s3 integ.bucket-sharing: a user in another stack granted read/write on a bucket."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3 as s3

app = cdk.App()


class Producer(cdk.Stack):
    def __init__(self, scope: cdk.App, id: str) -> None:
        super().__init__(scope, id)
        self.my_bucket = s3.Bucket(self, "MyBucket", removal_policy=cdk.RemovalPolicy.DESTROY)


class Consumer(cdk.Stack):
    def __init__(self, scope: cdk.App, id: str, *, user_bucket: s3.IBucket) -> None:
        super().__init__(scope, id)
        user = iam.User(self, "MyUser")
        user_bucket.grant_read_write(user)


producer = Producer(app, "ProducerStack")
Consumer(app, "ConsumerStack", user_bucket=producer.my_bucket)
app.synth()
