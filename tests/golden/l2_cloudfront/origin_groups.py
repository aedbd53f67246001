"""Origin groups: default status codes, media-quality selection, an origin group reused by two behaviors, and an
HTTP origin shared between a group and a behavior."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins

app = cdk.App()
stack = cdk.Stack(app, "OriginGroups")
primary = origins.HttpOrigin("primary.example.com")
group = origins.OriginGroup(primary_origin=primary, fallback_origin=origins.HttpOrigin("fallback.example.com"))
media = origins.OriginGroup(
    primary_origin=origins.HttpOrigin("a.media.example.com"),
    fallback_origin=origins.HttpOrigin("b.media.example.com"),
    fallback_status_codes=[403, 404],
    selection_criteria=cloudfront.OriginSelectionCriteria.MEDIA_QUALITY_BASED,
)
dist = cloudfront.Distribution(stack, "Dist", default_behavior=cloudfront.BehaviorOptions(origin=group))
dist.add_behavior("/media/*", media)
dist.add_behavior("/again/*", group)
dist.add_behavior("/media2/*", media)
app.synth()
