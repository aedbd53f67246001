"""Port of aws-cdk's integ.log-retention (assertions dropped): a one-week log retention on the API's log group."""

import tempfile
from pathlib import Path

from aws_cdk import App, Stack
from aws_cdk.aws_appsync import AuthorizationConfig, GraphqlApi, LogConfig, SchemaFile
from aws_cdk.aws_logs import RetentionDays

SCHEMA = Path(tempfile.mkdtemp()) / "appsync.test.graphql"
SCHEMA.write_text("type test {\n  version: String!\n}\n\ntype Query {\n  getTests: [test]!\n}\n")

app = App()
stack = Stack(app, "AppSyncIntegLogRetention")
api = GraphqlApi(
    stack,
    "GraphqlApi",
    authorization_config=AuthorizationConfig(),
    name="IntegLogRetention",
    schema=SchemaFile.from_asset(str(SCHEMA)),
    log_config=LogConfig(retention=RetentionDays.ONE_WEEK),
)
app.synth()
