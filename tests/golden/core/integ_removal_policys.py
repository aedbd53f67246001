"""Port of aws-cdk's core integ.removal-policys.ts (its ``RemovalPolicys`` is a deep TypeScript import of the
API published as ``RemovalPolicies``)."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "TestStack")

s3.Bucket(stack, "TestBucket")
dynamodb.Table(stack, "TestTable", partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING))

scope1 = cdk.Stack(app, "Scope1")
s3.Bucket(scope1, "Bucket1")
dynamodb.Table(scope1, "Table1", partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING))
cdk.RemovalPolicies.of(scope1).destroy()

scope2 = cdk.Stack(app, "Scope2")
bucket2 = s3.Bucket(scope2, "Bucket2")
table2 = dynamodb.Table(
    scope2, "Table2", partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING)
)
cdk.RemovalPolicies.of(scope2).retain(apply_to_resource_types=["AWS::S3::Bucket"])

scope3 = cdk.Stack(app, "Scope3")
s3.Bucket(scope3, "Bucket3")
dynamodb.Table(scope3, "Table3", partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING))
cdk.RemovalPolicies.of(scope3).snapshot(exclude_resource_types=["AWS::DynamoDB::Table"])

app.synth()
