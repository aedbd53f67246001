"""Customer-managed KMS bucket encryption: an auto-created key, a given key, DSSE with a key; grants reach the key."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "BucketKms")
auto = s3.Bucket(stack, "Auto", encryption=s3.BucketEncryption.KMS)
key = kms.Key(stack, "Key")
given = s3.Bucket(stack, "Given", encryption_key=key, bucket_key_enabled=True)
s3.Bucket(stack, "Dsse", encryption=s3.BucketEncryption.DSSE, encryption_key=key)
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
auto.grant_read(role)
given.grant_write(role)
app.synth()
