"""Tags on raw CfnResources: a raw CfnResource is not taggable, so no Tags appear in the template."""

import aws_cdk as cdk
from aws_cdk import Tags

from constructs import Construct

app = cdk.App()
stack = cdk.Stack(app, "TagsOnRaw", tags={"StackTag": "from-props"})

group = Construct(stack, "Group")
cdk.CfnResource(group, "Raw", type="AWS::SNS::Topic")
cdk.CfnResource(group, "RawWithTags", type="AWS::SNS::Topic", properties={"Tags": [{"Key": "own", "Value": "v"}]})
cdk.CfnResource(stack, "Other", type="AWS::SQS::Queue")

Tags.of(stack).add("team", "core")
Tags.of(group).add("team", "group", priority=300)
Tags.of(group).add("only-topics", "yes", include_resource_types=["AWS::SNS::Topic"])
Tags.of(stack).add("not-queues", "yes", exclude_resource_types=["AWS::SQS::Queue"])
Tags.of(group).remove("team", priority=400)
Tags.of(app).add("app-wide", "v")

app.synth()
