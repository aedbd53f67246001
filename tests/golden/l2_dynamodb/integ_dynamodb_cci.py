"""Port of aws-cdk's integ.dynamodb.cci: contributor insights with a mode on a Table."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from constructs import Construct

app = cdk.App()


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)

        dynamodb.Table(
            self,
            "TableV2",
            partition_key=dynamodb.Attribute(name="hashKey", type=dynamodb.AttributeType.STRING),
            sort_key=dynamodb.Attribute(name="sortKey", type=dynamodb.AttributeType.NUMBER),
            contributor_insights_specification=dynamodb.ContributorInsightsSpecification(
                enabled=True, mode=dynamodb.ContributorInsightsMode.ACCESSED_AND_THROTTLED_KEYS
            ),
        )


stack = TestStack(app, "CCI-Integ-Test-TableV1", env=cdk.Environment(region="eu-west-1"))

app.synth()
