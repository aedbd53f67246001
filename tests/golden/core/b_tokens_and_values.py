"""Token API values in templates: JsonNull, Fn.get_stack_output, SecretValue keys and resource attributes, a
per-resource cross-stack reference strength, TimeZone/Bitrate/Size/Duration values, parameter and output options."""

import aws_cdk as cdk

app = cdk.App()
producer = cdk.Stack(app, "Producer")
consumer = cdk.Stack(app, "Consumer")

topic = cdk.CfnResource(producer, "Topic", type="AWS::SNS::Topic")
topic.apply_cross_stack_reference_strength(cdk.ReferenceStrength.WEAK)
secret = cdk.CfnResource(producer, "Secret", type="AWS::SecretsManager::Secret")
strong = cdk.CfnResource(producer, "Queue", type="AWS::SQS::Queue")

cdk.CfnResource(
    consumer,
    "Sub",
    type="AWS::SNS::Subscription",
    properties={
        "TopicArn": topic.ref,
        "Endpoint": strong.get_att("Arn").to_string(),
        "Protocol": "sqs",
    },
)

cdk.CfnResource(
    producer,
    "Values",
    type="Custom::Values",
    properties={
        "ServiceToken": "arn:aws:lambda:us-east-1:123456789012:function:values",
        "Nulls": [cdk.JsonNull.INSTANCE, "x"],
        "DroppedNull": cdk.JsonNull.INSTANCE,
        "Output": cdk.Fn.get_stack_output("Other", "BucketName"),
        "OutputFar": cdk.Fn.get_stack_output("Other", "BucketName", "eu-west-1", "arn:aws:iam::123456789012:role/R"),
        "SecretKey": cdk.SecretValue.cfn_dynamic_reference_key("MySecret", json_field="password", version_stage="AWSCURRENT"),
        "SecretAttr": cdk.SecretValue.resource_attribute(secret.get_att("Id").to_string()).unsafe_unwrap(),
        "Zone": cdk.TimeZone.AMERICA_PORT_MINUS_AU_MINUS_PRINCE.timezone_name,
        "OtherZone": cdk.TimeZone.ETC_GMT_MINUS_14.timezone_name,
        "Bps": cdk.Bitrate.mbps(25).to_bps(),
        "Kbps": cdk.Bitrate.gbps(1.5).to_kbps(),
        "Human": cdk.Size.kibibytes(1536).to_human_string(),
        "SizeCode": cdk.Size.gibibytes(4).to_string(),
        "DurationCode": cdk.Duration.minutes(90).to_string(),
        "Concat": cdk.Tokenization.reverse_string(f"a-{topic.ref}-b").join(cdk.StringConcat()),
        "Resolved": cdk.Token.is_resolved("plain"),
    },
)

schedule = cdk.CfnResource(
    producer,
    "Schedule",
    type="AWS::Scheduler::Schedule",
    properties={
        "ScheduleExpression": "cron(0 9 * * ? *)",
        "ScheduleExpressionTimezone": cdk.TimeZone.ASIA_UST_MINUS_NERA.timezone_name,
        "FlexibleTimeWindow": {"Mode": "OFF"},
        "Target": {"Arn": strong.get_att("Arn").to_string(), "RoleArn": "arn:aws:iam::123456789012:role/S"},
    },
)

param = cdk.CfnParameter(
    producer,
    "Size",
    type="Number",
    default="3",
    allowed_values=["1", "3", "5"],
    constraint_description="odd",
    description="how many",
    max_value=5,
    min_value=1,
    no_echo=True,
)
name = cdk.CfnParameter(
    producer, "Name", allowed_pattern="[a-z]+", max_length=10, min_length=2, description="a name"
)
cond = cdk.CfnCondition(producer, "IsBig", expression=cdk.Fn.condition_equals(param.value_as_number, 5))
cdk.CfnOutput(
    producer, "Out", value=name.value_as_string, condition=cond, description="the name", export_name="TheName",
    key="NameOutput",
)
app.synth()
