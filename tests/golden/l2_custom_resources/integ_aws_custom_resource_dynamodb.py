"""Port of aws-cdk integ.aws-custom-resource-dynamodb.ts: PutItem on create and update. ``IntegTest`` dropped."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import custom_resources as cr
from constructs import Construct


class AWSCustomResourceDynamoDb(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        my_table = dynamodb.Table(
            self,
            "myTable",
            partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
            removal_policy=cdk.RemovalPolicy.DESTROY,
        )
        put = {"Item": {"id": {"S": "test-value"}}, "TableName": my_table.table_name}
        cr.AwsCustomResource(
            self,
            "myCR",
            memory_size=1024,
            policy=cr.AwsCustomResourcePolicy.from_sdk_calls(resources=cr.AwsCustomResourcePolicy.ANY_RESOURCE),
            install_latest_aws_sdk=True,
            on_create=cr.AwsSdkCall(
                service="DynamoDB",
                action="PutItem",
                parameters=put,
                physical_resource_id=cr.PhysicalResourceId.of("myCRphysicalResourceID"),
            ),
            on_update=cr.AwsSdkCall(
                service="DynamoDB",
                action="PutItem",
                parameters=put,
                physical_resource_id=cr.PhysicalResourceId.of("myCRphysicalResourceID"),
            ),
        )


app = cdk.App()
AWSCustomResourceDynamoDb(app, "aws-cdk-sdk-dynamodb")
app.synth()
