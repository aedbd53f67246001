"""Port of aws-cdk's integ.dynamodb.contirubtor-insights-for-gsi: contributor insights on and off per index."""

import aws_cdk as cdk
from aws_cdk.aws_dynamodb import Attribute, AttributeType, ContributorInsightsSpecification, Table

STACK_NAME = "aws-cdk-dynamodb-contributor-insights-for-gsi"
TABLE = "TableWithGlobalSecondaryIndex"
TABLE_PARTITION_KEY = Attribute(name="hashKey", type=AttributeType.STRING)
GSI_TEST_CASE_1 = "GSI-ContributorInsightsEnabled"
GSI_TEST_CASE_2 = "GSI-ContributorInsightsDisabled"
GSI_PARTITION_KEY = Attribute(name="gsiHashKey", type=AttributeType.STRING)

app = cdk.App()

stack = cdk.Stack(app, STACK_NAME)

table = Table(stack, TABLE, partition_key=TABLE_PARTITION_KEY, removal_policy=cdk.RemovalPolicy.DESTROY)

table.add_global_secondary_index(
    contributor_insights_specification=ContributorInsightsSpecification(enabled=True),
    index_name=GSI_TEST_CASE_1,
    partition_key=GSI_PARTITION_KEY,
)
table.add_global_secondary_index(
    contributor_insights_specification=ContributorInsightsSpecification(enabled=False),
    index_name=GSI_TEST_CASE_2,
    partition_key=GSI_PARTITION_KEY,
)

app.synth()
