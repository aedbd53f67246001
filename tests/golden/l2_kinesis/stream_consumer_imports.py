"""StreamConsumer imports by ARN and attributes, grants on them, resource policies of a consumer (explicit
ResourcePolicy and add_to_resource_policy), typed metric options."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kinesis as kinesis

app = cdk.App()
stack = cdk.Stack(app, "StreamConsumers", env=cdk.Environment(account="111111111111", region="eu-west-1"))
role = iam.Role(stack, "Role", assumed_by=iam.AccountRootPrincipal())

imported = kinesis.StreamConsumer.from_stream_consumer_arn(
    stack, "Imported", "arn:aws:kinesis:eu-west-1:111111111111:stream/orders/consumer/reader:1700000000"
)
imported.grant_read(role)
imported.add_to_resource_policy(
    iam.PolicyStatement(actions=["kinesis:SubscribeToShard"], resources=["*"], principals=[iam.AccountRootPrincipal()])
)
by_attrs = kinesis.StreamConsumer.from_stream_consumer_attributes(
    stack,
    "ByAttrs",
    stream_consumer_arn="arn:aws:kinesis:eu-west-1:222222222222:stream/events/consumer/audit:1700000001",
)
by_attrs.grant(role, "kinesis:DescribeStreamConsumer")
cdk.CfnOutput(stack, "ImportedName", value=imported.stream_consumer_name)
cdk.CfnOutput(stack, "ImportedStreamName", value=imported.stream.stream_name)
cdk.CfnOutput(stack, "ByAttrsStream", value=by_attrs.stream.stream_arn)

stream = kinesis.Stream(stack, "Stream", stream_name="clicks", stream_mode=kinesis.StreamMode.ON_DEMAND)
consumer = kinesis.StreamConsumer(stack, "Consumer", stream=stream, stream_consumer_name="fanout")
consumer.add_to_resource_policy(
    iam.PolicyStatement(
        actions=["kinesis:DescribeStreamConsumer"],
        resources=[consumer.stream_consumer_arn],
        principals=[iam.AccountPrincipal("333333333333")],
    )
)
other = kinesis.StreamConsumer(stack, "Other", stream=stream, stream_consumer_name="second")
kinesis.ResourcePolicy(
    stack,
    "OtherPolicy",
    stream_consumer=other,
    policy_document=iam.PolicyDocument(
        statements=[
            iam.PolicyStatement(
                actions=["kinesis:SubscribeToShard"],
                resources=[other.stream_consumer_arn],
                principals=[iam.AccountPrincipal("444444444444")],
            )
        ]
    ),
)
cdk.CfnOutput(stack, "ConsumerName", value=consumer.stream_consumer_name)

cloudwatch.Alarm(
    stack,
    "Lag",
    metric=stream.metric_get_records_iterator_age_milliseconds(
        period=cdk.Duration.minutes(1), statistic="p99", label="lag", color="#ff0000", unit=cloudwatch.Unit.MILLISECONDS
    ),
    threshold=60000,
    evaluation_periods=3,
)
cloudwatch.Alarm(
    stack,
    "Custom",
    metric=stream.metric("GetRecords.Bytes", dimensions_map={"StreamName": "clicks"}, account="111111111111", region="eu-west-1"),
    threshold=1,
    evaluation_periods=1,
)

cross = cdk.Stack(app, "CrossConsumer", env=cdk.Environment(account="555555555555", region="eu-west-1"))
cross_role = iam.Role(cross, "CrossRole", assumed_by=iam.AccountRootPrincipal(), role_name="cross-reader")
consumer.grant_read(cross_role)

app.synth()
