"""Replication rules: the generated replication role and its grants, filters, time control, cross-account."""

import aws_cdk as cdk
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "BucketReplication")
dest = s3.Bucket(stack, "Dest", versioned=True)
key = kms.Key(stack, "DestKey")
other_account = s3.Bucket.from_bucket_attributes(
    stack, "Other", bucket_name="other-account-bucket", account="111122223333"
)
s3.Bucket(
    stack,
    "Source",
    versioned=True,
    encryption=s3.BucketEncryption.KMS,
    replication_rules=[
        s3.ReplicationRule(destination=dest, priority=1, delete_marker_replication=True),
        s3.ReplicationRule(
            destination=dest,
            priority=2,
            id="tagged",
            kms_key=key,
            sse_kms_encrypted_objects=True,
            filter=s3.Filter(prefix="data/", tags=[s3.Tag(key="k", value="v")]),
            storage_class=s3.StorageClass.GLACIER,
            replication_time_control=s3.ReplicationTimeValue.FIFTEEN_MINUTES,
            metrics=s3.ReplicationTimeValue.FIFTEEN_MINUTES,
        ),
        s3.ReplicationRule(
            destination=other_account, priority=3, access_control_transition=True, replica_modifications=False
        ),
    ],
)
app.synth()
