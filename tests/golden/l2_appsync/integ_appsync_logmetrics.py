"""Port of aws-cdk's integ.appsync-logmetrics: log retention and a metric filter on the API's log group."""

import tempfile
from pathlib import Path

from aws_cdk import App, Stack
from aws_cdk.aws_appsync import AuthorizationConfig, GraphqlApi, LogConfig, SchemaFile
from aws_cdk.aws_logs import FilterPattern, RetentionDays

SCHEMA = Path(tempfile.mkdtemp()) / "appsync.test.graphql"
SCHEMA.write_text("type test {\n  version: String!\n}\n\ntype Query {\n  getTests: [test]!\n}\n")

app = App()
stack = Stack(app, "AppSyncLogMetrics")
log_config = LogConfig(retention=RetentionDays.ONE_WEEK)
api = GraphqlApi(
    stack,
    "Api",
    authorization_config=AuthorizationConfig(),
    name="IntegLogRetention",
    schema=SchemaFile.from_asset(str(SCHEMA)),
    log_config=log_config,
)
api.log_group.add_metric_filter(
    "MetricFilter",
    filter_pattern=FilterPattern.literal('{ $.fieldName = "myQuery" && $.fieldInError IS TRUE }'),
    metric_name="ErrorCount",
    metric_namespace="MyNamespace",
    metric_value="1",
)
app.synth()
