"""Port of aws-cdk's integ.global-replicas-provisioned: a PROVISIONED global Table in an environment-agnostic
stack (a ``StackRegionNotEquals<region>`` condition per replica) with auto-scaled write capacity."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb

app = cdk.App()
stack = cdk.Stack(app, "aws-cdkdynamodb-global-replicas-provisioned")

table = dynamodb.Table(
    stack,
    "Table",
    partition_key=dynamodb.Attribute(name="hashKey", type=dynamodb.AttributeType.STRING),
    removal_policy=cdk.RemovalPolicy.DESTROY,
    replication_regions=["us-east-2", "eu-west-3"],
    billing_mode=dynamodb.BillingMode.PROVISIONED,
)

table.auto_scale_write_capacity(min_capacity=5, max_capacity=10).scale_on_utilization(target_utilization_percent=75)

app.synth()
