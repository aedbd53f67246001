"""TableV2 grants in an env-agnostic stack, with and without indexes, and imported V2 tables."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "TableV2Grants")
table = dynamodb.TableV2(stack, "Table", partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING))
indexed = dynamodb.TableV2(
    stack, "Indexed", partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING)
)
indexed.add_global_secondary_index(
    index_name="gsi", partition_key=dynamodb.Attribute(name="g", type=dynamodb.AttributeType.STRING)
)
imported = dynamodb.TableV2.from_table_name(stack, "Imported", "existing")


def role(name: str) -> iam.Role:
    return iam.Role(stack, name, assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))


table.grant_read_data(role("Read"))
table.grant_write_data(role("Write"))
table.grant_full_access(role("Full"))
table.grant_table_list_streams(role("List"))
indexed.grant_read_write_data(role("IndexReadWrite"))
indexed.grant(role("Custom"), "dynamodb:Query")
imported.grant_read_data(role("ImportedRead"))
app.synth()
