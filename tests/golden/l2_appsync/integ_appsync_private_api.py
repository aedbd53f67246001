"""Port of aws-cdk's integ.appsync-private-api: a GraphQL API with `visibility`."""

import tempfile
from pathlib import Path

import aws_cdk as cdk
import jsii
from aws_cdk import aws_appsync as appsync


@jsii.implements(cdk.IStringProducer)
class NameProducer:
    def produce(self, context):
        return "NoneDS"


SCHEMA = Path(tempfile.mkdtemp()) / "appsync.test.graphql"
SCHEMA.write_text("type test {\n  version: String!\n}\n\ntype Query {\n  getTests: [test]!\n}\n")

app = cdk.App()
stack = cdk.Stack(app, "stack")
api = appsync.GraphqlApi(
    stack,
    "PrivateApi",
    name="PrivateApi",
    definition=appsync.Definition.from_schema(appsync.SchemaFile.from_asset(str(SCHEMA))),
    visibility=appsync.Visibility.PRIVATE,
)
api.add_none_data_source("NoneDS", name=cdk.Lazy.uncached_string(NameProducer()))
app.synth()
