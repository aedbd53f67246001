"""Port of aws-cdk's integ.dynamodb.sse: tables with customer managed (created and given), AWS managed and
default encryption, indexes, and read grants."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk.aws_dynamodb import (
    Attribute,
    AttributeType,
    PointInTimeRecoverySpecification,
    ProjectionType,
    StreamViewType,
    Table,
    TableEncryption,
)

STACK_NAME = "aws-cdk-dynamodb"
TABLE = "Table"
TABLE_WITH_CMK = "TableWithCustomerManagedKey"
TABLE_WITH_GLOBAL_AND_LOCAL_SECONDARY_INDEX = "TableWithGlobalAndLocalSecondaryIndex"
TABLE_WITH_GLOBAL_SECONDARY_INDEX = "TableWithGlobalSecondaryIndex"
TABLE_WITH_LOCAL_SECONDARY_INDEX = "TableWithLocalSecondaryIndex"
TABLE_PARTITION_KEY = Attribute(name="hashKey", type=AttributeType.STRING)
TABLE_SORT_KEY = Attribute(name="sortKey", type=AttributeType.NUMBER)

GSI_TEST_CASE_1 = "GSI-PartitionKeyOnly"
GSI_TEST_CASE_2 = "GSI-PartitionAndSortKeyWithReadAndWriteCapacity"
GSI_TEST_CASE_3 = "GSI-ProjectionTypeKeysOnly"
GSI_TEST_CASE_4 = "GSI-ProjectionTypeInclude"
GSI_TEST_CASE_5 = "GSI-InverseTableKeySchema"
GSI_PARTITION_KEY = Attribute(name="gsiHashKey", type=AttributeType.STRING)
GSI_SORT_KEY = Attribute(name="gsiSortKey", type=AttributeType.NUMBER)
GSI_NON_KEY = [chr(65 + i) for i in range(10)]

LSI_TEST_CASE_1 = "LSI-PartitionAndSortKey"
LSI_TEST_CASE_2 = "LSI-PartitionAndTableSortKey"
LSI_TEST_CASE_3 = "LSI-ProjectionTypeKeysOnly"
LSI_TEST_CASE_4 = "LSI-ProjectionTypeInclude"
LSI_SORT_KEY = Attribute(name="lsiSortKey", type=AttributeType.NUMBER)
LSI_NON_KEY = [chr(75 + i) for i in range(10)]

app = cdk.App()

stack = cdk.Stack(app, STACK_NAME)

table = Table(stack, TABLE, partition_key=TABLE_PARTITION_KEY, removal_policy=cdk.RemovalPolicy.DESTROY, encryption=TableEncryption.CUSTOMER_MANAGED)

table_with_global_and_local_secondary_index = Table(
    stack,
    TABLE_WITH_GLOBAL_AND_LOCAL_SECONDARY_INDEX,
    point_in_time_recovery_specification=PointInTimeRecoverySpecification(point_in_time_recovery_enabled=True),
    encryption=TableEncryption.AWS_MANAGED,
    stream=StreamViewType.KEYS_ONLY,
    time_to_live_attribute="timeToLive",
    partition_key=TABLE_PARTITION_KEY,
    sort_key=TABLE_SORT_KEY,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)

cdk.Tags.of(table_with_global_and_local_secondary_index).add("Environment", "Production")
t = table_with_global_and_local_secondary_index
t.add_global_secondary_index(index_name=GSI_TEST_CASE_1, partition_key=GSI_PARTITION_KEY)
t.add_global_secondary_index(
    index_name=GSI_TEST_CASE_2, partition_key=GSI_PARTITION_KEY, sort_key=GSI_SORT_KEY, read_capacity=10, write_capacity=10
)
t.add_global_secondary_index(
    index_name=GSI_TEST_CASE_3, partition_key=GSI_PARTITION_KEY, sort_key=GSI_SORT_KEY, projection_type=ProjectionType.KEYS_ONLY
)
t.add_global_secondary_index(
    index_name=GSI_TEST_CASE_4,
    partition_key=GSI_PARTITION_KEY,
    sort_key=GSI_SORT_KEY,
    projection_type=ProjectionType.INCLUDE,
    non_key_attributes=GSI_NON_KEY,
)
t.add_global_secondary_index(index_name=GSI_TEST_CASE_5, partition_key=TABLE_SORT_KEY, sort_key=TABLE_PARTITION_KEY)

t.add_local_secondary_index(index_name=LSI_TEST_CASE_2, sort_key=LSI_SORT_KEY)
t.add_local_secondary_index(index_name=LSI_TEST_CASE_1, sort_key=TABLE_SORT_KEY)
t.add_local_secondary_index(index_name=LSI_TEST_CASE_3, sort_key=LSI_SORT_KEY, projection_type=ProjectionType.KEYS_ONLY)
t.add_local_secondary_index(
    index_name=LSI_TEST_CASE_4, sort_key=LSI_SORT_KEY, projection_type=ProjectionType.INCLUDE, non_key_attributes=LSI_NON_KEY
)

encryption_key = kms.Key(stack, "Key", enable_key_rotation=True)

table_with_global_secondary_index = Table(
    stack,
    TABLE_WITH_GLOBAL_SECONDARY_INDEX,
    partition_key=TABLE_PARTITION_KEY,
    removal_policy=cdk.RemovalPolicy.DESTROY,
    encryption_key=encryption_key,
)
table_with_global_secondary_index.add_global_secondary_index(index_name=GSI_TEST_CASE_1, partition_key=GSI_PARTITION_KEY)

table_with_local_secondary_index = Table(
    stack,
    TABLE_WITH_LOCAL_SECONDARY_INDEX,
    partition_key=TABLE_PARTITION_KEY,
    sort_key=TABLE_SORT_KEY,
    removal_policy=cdk.RemovalPolicy.DESTROY,
    encryption=TableEncryption.DEFAULT,
)
table_with_local_secondary_index.add_local_secondary_index(index_name=LSI_TEST_CASE_1, sort_key=LSI_SORT_KEY)

role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("sqs.amazonaws.com"))
table.grant_read_data(role)
table_with_global_and_local_secondary_index.grant_read_data(role)

app.synth()
