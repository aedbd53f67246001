"""Port of aws-cdk's integ.custom-resource-config-lambda-node-runtime: ``CustomResourceConfig.add_lambda_runtime``
over an app whose global Table brings the DynamoDB replica provider (a nested stack with a ``Provider``)."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_lambda as lambda_
from aws_cdk.custom_resources import CustomResourceConfig

app = cdk.App(post_cli_context={
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
    "@aws-cdk/aws-dynamodb:retainTableReplica": True,
})
stack = cdk.Stack(app, "MyStack")

dynamodb.Table(
    stack,
    "Table",
    partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
    removal_policy=cdk.RemovalPolicy.DESTROY,
    replication_regions=["us-east-2"],
)

lambda_.Function(
    stack,
    "nonCrLambda",
    code=lambda_.Code.from_inline("helloWorld"),
    handler="index.handler",
    runtime=lambda_.Runtime.NODEJS_20_X,
)

CustomResourceConfig.of(app).add_lambda_runtime(lambda_.Runtime.NODEJS_20_X)

app.synth()
