"""Port of aws-cdk's integ.cloudfront-custom-s3 (a ``CloudFrontWebDistribution`` on a website bucket's endpoint)."""

from aws_cdk import App, Stack
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_s3 as s3
from constructs import Construct


class TestStack(Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        bucket = s3.Bucket(
            self, "Bucket",
            public_read_access=True,
            block_public_access=s3.BlockPublicAccess(
                block_public_policy=False, block_public_acls=False, ignore_public_acls=False,
                restrict_public_buckets=False,
            ),
            website_index_document="index.html",
            website_error_document="404.html",
        )
        cloudfront.CloudFrontWebDistribution(
            self, "Distribution",
            viewer_protocol_policy=cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
            price_class=cloudfront.PriceClass.PRICE_CLASS_200,
            origin_configs=[cloudfront.SourceConfiguration(
                behaviors=[cloudfront.Behavior(is_default_behavior=True)],
                custom_origin_source=cloudfront.CustomOriginConfig(
                    origin_protocol_policy=cloudfront.OriginProtocolPolicy.HTTP_ONLY,
                    domain_name=bucket.bucket_website_domain_name,
                ),
            )],
        )


app = App()
TestStack(app, "cloudfront-custom-s3-stack")
app.synth()
