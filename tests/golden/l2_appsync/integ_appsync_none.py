"""Port of aws-cdk's integ.appsync-none: a schema-file API (deprecated ``schema``) with a lazily named None source."""

import tempfile
from pathlib import Path

import aws_cdk as cdk
import jsii
from aws_cdk import aws_appsync as appsync


@jsii.implements(cdk.IStringProducer)
class NameProducer:
    def produce(self, context):
        return "NoneDS"


SCHEMA = Path(tempfile.mkdtemp()) / "appsync.none.graphql"
SCHEMA.write_text("type test {\n  version: String!\n}\n\ntype Query {\n  getTests: [test]!\n}\n")

app = cdk.App()
stack = cdk.Stack(app, "stack")

api = appsync.GraphqlApi(
    stack, "NoneAPI", name="NoneAPI", schema=appsync.SchemaFile.from_asset(str(SCHEMA))
)
api.add_none_data_source("NoneDS", name=cdk.Lazy.uncached_string(NameProducer()))

app.synth()
