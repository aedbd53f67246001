"""Port of aws-cdk's integ.table-skip-replica-deletion: ``replica_removal_policy`` with the
``@aws-cdk/aws-dynamodb:retainTableReplica`` flag on (the replica's ``SkipReplicaDeletion`` property)."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from constructs import Construct


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        self.table = dynamodb.Table(
            self,
            "Table",
            partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
            replica_removal_policy=cdk.RemovalPolicy.DESTROY,
            removal_policy=cdk.RemovalPolicy.DESTROY,
            replication_regions=["eu-west-2"],
        )


app = cdk.App(post_cli_context={
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
    "@aws-cdk/aws-dynamodb:retainTableReplica": True,
})
TestStack(app, "cdk-dynamodb-skip-replica-deletion")
app.synth()
