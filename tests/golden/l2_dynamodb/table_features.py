"""Streams, TTL, point-in-time recovery, deletion protection, contributor insights, table class, removal."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb

app = cdk.App()
stack = cdk.Stack(app, "TableFeatures")
pk = dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING)
dynamodb.Table(
    stack,
    "All",
    partition_key=pk,
    stream=dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
    time_to_live_attribute="expires",
    point_in_time_recovery=True,
    deletion_protection=True,
    contributor_insights_enabled=True,
    table_class=dynamodb.TableClass.STANDARD_INFREQUENT_ACCESS,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
dynamodb.Table(
    stack,
    "PitrSpec",
    partition_key=pk,
    point_in_time_recovery_specification=dynamodb.PointInTimeRecoverySpecification(
        point_in_time_recovery_enabled=True, recovery_period_in_days=7
    ),
    contributor_insights_specification=dynamodb.ContributorInsightsSpecification(
        enabled=True, mode=dynamodb.ContributorInsightsMode.THROTTLED_KEYS
    ),
    stream=dynamodb.StreamViewType.KEYS_ONLY,
    removal_policy=cdk.RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE,
    warm_throughput=dynamodb.WarmThroughput(read_units_per_second=13000, write_units_per_second=5000),
)
dynamodb.Table(stack, "NoPitr", partition_key=pk, point_in_time_recovery=False, deletion_protection=False)
app.synth()
