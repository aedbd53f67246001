"""Port of aws-cdk's integ.graphql-field-level-log: INFO field-level logging (the logs role, no retention)."""

import tempfile
from pathlib import Path

import aws_cdk as cdk
from aws_cdk import aws_appsync as appsync

SCHEMA = Path(tempfile.mkdtemp()) / "appsync.lambda.graphql"
SCHEMA.write_text("type Post {\n  id: ID!\n}\n\ntype Query {\n  getPost(id: ID!): Post\n}\n")

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-appsync-graphql-field-level-log")
appsync.GraphqlApi(
    stack,
    "LambdaAPI",
    name="LambdaAPI",
    definition=appsync.Definition.from_schema(appsync.SchemaFile.from_asset(str(SCHEMA))),
    log_config=appsync.LogConfig(field_log_level=appsync.FieldLogLevel.INFO),
)
app.synth()
