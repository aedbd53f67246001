"""CloudFrontWebDistribution: failover source configurations (S3 + custom), an origin access identity, default
logging bucket, geo restriction, error configurations, an IAM certificate, the default certificate with aliases,
behaviors with TTLs, methods, forwarded values, key groups, signers and functions, origin shield, connection
options, a long comment, grants, imports, and the new refs/grants of the other constructs."""

import aws_cdk as cdk
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "WebDistributionFeatures")

bucket = s3.Bucket(stack, "Bucket")
failover_bucket = s3.Bucket(stack, "FailoverBucket")
oai = cloudfront.OriginAccessIdentity(stack, "OAI")
key_group = cloudfront.KeyGroup(
    stack, "KeyGroup",
    items=[cloudfront.PublicKey(stack, "Key", encoded_key="-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAudf8/iNkQgdvjEdm6xYS\nJAyxd/kGTbJfQNg9YhInb7TSm0dGu0yx8yZ3fnpmxuRPqJIlaVr+fT4YRl71gEYa\ndlhHmnVegyPNjP9dNqZ7zwNqMEPOPnS/NOHbJj1KYKpn1f8pPNycQ5MQCntKGnSj\n6fc+nbcC0joDvGz80xuy1W4hLV9oC9c3GT26xfZb2jy9MVtA3cppNuI7Ulu4H3N5\nRXw81c6Si1bsk2X4RO42lCv96WuqhmUwzM/Qsr3l+bGedqJ85EJdxL4a6ptsgEHb\ny4hJiLZ7rJ0VsyTg7IAsh/XZf/4Yef1q8fIXo17pilAf+XLwWXWzfHOKTw8qwixa\nywIDAQAB\n-----END PUBLIC KEY-----")],
)
fn = cloudfront.Function(stack, "Function", code=cloudfront.FunctionCode.from_inline("function handler(event) { return event.request; }"))

dist = cloudfront.CloudFrontWebDistribution(
    stack, "Dist",
    comment="c" * 140,
    default_root_object="",
    enable_ip_v6=False,
    http_version=cloudfront.HttpVersion.HTTP2_AND_3,
    price_class=cloudfront.PriceClass.PRICE_CLASS_ALL,
    geo_restriction=cloudfront.GeoRestriction.denylist("RU", "KP"),
    error_configurations=[cloudfront.CfnDistribution.CustomErrorResponseProperty(
        error_code=404, response_code=200, response_page_path="/index.html", error_caching_min_ttl=10,
    )],
    logging_config=cloudfront.LoggingConfiguration(prefix="logs/", include_cookies=True),
    viewer_certificate=cloudfront.ViewerCertificate.from_iam_certificate(
        "ASCAIAMCERTID", aliases=["www.example.com"], ssl_method=cloudfront.SSLMethod.VIP,
        security_policy=cloudfront.SecurityPolicyProtocol.SSL_V3,
    ),
    viewer_protocol_policy=cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
    web_acl_id="arn:aws:wafv2:us-east-1:123456789012:global/webacl/acl/1234",
    origin_configs=[
        cloudfront.SourceConfiguration(
            s3_origin_source=cloudfront.S3OriginConfig(
                s3_bucket_source=bucket, origin_access_identity=oai, origin_path="/content",
                origin_headers={"X-From": "cloudfront"},
            ),
            failover_s3_origin_source=cloudfront.S3OriginConfig(s3_bucket_source=failover_bucket),
            failover_criteria_status_codes=[cloudfront.FailoverStatusCode.FORBIDDEN,
                                            cloudfront.FailoverStatusCode.NOT_FOUND],
            connection_attempts=2,
            connection_timeout=cdk.Duration.seconds(5),
            behaviors=[
                cloudfront.Behavior(
                    is_default_behavior=True,
                    allowed_methods=cloudfront.CloudFrontAllowedMethods.GET_HEAD_OPTIONS,
                    cached_methods=cloudfront.CloudFrontAllowedCachedMethods.GET_HEAD_OPTIONS,
                    compress=False,
                    default_ttl=cdk.Duration.minutes(5),
                    max_ttl=cdk.Duration.hours(1),
                    min_ttl=cdk.Duration.seconds(0),
                    trusted_key_groups=[key_group],
                    function_associations=[cloudfront.FunctionAssociation(
                        function=fn, event_type=cloudfront.FunctionEventType.VIEWER_REQUEST
                    )],
                ),
                cloudfront.Behavior(
                    path_pattern="/images/*",
                    trusted_signers=["123456789012"],
                    forwarded_values=cloudfront.CfnDistribution.ForwardedValuesProperty(
                        query_string=True, query_string_cache_keys=["size"],
                        cookies=cloudfront.CfnDistribution.CookiesProperty(forward="whitelist", whitelisted_names=["s"]),
                        headers=["Origin"],
                    ),
                ),
            ],
        ),
        cloudfront.SourceConfiguration(
            custom_origin_source=cloudfront.CustomOriginConfig(
                domain_name="api.example.com",
                http_port=8080,
                https_port=8443,
                origin_keepalive_timeout=cdk.Duration.seconds(10),
                origin_read_timeout=cdk.Duration.seconds(60),
                origin_protocol_policy=cloudfront.OriginProtocolPolicy.MATCH_VIEWER,
                allowed_origin_ssl_versions=[cloudfront.OriginSslPolicy.TLS_V1_1, cloudfront.OriginSslPolicy.TLS_V1_2],
                origin_path="/v1",
            ),
            failover_custom_origin_source=cloudfront.CustomOriginConfig(domain_name="backup.example.com"),
            origin_shield_region="us-west-2",
            behaviors=[cloudfront.Behavior(
                path_pattern="/api/*", allowed_methods=cloudfront.CloudFrontAllowedMethods.ALL,
                viewer_protocol_policy=cloudfront.ViewerProtocolPolicy.ALLOW_ALL,
            )],
        ),
    ],
)

role = iam.Role(stack, "Role", assumed_by=iam.AccountRootPrincipal())
dist.grant_create_invalidation(role)
dist.grant(role, "cloudfront:GetDistribution")
dist.grants.actions(role, ["cloudfront:ListInvalidations"], resource_arns=["*"])
cdk.CfnOutput(stack, "DomainName", value=dist.distribution_domain_name)
cdk.CfnOutput(stack, "Id", value=dist.distribution_ref.distribution_id)
cdk.CfnOutput(stack, "Arn", value=dist.distribution_arn)
cdk.CfnOutput(stack, "LogBucket", value=dist.logging_bucket.bucket_name)

imported = cloudfront.CloudFrontWebDistribution.from_distribution_attributes(
    stack, "Imported", distribution_id="E1234567890", domain_name="d111111abcdef8.cloudfront.net"
)
imported.grant_create_invalidation(role)
cdk.CfnOutput(stack, "ImportedArn", value=imported.distribution_arn)

simple = cloudfront.CloudFrontWebDistribution(
    stack, "Simple",
    viewer_certificate=cloudfront.ViewerCertificate.from_cloud_front_default_certificate("a.example.com"),
    origin_configs=[cloudfront.SourceConfiguration(
        custom_origin_source=cloudfront.CustomOriginConfig(domain_name="example.com"),
        behaviors=[cloudfront.Behavior(is_default_behavior=True)],
    )],
)
cloudfront.DistributionGrants.from_distribution(simple).create_invalidation(role)

# an ACM certificate without aliases (an empty Aliases list) and a given logging bucket
certificate = acm.Certificate.from_certificate_arn(
    stack, "Cert", "arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012"
)
log_bucket = s3.Bucket(stack, "Logs", object_ownership=s3.ObjectOwnership.BUCKET_OWNER_PREFERRED)
acm_dist = cloudfront.CloudFrontWebDistribution(
    stack, "Acm",
    viewer_certificate=cloudfront.ViewerCertificate.from_acm_certificate(certificate),
    logging_config=cloudfront.LoggingConfiguration(bucket=log_bucket),
    origin_configs=[cloudfront.SourceConfiguration(
        s3_origin_source=cloudfront.S3OriginConfig(s3_bucket_source=bucket, origin_shield_region="eu-west-1"),
        behaviors=[cloudfront.Behavior(is_default_behavior=True)],
    )],
)
cdk.CfnOutput(stack, "AcmLogBucket", value=acm_dist.logging_bucket.bucket_name)

# the reference structs of the other constructs
cdk.CfnOutput(stack, "KeyGroupRef", value=key_group.key_group_ref.key_group_id)
cdk.CfnOutput(stack, "FunctionRef", value=fn.function_ref.function_arn)
cdk.CfnOutput(stack, "OaiRef", value=oai.cloud_front_origin_access_identity_ref.cloud_front_origin_access_identity_id)
cdk.CfnOutput(stack, "OaiName", value=oai.origin_access_identity_name)
oac = cloudfront.S3OriginAccessControl(stack, "OAC")
cdk.CfnOutput(stack, "OacRef", value=oac.origin_access_control_ref.origin_access_control_id)
cdk.CfnOutput(stack, "ManagedCachePolicy", value=cloudfront.CachePolicy.CACHING_DISABLED.cache_policy_ref.cache_policy_id)
cache_policy = cloudfront.CachePolicy(stack, "CachePolicy")
cdk.CfnOutput(stack, "CachePolicyRef", value=cache_policy.cache_policy_ref.cache_policy_id)
orp = cloudfront.OriginRequestPolicy(stack, "OriginRequestPolicy")
cdk.CfnOutput(stack, "OrpRef", value=orp.origin_request_policy_ref.origin_request_policy_id)
rhp = cloudfront.ResponseHeadersPolicy(stack, "ResponseHeadersPolicy", remove_headers=["Server"])
cdk.CfnOutput(stack, "RhpRef", value=rhp.response_headers_policy_ref.response_headers_policy_id)
app.synth()
