"""Cross-region references with reference strength "both": the producer still writes SSM exports, the consumer
reads the value with Fn::GetStackOutput."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App(context={"@aws-cdk/core:defaultCrossStackReferences": "both"})
producer = cdk.Stack(app, "Producer", env=cdk.Environment(account="111111111111", region="us-east-1"))
raw = s3.CfnBucket(producer, "Raw")
consumer = cdk.Stack(app, "Consumer", env=cdk.Environment(account="111111111111", region="eu-west-1"))
cdk.CfnOutput(consumer, "RawName", value=raw.ref)
cdk.CfnOutput(consumer, "RawArn", value=raw.attr_arn)

app.synth()
