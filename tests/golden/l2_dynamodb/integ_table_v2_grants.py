"""Port of aws-cdk's integ.table-v2-grants: read and write grants on a TableV2 with a customer managed key."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms

app = cdk.App()
stack = cdk.Stack(app, "TableV2GrantsStack", env=cdk.Environment(account="123456789012", region="us-east-1"))

key = kms.Key(stack, "TableKey", enable_key_rotation=True)

table = dynamodb.TableV2(
    stack,
    "Table",
    partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
    encryption=dynamodb.TableEncryptionV2.customer_managed_key(key),
)

role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))

table.grant_read_data(role)
table.grant_write_data(role)

app.synth()
