"""An S3 bucket with nested property types given as classes and as dicts, plus a bucket policy."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "L1S3Bucket")

bucket = s3.CfnBucket(
    stack,
    "Bucket",
    bucket_name="pycdk-l1-golden-bucket",
    versioning_configuration=s3.CfnBucket.VersioningConfigurationProperty(status="Enabled"),
    bucket_encryption=s3.CfnBucket.BucketEncryptionProperty(
        server_side_encryption_configuration=[
            s3.CfnBucket.ServerSideEncryptionRuleProperty(
                bucket_key_enabled=True,
                server_side_encryption_by_default=s3.CfnBucket.ServerSideEncryptionByDefaultProperty(
                    sse_algorithm="aws:kms", kms_master_key_id="alias/aws/s3",
                ),
            )
        ]
    ),
    public_access_block_configuration=s3.CfnBucket.PublicAccessBlockConfigurationProperty(
        block_public_acls=True,
        block_public_policy=True,
        ignore_public_acls=True,
        restrict_public_buckets=True,
    ),
    lifecycle_configuration=s3.CfnBucket.LifecycleConfigurationProperty(
        rules=[
            s3.CfnBucket.RuleProperty(
                id="expire-tmp",
                status="Enabled",
                prefix="tmp/",
                expiration_in_days=7,
                noncurrent_version_expiration=s3.CfnBucket.NoncurrentVersionExpirationProperty(
                    noncurrent_days=30, newer_noncurrent_versions=2
                ),
            ),
            s3.CfnBucket.RuleProperty(
                id="to-glacier",
                status="Enabled",
                transitions=[s3.CfnBucket.TransitionProperty(storage_class="GLACIER", transition_in_days=90)],
            ),
        ]
    ),
    cors_configuration=s3.CfnBucket.CorsConfigurationProperty(
        cors_rules=[
            s3.CfnBucket.CorsRuleProperty(allowed_methods=["GET", "HEAD"], allowed_origins=["*"], max_age=3000, id="web")
        ]
    ),
    website_configuration=s3.CfnBucket.WebsiteConfigurationProperty(
        index_document="index.html", error_document="error.html"
    ),
    tags=[cdk.CfnTag(key="project", value="pycdk"), {"key": "layer", "value": "l1"}],
)
bucket.object_lock_enabled = False

s3.CfnBucketPolicy(
    stack,
    "Policy",
    bucket=bucket.ref,
    policy_document={
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Deny",
                "Principal": {"AWS": "*"},
                "Action": "s3:*",
                "Resource": [bucket.attr_arn, f"{bucket.attr_arn}/*"],
                "Condition": {"Bool": {"aws:SecureTransport": "false"}},
            }
        ],
    },
)

cdk.CfnOutput(stack, "BucketDomain", value=bucket.attr_regional_domain_name)
cdk.CfnOutput(stack, "WebsiteUrl", value=bucket.attr_website_url)

app.synth()
