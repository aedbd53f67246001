"""Port of aws-s3 integ.bucket-inventory: a daily Parquet inventory, and one added later with defaults."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-s3")
inventory_bucket = s3.Bucket(stack, "InventoryBucket", removal_policy=cdk.RemovalPolicy.DESTROY)
my_bucket = s3.Bucket(stack, "MyBucket", inventories=[s3.Inventory(
    destination=s3.InventoryDestination(bucket=inventory_bucket, prefix="reports"),
    frequency=s3.InventoryFrequency.DAILY, format=s3.InventoryFormat.PARQUET,
)], removal_policy=cdk.RemovalPolicy.DESTROY)
second = s3.Bucket(stack, "SecondBucket", removal_policy=cdk.RemovalPolicy.DESTROY)
my_bucket.add_inventory(destination=s3.InventoryDestination(bucket=second))
app.synth()
