"""Port of aws-cdk's integ.dynamodb-v2.cci: contributor insights modes on a TableV2, a replica and a replica's
index. Adapted: the TypeScript's ``contributorInsightsMode`` is ``mode`` in 2.275."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from constructs import Construct

app = cdk.App()


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)

        dynamodb.TableV2(
            self,
            "TableV2",
            partition_key=dynamodb.Attribute(name="hashKey", type=dynamodb.AttributeType.STRING),
            sort_key=dynamodb.Attribute(name="sortKey", type=dynamodb.AttributeType.NUMBER),
            global_secondary_indexes=[
                dynamodb.GlobalSecondaryIndexPropsV2(
                    index_name="gsi",
                    partition_key=dynamodb.Attribute(name="gsiHashKey", type=dynamodb.AttributeType.STRING),
                )
            ],
            contributor_insights_specification=dynamodb.ContributorInsightsSpecification(
                enabled=True, mode=dynamodb.ContributorInsightsMode.ACCESSED_AND_THROTTLED_KEYS
            ),
            replicas=[
                dynamodb.ReplicaTableProps(
                    region="eu-west-2",
                    contributor_insights_specification=dynamodb.ContributorInsightsSpecification(enabled=False),
                    global_secondary_index_options={
                        "gsi": dynamodb.ReplicaGlobalSecondaryIndexOptions(
                            contributor_insights_specification=dynamodb.ContributorInsightsSpecification(
                                enabled=True, mode=dynamodb.ContributorInsightsMode.THROTTLED_KEYS
                            )
                        )
                    },
                )
            ],
        )


stack = TestStack(app, "CCI-Integ-Test", env=cdk.Environment(region="eu-west-1"))

app.synth()
