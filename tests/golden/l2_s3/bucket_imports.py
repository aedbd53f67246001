"""Imported buckets: from_bucket_name, from_bucket_arn, from_bucket_attributes; attributes and grants."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "BucketImports", env=cdk.Environment(account="123456789012", region="eu-west-1"))
by_name = s3.Bucket.from_bucket_name(stack, "ByName", "imported-bucket")
by_arn = s3.Bucket.from_bucket_arn(stack, "ByArn", "arn:aws:s3:::arn-bucket")
by_attrs = s3.Bucket.from_bucket_attributes(stack, "ByAttrs", bucket_name="attrs-bucket", region="us-west-2")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
by_name.grant_read(role)
by_arn.grant_write(role)
cdk.CfnOutput(stack, "Arn", value=by_name.bucket_arn)
cdk.CfnOutput(stack, "ArnName", value=by_arn.bucket_name)
cdk.CfnOutput(stack, "Domain", value=by_attrs.bucket_domain_name)
cdk.CfnOutput(stack, "Regional", value=by_attrs.bucket_regional_domain_name)
cdk.CfnOutput(stack, "Website", value=by_attrs.bucket_website_url)
cdk.CfnOutput(stack, "Url", value=by_attrs.url_for_object("k"))
app.synth()
