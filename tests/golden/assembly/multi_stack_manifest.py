"""Cross-stack references: Ref and GetAtt, inside a Join, a list attribute, and stack dependencies."""

import aws_cdk as cdk
from aws_cdk import Fn, Token

app = cdk.App()
producer = cdk.Stack(app, "Producer")
consumer = cdk.Stack(app, "Consumer")
third = cdk.Stack(app, "Third")

bucket = cdk.CfnResource(producer, "Bucket", type="AWS::S3::Bucket")
topic = cdk.CfnResource(producer, "Topic", type="AWS::SNS::Topic")
# A list-typed attribute travels as a "||"-joined string through the export.
ips = Token.as_list(bucket.get_att("Ips", cdk.ResolutionTypeHint.STRING_LIST))
# The same attribute without the type hint is exported as a plain GetAtt.
untyped = Token.as_list(bucket.get_att("UntypedIps"))

cdk.CfnResource(
    consumer, "User", type="Custom::User",
    properties={
        "Ref": bucket.ref,
        "GetAtt": bucket.get_att("Arn"),
        "InJoin": f"arn:{bucket.ref}/suffix",
        "TwiceSameRef": [bucket.ref, bucket.ref],
        "TopicName": topic.get_att("TopicName").to_string(),
        "ListAttribute": ips,
        "FirstOfList": Fn.select(0, ips),
        "JoinedList": Fn.join(",", ips),
        "UntypedList": untyped,
        "NumberAttribute": Token.as_number(bucket.get_att("Count", cdk.ResolutionTypeHint.NUMBER)),
    },
)
# A reference whose consumer sits in the same stack stays a plain Ref.
cdk.CfnResource(producer, "Local", type="Custom::User", properties={"Bucket": bucket.ref})

# Stack-level dependencies produce no DependsOn in the templates.
third_resource = cdk.CfnResource(third, "Queue", type="AWS::SQS::Queue")
third.add_dependency(producer)
third_resource.node.add_dependency(topic)
cdk.CfnResource(third, "UsesConsumer", type="Custom::User", properties={"Topic": topic.ref})

app.synth()
