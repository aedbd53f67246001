"""Port of aws-s3 integ.lifecycle: lifecycle rules with an expiration date (one also filtered by size)."""

import datetime

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk.aws_s3 import Bucket, LifecycleRule

app = App()
stack = Stack(app, "aws-cdk-s3")
date = datetime.datetime(2019, 10, 1, tzinfo=datetime.UTC)
Bucket(stack, "MyBucket", lifecycle_rules=[
    LifecycleRule(expiration_date=date),
    LifecycleRule(expiration_date=date, object_size_less_than=600, object_size_greater_than=500),
], removal_policy=RemovalPolicy.DESTROY)
app.synth()
