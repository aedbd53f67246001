"""Port of aws-cdk's integ.origin-access-control-sigv4a (an S3 OAC signing with SigV4a; assertion dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront

app = cdk.App()
stack = cdk.Stack(app, "cloudfront-origin-access-control-sigv4a")
cloudfront.S3OriginAccessControl(stack, "OriginAccessControl", signing=cloudfront.Signing.SIGV4_A_ALWAYS)
app.synth()
