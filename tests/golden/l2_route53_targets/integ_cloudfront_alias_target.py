"""Port of aws-cdk's integ.cloudfront-alias-target.ts: A, AAAA and HTTPS alias records to a CloudFront web
distribution (IntegTest dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_route53 as route53
from aws_cdk import aws_route53_targets as targets
from aws_cdk import aws_s3 as s3

app = cdk.App()

stack = cdk.Stack(app, "aws-cdk-cloudfront")

zone = route53.PublicHostedZone(stack, "HostedZone", zone_name="test.public")

source_bucket = s3.Bucket(stack, "Bucket", removal_policy=cdk.RemovalPolicy.DESTROY)

distribution = cloudfront.CloudFrontWebDistribution(
    stack, "MyDistribution",
    origin_configs=[
        cloudfront.SourceConfiguration(
            s3_origin_source=cloudfront.S3OriginConfig(s3_bucket_source=source_bucket),
            behaviors=[cloudfront.Behavior(is_default_behavior=True)],
        ),
    ],
)

route53.ARecord(
    zone, "Alias", zone=zone, record_name="_foo",
    target=route53.RecordTarget.from_alias(targets.CloudFrontTarget(distribution)),
)

route53.AaaaRecord(
    zone, "AaaaAlias", zone=zone, record_name="_foo",
    target=route53.RecordTarget.from_alias(targets.CloudFrontTarget(distribution)),
)

route53.HttpsRecord(
    zone, "HttpsAlias", zone=zone, record_name="_foo",
    target=route53.RecordTarget.from_alias(targets.CloudFrontTarget(distribution)),
)

app.synth()
