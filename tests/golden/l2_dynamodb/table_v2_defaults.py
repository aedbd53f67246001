"""TableV2 defaults: a global table billed on demand, with the stack's region as its only replica."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb

app = cdk.App()
stack = cdk.Stack(app, "TableV2Defaults")
dynamodb.TableV2(stack, "Table", partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING))
dynamodb.TableV2(
    stack,
    "Options",
    partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
    sort_key=dynamodb.Attribute(name="sk", type=dynamodb.AttributeType.NUMBER),
    table_name="v2-table",
    billing=dynamodb.Billing.on_demand(max_read_request_units=100, max_write_request_units=50),
    dynamo_stream=dynamodb.StreamViewType.NEW_IMAGE,
    time_to_live_attribute="ttl",
    point_in_time_recovery=True,
    deletion_protection=True,
    contributor_insights=True,
    table_class=dynamodb.TableClass.STANDARD_INFREQUENT_ACCESS,
    encryption=dynamodb.TableEncryptionV2.aws_managed_key(),
    removal_policy=cdk.RemovalPolicy.DESTROY,
    tags=[cdk.CfnTag(key="team", value="data")],
)
app.synth()
