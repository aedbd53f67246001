"""Lifecycle rules: expirations, transitions, noncurrent versions, prefixes, tags, object sizes."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "BucketLifecycle")
bucket = s3.Bucket(
    stack,
    "Bucket",
    versioned=True,
    lifecycle_rules=[
        s3.LifecycleRule(expiration=cdk.Duration.days(365)),
        s3.LifecycleRule(
            id="archive",
            prefix="logs/",
            transitions=[
                s3.Transition(storage_class=s3.StorageClass.INFREQUENT_ACCESS, transition_after=cdk.Duration.days(30)),
                s3.Transition(storage_class=s3.StorageClass.GLACIER, transition_after=cdk.Duration.days(90)),
            ],
            noncurrent_version_expiration=cdk.Duration.days(60),
            noncurrent_versions_to_retain=3,
            noncurrent_version_transitions=[
                s3.NoncurrentVersionTransition(
                    storage_class=s3.StorageClass.DEEP_ARCHIVE, transition_after=cdk.Duration.days(120)
                )
            ],
        ),
        s3.LifecycleRule(abort_incomplete_multipart_upload_after=cdk.Duration.days(7)),
        s3.LifecycleRule(
            enabled=False,
            expiration=cdk.Duration.days(30),
            tag_filters={"team": "a", "env": "dev"},
            object_size_greater_than=1024,
            object_size_less_than=1048576,
        ),
        s3.LifecycleRule(expired_object_delete_marker=True),
    ],
)
bucket.add_lifecycle_rule(prefix="tmp/", expiration=cdk.Duration.days(10))
app.synth()
