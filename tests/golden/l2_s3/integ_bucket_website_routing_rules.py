"""Port of aws-s3 integ.bucket.website-routing-rules: a website with a redirecting routing rule."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "s3-bucket-routing")
s3.Bucket(
    stack, "MyBucketWithRoutingRules", removal_policy=cdk.RemovalPolicy.DESTROY, website_index_document="index.html",
    website_routing_rules=[s3.RoutingRule(
        condition=s3.RoutingRuleCondition(key_prefix_equals=""), host_name="example.com",
        protocol=s3.RedirectProtocol.HTTPS, replace_key=s3.ReplaceKey.with_("/"),
    )],
)
app.synth()
