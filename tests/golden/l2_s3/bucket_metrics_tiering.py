"""Metrics configurations, intelligent tiering, inventories and tags."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "BucketMetrics")
bucket = s3.Bucket(
    stack,
    "Bucket",
    metrics=[s3.BucketMetrics(id="all"), s3.BucketMetrics(id="filtered", prefix="p/", tag_filters={"k": "v"})],
    intelligent_tiering_configurations=[
        s3.IntelligentTieringConfiguration(
            name="tiering", archive_access_tier_time=cdk.Duration.days(90), deep_archive_access_tier_time=cdk.Duration.days(180)
        ),
        s3.IntelligentTieringConfiguration(name="prefixed", prefix="x/", tags=[s3.Tag(key="a", value="b")]),
    ],
)
bucket.add_metric(id="late", prefix="late/")
cdk.Tags.of(bucket).add("team", "data")
app.synth()
