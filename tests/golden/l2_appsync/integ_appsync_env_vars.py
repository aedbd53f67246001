"""Port of aws-cdk's integ.appsync-env-vars: environment variables from props and added later (one overwritten)."""

import tempfile
from pathlib import Path

import aws_cdk as cdk
from aws_cdk import aws_appsync as appsync
from aws_cdk import aws_sqs as sqs

SCHEMA = Path(tempfile.mkdtemp()) / "appsync.test.graphql"
SCHEMA.write_text("type test {\n  version: String!\n}\n\ntype Query {\n  getTests: [test]!\n}\n")

app = cdk.App()
stack = cdk.Stack(app, "stack")
api = appsync.GraphqlApi(
    stack,
    "EnvVarTestAPI",
    name="env-var-test-api",
    schema=appsync.SchemaFile.from_asset(str(SCHEMA)),
    authorization_config=appsync.AuthorizationConfig(
        default_authorization=appsync.AuthorizationMode(authorization_type=appsync.AuthorizationType.IAM)
    ),
    environment_variables={"overwrite": "false", "purpose": "testing"},
)
queue = sqs.Queue(stack, "Queue")
api.add_environment_variable("after", "good")
api.add_environment_variable("queue", queue.queue_url)
api.add_environment_variable("overwrite", "true")
app.synth()
