"""Port of aws-cdk's core integ.removal-policies.ts (adapted: 2.275's RemovalPolicies has no ``overwrite``;
it always replaces a resource's policy)."""

from constructs import Construct

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "TestStack")

s3.Bucket(stack, "TestBucket")

dynamodb.Table(stack, "TestTable", partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING))

iam.User(stack, "TestUser")

destroy_bucket = Construct(stack, "DestroyBucket")
s3.Bucket(destroy_bucket, "Default")

cdk.RemovalPolicies.of(stack).retain(priority=50)
cdk.RemovalPolicies.of(destroy_bucket).destroy(priority=100)

app.synth()
