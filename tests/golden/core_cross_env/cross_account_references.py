"""References to another account: always weak, read with Fn::GetStackOutput through a role in the producer that
each consumer's CloudFormation execution role may assume."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App()
producer = cdk.Stack(app, "Producer", env=cdk.Environment(account="111111111111", region="us-east-1"))
raw = s3.CfnBucket(producer, "Raw")
bucket = s3.Bucket(producer, "Bucket")

consumer = cdk.Stack(app, "Consumer", env=cdk.Environment(account="222222222222", region="us-east-1"))
cdk.CfnOutput(consumer, "RawName", value=raw.ref)
cdk.CfnOutput(consumer, "RawArn", value=raw.attr_arn)
cdk.CfnOutput(consumer, "BucketDomain", value=bucket.bucket_domain_name)

# a second consumer in a third account and another region: one more principal on the same role
other = cdk.Stack(app, "Other", env=cdk.Environment(account="333333333333", region="eu-west-1"))
cdk.CfnResource(other, "User", type="Custom::User", properties={"Raw": raw.ref})

app.synth()
