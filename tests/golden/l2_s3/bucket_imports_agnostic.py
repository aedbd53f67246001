"""Imported buckets in an environment-agnostic stack: region tokens in domain names and URLs, encrypted imports."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "BucketImportsAgnostic")
bucket = s3.Bucket.from_bucket_name(stack, "ByName", "agnostic-bucket")
key = kms.Key.from_key_arn(stack, "Key", "arn:aws:kms:us-east-1:123456789012:key/abc")
encrypted = s3.Bucket.from_bucket_attributes(stack, "Encrypted", bucket_arn="arn:aws:s3:::enc-bucket", encryption_key=key)
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
encrypted.grant_read_write(role)
cdk.CfnOutput(stack, "Domain", value=bucket.bucket_domain_name)
cdk.CfnOutput(stack, "Regional", value=bucket.bucket_regional_domain_name)
cdk.CfnOutput(stack, "DualStack", value=bucket.bucket_dual_stack_domain_name)
cdk.CfnOutput(stack, "Url", value=bucket.url_for_object("k"))
cdk.CfnOutput(stack, "Virtual", value=bucket.virtual_hosted_url_for_object("k"))
cdk.CfnOutput(stack, "WebsiteNew", value=s3.Bucket.from_bucket_attributes(
    stack, "New", bucket_name="site", bucket_website_new_url_format=True).bucket_website_url)
app.synth()
