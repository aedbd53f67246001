"""Port of aws-s3 integ.bucket-block-access: BLOCK_ACLS, BLOCK_ALL and partial settings (the
``publicAccessBlockedByDefault`` flag of the original is newer than 2.275: partial settings stay as given)."""

from aws_cdk import App, Stack
from aws_cdk.aws_s3 import BlockPublicAccess, Bucket

app = App(context={"@aws-cdk/aws-s3:publicAccessBlockedByDefault": True})
stack = Stack(app, "aws-cdk-s3-bucket-block-access")

Bucket(stack, "blockAcls", block_public_access=BlockPublicAccess.BLOCK_ACLS)
Bucket(stack, "blockAll", block_public_access=BlockPublicAccess.BLOCK_ALL)
Bucket(stack, "blockOnly2", block_public_access=BlockPublicAccess(block_public_acls=False, block_public_policy=False))
Bucket(stack, "blockOnly1", block_public_access=BlockPublicAccess(block_public_policy=False))
app.synth()
