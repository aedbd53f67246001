"""The grants objects: TableV2.grants over replicas, grant_on_key, TableGrants/StreamGrants built directly
(regions, index flag, explicit policy and key resources), multi-account replication grants on a Table's policy."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms

app = cdk.App()
stack = cdk.Stack(app, "TableGrantsObjects", env=cdk.Environment(account="111111111111", region="us-east-1"))
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
other = iam.Role(stack, "Other", assumed_by=iam.AccountPrincipal("222222222222"))

key = kms.Key(stack, "Key")
global_table = dynamodb.TableV2(
    stack,
    "Global",
    partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
    encryption=dynamodb.TableEncryptionV2.customer_managed_key(
        key, {"us-west-2": "arn:aws:kms:us-west-2:111111111111:key/replica"}
    ),
    replicas=[dynamodb.ReplicaTableProps(region="us-west-2")],
    dynamo_stream=dynamodb.StreamViewType.NEW_IMAGE,
)
global_table.grants.read_write_data(role)
global_table.grants.full_access(other)
global_table.grant_on_key(role, "kms:DescribeKey")

imported = dynamodb.Table.from_table_attributes(
    stack,
    "Imported",
    table_arn="arn:aws:dynamodb:us-east-1:111111111111:table/legacy",
    table_stream_arn="arn:aws:dynamodb:us-east-1:111111111111:table/legacy/stream/2024",
)
dynamodb.TableGrants(table=imported, regions=["eu-west-1"], has_index=True).read_data(role)
dynamodb.TableGrants(table=imported, policy_resource=global_table, encrypted_resource=global_table).write_data(other)
dynamodb.StreamGrants(table_stream_arn=global_table.table_stream_arn, encryption_key=key, table=global_table).read(role)

table = dynamodb.Table(
    stack,
    "Table",
    partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
    resource_policy=iam.PolicyDocument(
        statements=[iam.PolicyStatement(actions=["dynamodb:GetItem"], principals=[iam.AccountRootPrincipal()], resources=["*"])]
    ),
)
table.grants.multi_account_replication_to("arn:aws:dynamodb:eu-west-1:333333333333:table/copy")
table.grants.multi_account_replication_from("arn:aws:dynamodb:eu-west-2:444444444444:table/origin")

app.synth()
