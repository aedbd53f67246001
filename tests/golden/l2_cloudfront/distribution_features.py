"""A distribution with most of its props: HttpOrigin options, certificate and domain names, error responses,
additional behaviors with managed policies, Lambda@Edge, logging to a bucket, web ACL, metrics, imports and grants."""

import aws_cdk as cdk
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "DistributionFeatures")

cert = acm.Certificate.from_certificate_arn(
    stack, "Cert", "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555"
)
logs = s3.Bucket(stack, "Logs", object_ownership=s3.ObjectOwnership.OBJECT_WRITER)
fn = lambda_.Function(
    stack, "Edge", runtime=lambda_.Runtime.NODEJS_20_X, handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async (e) => e.Records[0].cf.request;"),
)
api = origins.HttpOrigin(
    "api.example.com",
    protocol_policy=cloudfront.OriginProtocolPolicy.MATCH_VIEWER,
    origin_ssl_protocols=[cloudfront.OriginSslPolicy.TLS_V1_2, cloudfront.OriginSslPolicy.TLS_V1_1],
    http_port=8080,
    https_port=8443,
    read_timeout=cdk.Duration.seconds(45),
    keepalive_timeout=cdk.Duration.seconds(10),
    connection_attempts=2,
    connection_timeout=cdk.Duration.seconds(5),
    custom_headers={"X-Custom": "value"},
    origin_path="v1/",
    origin_shield_enabled=False,
)
dist = cloudfront.Distribution(
    stack,
    "Dist",
    default_behavior=cloudfront.BehaviorOptions(
        origin=origins.HttpOrigin("www.example.com", origin_shield_region="eu-west-1"),
        allowed_methods=cloudfront.AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
        cached_methods=cloudfront.CachedMethods.CACHE_GET_HEAD_OPTIONS,
        viewer_protocol_policy=cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
        response_headers_policy=cloudfront.ResponseHeadersPolicy.SECURITY_HEADERS,
        edge_lambdas=[
            cloudfront.EdgeLambda(
                function_version=fn.current_version,
                event_type=cloudfront.LambdaEdgeEventType.VIEWER_REQUEST,
                include_body=True,
            )
        ],
    ),
    additional_behaviors={
        "/api/*": cloudfront.BehaviorOptions(
            origin=api,
            allowed_methods=cloudfront.AllowedMethods.ALLOW_ALL,
            cache_policy=cloudfront.CachePolicy.CACHING_DISABLED,
            origin_request_policy=cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
            compress=False,
            smooth_streaming=True,
        ),
    },
    certificate=cert,
    domain_names=["www.example.com", "example.com"],
    comment="x" * 140,
    error_responses=[
        cloudfront.ErrorResponse(http_status=404, response_page_path="/404.html", ttl=cdk.Duration.minutes(5)),
        cloudfront.ErrorResponse(http_status=500, response_http_status=200, response_page_path="/oops.html"),
        cloudfront.ErrorResponse(http_status=503, ttl=cdk.Duration.seconds(0)),
    ],
    geo_restriction=cloudfront.GeoRestriction.denylist("RU"),
    log_bucket=logs,
    log_file_prefix="cf/",
    minimum_protocol_version=cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
    ssl_support_method=cloudfront.SSLMethod.VIP,
    price_class=cloudfront.PriceClass.PRICE_CLASS_200,
    http_version=cloudfront.HttpVersion.HTTP2_AND_3,
    enable_ipv6=False,
    publish_additional_metrics=True,
)
dist.add_behavior("/static/*", api, cache_policy=cloudfront.CachePolicy.USE_ORIGIN_CACHE_CONTROL_HEADERS)
dist.attach_web_acl_id("arn:aws:wafv2:us-east-1:123456789012:global/webacl/acl/abc")

for i, metric in enumerate([
    dist.metric_requests(),
    dist.metric_bytes_downloaded(period=cdk.Duration.minutes(1)),
    dist.metric_total_error_rate(),
    dist.metric4xx_error_rate(),
    dist.metric5xx_error_rate(statistic="Maximum"),
    dist.metric_origin_latency(),
    dist.metric_cache_hit_rate(),
    dist.metric404_error_rate(),
]):
    cloudwatch.Alarm(stack, f"Alarm{i}", metric=metric, threshold=1, evaluation_periods=1)

imported = cloudfront.Distribution.from_distribution_attributes(
    stack, "Imported", distribution_id="E1234567890", domain_name="d111111abcdef8.cloudfront.net"
)
role = iam.Role(stack, "Role", assumed_by=iam.AccountRootPrincipal())
imported.grant_create_invalidation(role)
dist.grant(role, "cloudfront:GetDistribution", "cloudfront:ListDistributions")
cdk.CfnOutput(stack, "Domain", value=dist.distribution_domain_name)
cdk.CfnOutput(stack, "Arn", value=dist.distribution_arn)
cdk.CfnOutput(stack, "ImportedArn", value=imported.distribution_arn)
app.synth()
