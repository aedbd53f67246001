"""The website URL of a bucket imported into an environment-agnostic stack: the S3staticwebsiteMap mapping."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "BucketWebsiteAgnostic")
site = s3.Bucket.from_bucket_name(stack, "Site", "agnostic-site")
cdk.CfnOutput(stack, "Url", value=site.bucket_website_url)
cdk.CfnOutput(stack, "Domain", value=site.bucket_website_domain_name)
s3.Bucket(stack, "Own")  # a template needs at least one resource
unused = s3.Bucket.from_bucket_name(stack, "Unused", "never-read")
cdk.CfnOutput(stack, "UnusedArn", value=unused.bucket_arn)
app.synth()
