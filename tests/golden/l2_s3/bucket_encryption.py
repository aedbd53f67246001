"""Bucket encryption without a customer key: S3_MANAGED, KMS_MANAGED, DSSE_MANAGED, bucket keys, enforce SSL."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "BucketEncryption")
s3.Bucket(stack, "S3Managed", encryption=s3.BucketEncryption.S3_MANAGED)
s3.Bucket(stack, "KmsManaged", encryption=s3.BucketEncryption.KMS_MANAGED)
s3.Bucket(stack, "KmsManagedKey", encryption=s3.BucketEncryption.KMS_MANAGED, bucket_key_enabled=True)
s3.Bucket(stack, "DsseManaged", encryption=s3.BucketEncryption.DSSE_MANAGED)
s3.Bucket(stack, "Unencrypted", encryption=s3.BucketEncryption.UNENCRYPTED)
app.synth()
