"""The IAM action lists of bucket grants (aws-cdk-lib ``aws-s3/lib/perms``), in CDK's order."""

from __future__ import annotations

BUCKET_READ_ACTIONS = ("s3:GetObject*", "s3:GetBucket*", "s3:List*")
BUCKET_READ_METADATA_ACTIONS = ("s3:GetBucket*", "s3:List*")
LEGACY_BUCKET_PUT_ACTIONS = ("s3:PutObject*", "s3:Abort*")
BUCKET_PUT_ACTIONS = (
    "s3:PutObject",
    "s3:PutObjectLegalHold",
    "s3:PutObjectRetention",
    "s3:PutObjectTagging",
    "s3:PutObjectVersionTagging",
    "s3:Abort*",
)
BUCKET_PUT_ACL_ACTIONS = ("s3:PutObjectAcl", "s3:PutObjectVersionAcl")
BUCKET_PUT_POLICY_ACTIONS = ("s3:PutBucketPolicy",)
BUCKET_DELETE_ACTIONS = ("s3:DeleteObject*",)
KEY_READ_ACTIONS = ("kms:Decrypt", "kms:DescribeKey")
KEY_WRITE_ACTIONS = ("kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Decrypt")

# ``@aws-cdk/aws-s3:grantWriteWithoutAcl`` selects BUCKET_PUT_ACTIONS; unset (plain ``python app.py``) it is
# treated as enabled in aws-cdk-lib v2.
GRANT_WRITE_WITHOUT_ACL = "@aws-cdk/aws-s3:grantWriteWithoutAcl"


def arn_for_objects(bucket_arn: str, key_pattern: str) -> str:
    """``<bucket arn>/<key pattern>``."""
    return f"{bucket_arn}/{key_pattern}"
