"""s3.Bucket defaults (RETAIN), a name, versioning, removal policies and ownership/acceleration options."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "BucketDefaults")
s3.Bucket(stack, "Bucket")
s3.Bucket(stack, "Named", bucket_name="my-bucket-name", versioned=True)
s3.Bucket(stack, "Destroyed", removal_policy=cdk.RemovalPolicy.DESTROY)
s3.Bucket(stack, "Owned", object_ownership=s3.ObjectOwnership.BUCKET_OWNER_ENFORCED)
s3.Bucket(stack, "Fast", transfer_acceleration=True)
s3.Bucket(stack, "Suspended", versioned=False, access_control=s3.BucketAccessControl.LOG_DELIVERY_WRITE)
s3.Bucket(stack, "Locked", object_lock_enabled=True)
s3.Bucket(
    stack, "LockedDefault", object_lock_default_retention=s3.ObjectLockRetention.governance(cdk.Duration.days(30))
)
app.synth()
