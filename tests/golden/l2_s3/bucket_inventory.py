"""Inventories to a destination bucket, a target object key format for access logs, blocked encryption types."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "BucketInventory")
dest = s3.Bucket(stack, "Dest")
source = s3.Bucket(
    stack,
    "Source",
    inventories=[
        s3.Inventory(destination=s3.InventoryDestination(bucket=dest, prefix="reports/")),
        s3.Inventory(
            destination=s3.InventoryDestination(bucket=dest, bucket_owner="123456789012"),
            inventory_id="daily.parquet",
            format=s3.InventoryFormat.PARQUET,
            frequency=s3.InventoryFrequency.DAILY,
            include_object_versions=s3.InventoryObjectVersion.CURRENT,
            objects_prefix="data/",
            optional_fields=["Size", "ETag"],
            enabled=False,
        ),
    ],
)
source.add_inventory(destination=s3.InventoryDestination(bucket=dest))
s3.Bucket(
    stack,
    "Partitioned",
    server_access_logs_prefix="logs/",
    target_object_key_format=s3.TargetObjectKeyFormat.partitioned_prefix(s3.PartitionDateSource.EVENT_TIME),
)
s3.Bucket(stack, "Simple", server_access_logs_bucket=dest, target_object_key_format=s3.TargetObjectKeyFormat.simple_prefix())
s3.Bucket(
    stack,
    "Blocked",
    encryption=s3.BucketEncryption.S3_MANAGED,
    blocked_encryption_types=[s3.BlockedEncryptionType.SSE_C],
    transition_default_minimum_object_size=s3.TransitionDefaultMinimumObjectSize.VARIES_BY_STORAGE_CLASS,
    lifecycle_rules=[s3.LifecycleRule(expiration=cdk.Duration.days(1))],
)
s3.Bucket(stack, "Regional", bucket_name_prefix="my-prefix", bucket_namespace=s3.BucketNamespace.ACCOUNT_REGIONAL)
s3.Bucket(stack, "Abac", abac_status=True)
app.synth()
