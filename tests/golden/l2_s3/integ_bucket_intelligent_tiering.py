"""Port of aws-s3 integ.bucket-intelligent-tiering: one tiering configuration with archive tiers and tags."""

from aws_cdk import App, Duration, Stack
from aws_cdk import aws_s3 as s3

app = App()
stack = Stack(app, "aws-cdk-s3")
s3.Bucket(stack, "MyBucket", intelligent_tiering_configurations=[s3.IntelligentTieringConfiguration(
    name="foo", prefix="bar", archive_access_tier_time=Duration.days(90),
    deep_archive_access_tier_time=Duration.days(180), tags=[s3.Tag(key="test", value="bazz")],
)])
app.synth()
