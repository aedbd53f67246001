"""Explicit physical names used from another account and another region: names and ARNs are written out."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs

app = cdk.App()
home = cdk.Environment(account="111111111111", region="us-east-1")
producer = cdk.Stack(app, "Producer", env=home)
bucket = s3.Bucket(producer, "Bucket", bucket_name="my-explicit-bucket")
queue = sqs.Queue(producer, "Queue", queue_name="my-explicit-queue")
topic = sns.Topic(producer, "Topic", topic_name="my-explicit-topic")
role = iam.Role(
    producer, "Role", role_name="my-explicit-role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com")
)

for sid, env in (
    ("OtherAccount", cdk.Environment(account="222222222222", region="us-east-1")),
    ("OtherRegion", cdk.Environment(account="111111111111", region="eu-west-1")),
):
    consumer = cdk.Stack(app, sid, env=env)
    cdk.CfnOutput(consumer, "BucketName", value=bucket.bucket_name)
    cdk.CfnOutput(consumer, "BucketArn", value=bucket.bucket_arn)
    cdk.CfnOutput(consumer, "QueueName", value=queue.queue_name)
    cdk.CfnOutput(consumer, "QueueArn", value=queue.queue_arn)
    cdk.CfnOutput(consumer, "TopicName", value=topic.topic_name)
    cdk.CfnOutput(consumer, "TopicArn", value=topic.topic_arn)
    cdk.CfnOutput(consumer, "RoleName", value=role.role_name)
    cdk.CfnOutput(consumer, "RoleArn", value=role.role_arn)

app.synth()
