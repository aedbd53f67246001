"""Sample app for the assembly tests: stacks with a cross-stack reference, a stage, a nested stack, an asset."""

import os
import tempfile

import constructs as cdk
from l2 import s3_assets

app = cdk.App()
producer = cdk.Stack(app, "Producer", tags={"team": "core"}, termination_protection=True)
bucket = cdk.CfnResource(producer, "Bucket", type="AWS::S3::Bucket")
consumer = cdk.Stack(app, "Consumer", env=cdk.Environment(account="123456789012", region="eu-west-1"))
agnostic_consumer = cdk.Stack(app, "AgnosticConsumer")
cdk.CfnResource(agnostic_consumer, "Queue", type="AWS::SQS::Queue", properties={"QueueName": bucket.ref})
cdk.CfnResource(consumer, "Topic", type="AWS::SNS::Topic")

nested = cdk.NestedStack(producer, "Nested")
cdk.CfnResource(nested, "Inner", type="AWS::SQS::Queue", properties={"Bucket": bucket.ref})

work = tempfile.mkdtemp()
with open(os.path.join(work, "data.txt"), "w") as f:
    f.write("payload\n")
asset = s3_assets.Asset(producer, "Data", path=os.path.join(work, "data.txt"))
cdk.CfnOutput(producer, "AssetUrl", value=asset.s3_object_url)

stage = cdk.Stage(app, "Prod")
cdk.CfnResource(cdk.Stack(stage, "Service"), "Queue", type="AWS::SQS::Queue")
app.synth()
