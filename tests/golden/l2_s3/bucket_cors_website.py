"""CORS rules and website hosting (index/error documents, routing rules, redirects), with website outputs."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "BucketWebsite")
cors = s3.Bucket(
    stack,
    "Cors",
    cors=[
        s3.CorsRule(allowed_methods=[s3.HttpMethods.GET, s3.HttpMethods.PUT], allowed_origins=["*"]),
        s3.CorsRule(
            allowed_methods=[s3.HttpMethods.POST],
            allowed_origins=["https://example.com"],
            allowed_headers=["*"],
            exposed_headers=["ETag"],
            id="post",
            max_age=3000,
        ),
    ],
)
cors.add_cors_rule(allowed_methods=[s3.HttpMethods.HEAD], allowed_origins=["https://late.example.com"])
site = s3.Bucket(
    stack,
    "Site",
    website_index_document="index.html",
    website_error_document="error.html",
    website_routing_rules=[
        s3.RoutingRule(
            condition=s3.RoutingRuleCondition(key_prefix_equals="docs/"),
            replace_key=s3.ReplaceKey.prefix_with("documents/"),
            host_name="example.com",
            protocol=s3.RedirectProtocol.HTTPS,
            http_redirect_code="301",
        )
    ],
)
s3.Bucket(
    stack, "Redirect", website_redirect=s3.RedirectTarget(host_name="www.example.com", protocol=s3.RedirectProtocol.HTTPS)
)
cdk.CfnOutput(stack, "WebsiteUrl", value=site.bucket_website_url)
cdk.CfnOutput(stack, "WebsiteDomain", value=site.bucket_website_domain_name)
app.synth()
