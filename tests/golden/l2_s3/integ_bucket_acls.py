"""Port of aws-s3 integ.bucket-acls: one stack per canned ACL (the stack id is the ACL's CloudFormation value, as
the TypeScript enum's string), ownership enforced."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3
from constructs import Construct

app = cdk.App()


class TestCase(cdk.Stack):
    def __init__(self, scope: Construct, id: str, acl: s3.BucketAccessControl) -> None:
        super().__init__(scope, id)
        s3.Bucket(
            self, "IntegBucket", removal_policy=cdk.RemovalPolicy.DESTROY, access_control=acl,
            object_ownership=s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
        )


TestCase(app, "Private", s3.BucketAccessControl.PRIVATE)
TestCase(app, "BucketOwnerRead", s3.BucketAccessControl.BUCKET_OWNER_READ)
TestCase(app, "BucketOwnerFullControl", s3.BucketAccessControl.BUCKET_OWNER_FULL_CONTROL)
app.synth()
