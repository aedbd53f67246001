"""Port of aws-cdk's integ.origin-group-selection-criteria: MediaPackage V2 channel groups as a media-quality-based
origin group."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk.aws_mediapackagev2 import CfnChannelGroup

app = cdk.App()
stack = cdk.Stack(app, "cloudfront-origin-group-selection-criteria")
channel_group = CfnChannelGroup(stack, "cg1", channel_group_name="channelGroup1")
channel_group2 = CfnChannelGroup(stack, "cg2", channel_group_name="channelGroup2")
origin_group = origins.OriginGroup(
    primary_origin=origins.HttpOrigin(channel_group.attr_egress_domain),
    fallback_origin=origins.HttpOrigin(channel_group2.attr_egress_domain),
    fallback_status_codes=[404],
    selection_criteria=cloudfront.OriginSelectionCriteria.MEDIA_QUALITY_BASED,
)
cloudfront.Distribution(
    stack, "Distribution",
    default_behavior=cloudfront.BehaviorOptions(origin=origin_group),
    additional_behaviors={"/video": cloudfront.BehaviorOptions(origin=origin_group)},
)
app.synth()
