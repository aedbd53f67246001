"""Local secondary indexes next to a global one."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb

app = cdk.App()
stack = cdk.Stack(app, "TableLsi")
table = dynamodb.Table(
    stack,
    "Table",
    partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
    sort_key=dynamodb.Attribute(name="sk", type=dynamodb.AttributeType.STRING),
    billing_mode=dynamodb.BillingMode.PAY_PER_REQUEST,
)
table.add_local_secondary_index(
    index_name="ByDate", sort_key=dynamodb.Attribute(name="date", type=dynamodb.AttributeType.NUMBER)
)
table.add_local_secondary_index(
    index_name="ByName",
    sort_key=dynamodb.Attribute(name="name", type=dynamodb.AttributeType.STRING),
    projection_type=dynamodb.ProjectionType.INCLUDE,
    non_key_attributes=["email"],
)
table.add_global_secondary_index(
    index_name="Global", partition_key=dynamodb.Attribute(name="name", type=dynamodb.AttributeType.STRING)
)
app.synth()
