"""Port of aws-cdk's integ.environment-variables: environment variables from props and ``add_environment_variable``."""

import tempfile
from pathlib import Path

import aws_cdk as cdk
from aws_cdk import aws_appsync as appsync

SCHEMA = Path(tempfile.mkdtemp()) / "appsync.js-resolver.graphql"
SCHEMA.write_text("type Test {\n  id: String!\n  name: String!\n}\n\ntype Query {\n  getTests: [Test]!\n}\n")

app = cdk.App()
stack = cdk.Stack(app, "AppSyncEnvironmentVariables")
api = appsync.GraphqlApi(
    stack,
    "Api",
    name="Api",
    definition=appsync.Definition.from_schema(appsync.SchemaFile.from_asset(str(SCHEMA))),
    environment_variables={"EnvKey1": "non-empty-1"},
)
api.add_environment_variable("EnvKey2", "non-empty-2")
app.synth()
