"""Global Tables (``replication_regions``) with the other replication options: ``replication_timeout``,
``wait_for_replication_to_finish`` both ways, ``replica_removal_policy`` and the table's removal policy under the
``retainTableReplica`` flag, two tables sharing the stack's replica provider, grants covering the replicas, and a
PROVISIONED global table in a stack with a known region."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_iam as iam

app = cdk.App(post_cli_context={"@aws-cdk/aws-dynamodb:retainTableReplica": True})
stack = cdk.Stack(app, "GlobalTableOptions")

first = dynamodb.Table(
    stack,
    "First",
    partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
    sort_key=dynamodb.Attribute(name="sk", type=dynamodb.AttributeType.NUMBER),
    stream=dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
    replication_regions=["us-east-2", "eu-west-1", "us-east-2"],
    replication_timeout=cdk.Duration.hours(1),
    wait_for_replication_to_finish=False,
    replica_removal_policy=cdk.RemovalPolicy.RETAIN,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
first.add_local_secondary_index(
    index_name="by-other", sort_key=dynamodb.Attribute(name="other", type=dynamodb.AttributeType.STRING)
)

second = dynamodb.Table(
    stack,
    "Second",
    partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
    replication_regions=["us-west-2"],
    wait_for_replication_to_finish=True,
)
reader = iam.Role(stack, "Reader", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
second.grant_read_data(reader)
first.grant_stream_read(reader)

regional = cdk.Stack(app, "GlobalTableKnownRegion", env=cdk.Environment(region="eu-central-1"))
provisioned = dynamodb.Table(
    regional,
    "Provisioned",
    partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
    billing_mode=dynamodb.BillingMode.PROVISIONED,
    read_capacity=3,
    replication_regions=["eu-north-1"],
    replica_removal_policy=cdk.RemovalPolicy.DESTROY,
)
provisioned.auto_scale_write_capacity(min_capacity=1, max_capacity=4).scale_on_utilization(
    target_utilization_percent=50
)

app.synth()
