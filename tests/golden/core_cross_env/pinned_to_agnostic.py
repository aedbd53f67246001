"""A pinned stack's GENERATE_IF_NEEDED resource used from an environment-agnostic stack."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App()
producer = cdk.Stack(app, "Pinned", env=cdk.Environment(account="123456789012", region="ap-southeast-2"))
bucket = s3.Bucket(producer, "Bucket", bucket_name=cdk.PhysicalName.GENERATE_IF_NEEDED)
agnostic = cdk.Stack(app, "Agnostic")
cdk.CfnResource(
    agnostic, "Reader", type="Custom::Reader",
    properties={"Bucket": bucket.bucket_name, "Arn": bucket.arn_for_objects("*")},
)

app.synth()
