"""References to another region of the same account: one ExportsWriter per consuming region in the producer
(SSM parameters), one ExportsReader per consumer; names and ARNs of L2s with cross_region_references=True."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sqs as sqs

app = cdk.App()
producer = cdk.Stack(app, "Producer", env=cdk.Environment(account="111111111111", region="us-east-1"))
bucket = s3.Bucket(producer, "Bucket")
queue = sqs.Queue(producer, "Queue")
raw = s3.CfnBucket(producer, "Raw")

europe = cdk.Stack(
    app, "Europe", env=cdk.Environment(account="111111111111", region="eu-west-1"), cross_region_references=True
)
cdk.CfnOutput(europe, "BucketName", value=bucket.bucket_name)
cdk.CfnOutput(europe, "BucketArn", value=bucket.bucket_arn)
cdk.CfnOutput(europe, "QueueUrl", value=queue.queue_url)
cdk.CfnResource(europe, "User", type="Custom::User", properties={"Raw": raw.ref, "Twice": raw.ref})

# a second stack in the same region: the same writer, its own parameters and reader
europe2 = cdk.Stack(
    app, "EuropeToo", env=cdk.Environment(account="111111111111", region="eu-west-1"), cross_region_references=True
)
cdk.CfnOutput(europe2, "RawArn", value=raw.attr_arn)

# another region: a second writer sharing the provider (its policy lists both regions)
sydney = cdk.Stack(
    app, "Sydney", env=cdk.Environment(account="111111111111", region="ap-southeast-2"), cross_region_references=True
)
cdk.CfnOutput(sydney, "QueueArn", value=queue.queue_arn)

app.synth()
