"""Port of aws-cdk's integ.dynamodb.ondemand: on-demand tables with global and local secondary indexes,
throughput caps, streams, TTL and tags."""

import aws_cdk as cdk
from aws_cdk.aws_dynamodb import Attribute, AttributeType, BillingMode, ProjectionType, StreamViewType, Table, TableEncryption

STACK_NAME = "aws-cdk-dynamodb"
TABLE = "Table"
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

Table(
    stack,
    TABLE,
    billing_mode=BillingMode.PAY_PER_REQUEST,
    partition_key=TABLE_PARTITION_KEY,
    removal_policy=cdk.RemovalPolicy.DESTROY,
    max_read_request_units=100,
    max_write_request_units=200,
)

table_with_global_and_local_secondary_index = Table(
    stack,
    TABLE_WITH_GLOBAL_AND_LOCAL_SECONDARY_INDEX,
    point_in_time_recovery=True,
    encryption=TableEncryption.AWS_MANAGED,
    stream=StreamViewType.KEYS_ONLY,
    billing_mode=BillingMode.PAY_PER_REQUEST,
    time_to_live_attribute="timeToLive",
    partition_key=TABLE_PARTITION_KEY,
    sort_key=TABLE_SORT_KEY,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)

cdk.Tags.of(table_with_global_and_local_secondary_index).add("Environment", "Production")

table_with_global_and_local_secondary_index.add_global_secondary_index(
    index_name=GSI_TEST_CASE_1, partition_key=GSI_PARTITION_KEY, max_read_request_units=100, max_write_request_units=100
)
table_with_global_and_local_secondary_index.add_global_secondary_index(
    index_name=GSI_TEST_CASE_2, partition_key=GSI_PARTITION_KEY, sort_key=GSI_SORT_KEY
)
table_with_global_and_local_secondary_index.add_global_secondary_index(
    index_name=GSI_TEST_CASE_3,
    partition_key=GSI_PARTITION_KEY,
    sort_key=GSI_SORT_KEY,
    projection_type=ProjectionType.KEYS_ONLY,
)
table_with_global_and_local_secondary_index.add_global_secondary_index(
    index_name=GSI_TEST_CASE_4,
    partition_key=GSI_PARTITION_KEY,
    sort_key=GSI_SORT_KEY,
    projection_type=ProjectionType.INCLUDE,
    non_key_attributes=GSI_NON_KEY,
)
table_with_global_and_local_secondary_index.add_global_secondary_index(
    index_name=GSI_TEST_CASE_5, partition_key=TABLE_SORT_KEY, sort_key=TABLE_PARTITION_KEY
)

table_with_global_and_local_secondary_index.add_local_secondary_index(index_name=LSI_TEST_CASE_2, sort_key=LSI_SORT_KEY)
table_with_global_and_local_secondary_index.add_local_secondary_index(index_name=LSI_TEST_CASE_1, sort_key=TABLE_SORT_KEY)
table_with_global_and_local_secondary_index.add_local_secondary_index(
    index_name=LSI_TEST_CASE_3, sort_key=LSI_SORT_KEY, projection_type=ProjectionType.KEYS_ONLY
)
table_with_global_and_local_secondary_index.add_local_secondary_index(
    index_name=LSI_TEST_CASE_4,
    sort_key=LSI_SORT_KEY,
    projection_type=ProjectionType.INCLUDE,
    non_key_attributes=LSI_NON_KEY,
)

table_with_global_secondary_index = Table(
    stack,
    TABLE_WITH_GLOBAL_SECONDARY_INDEX,
    billing_mode=BillingMode.PAY_PER_REQUEST,
    partition_key=TABLE_PARTITION_KEY,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
table_with_global_secondary_index.add_global_secondary_index(index_name=GSI_TEST_CASE_1, partition_key=GSI_PARTITION_KEY)

table_with_local_secondary_index = Table(
    stack,
    TABLE_WITH_LOCAL_SECONDARY_INDEX,
    billing_mode=BillingMode.PAY_PER_REQUEST,
    partition_key=TABLE_PARTITION_KEY,
    sort_key=TABLE_SORT_KEY,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)

table_with_local_secondary_index.add_local_secondary_index(index_name=LSI_TEST_CASE_1, sort_key=LSI_SORT_KEY)

app.synth()
