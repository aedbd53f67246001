"""Bucket attributes and URL helpers as outputs."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "BucketAttributes")
bucket = s3.Bucket(stack, "Bucket")
cdk.CfnOutput(stack, "Arn", value=bucket.bucket_arn)
cdk.CfnOutput(stack, "Name", value=bucket.bucket_name)
cdk.CfnOutput(stack, "Domain", value=bucket.bucket_domain_name)
cdk.CfnOutput(stack, "Regional", value=bucket.bucket_regional_domain_name)
cdk.CfnOutput(stack, "DualStack", value=bucket.bucket_dual_stack_domain_name)
cdk.CfnOutput(stack, "WebsiteUrl", value=bucket.bucket_website_url)
cdk.CfnOutput(stack, "Url", value=bucket.url_for_object("a/b.txt"))
cdk.CfnOutput(stack, "UrlNoKey", value=bucket.url_for_object())
cdk.CfnOutput(stack, "Objects", value=bucket.arn_for_objects("logs/*"))
cdk.CfnOutput(stack, "S3Url", value=bucket.s3_url_for_object("k"))
cdk.CfnOutput(stack, "S3UrlNoKey", value=bucket.s3_url_for_object())
cdk.CfnOutput(stack, "Virtual", value=bucket.virtual_hosted_url_for_object("k"))
cdk.CfnOutput(stack, "VirtualRegional", value=bucket.virtual_hosted_url_for_object("k", regional=False))
cdk.CfnOutput(stack, "TransferUrl", value=bucket.transfer_acceleration_url_for_object("k"))
app.synth()
