"""Port of aws-cdk's integ.dynamodb.pitr: a point-in-time recovery period on a Table."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from constructs import Construct

app = cdk.App()


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)

        dynamodb.Table(
            self,
            "TableTest",
            partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
            removal_policy=cdk.RemovalPolicy.DESTROY,
            point_in_time_recovery_specification=dynamodb.PointInTimeRecoverySpecification(
                point_in_time_recovery_enabled=True, recovery_period_in_days=10
            ),
        )


stack = TestStack(app, "table-pitr", env=cdk.Environment(region="eu-west-1"))

app.synth()
