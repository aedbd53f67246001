"""Port of aws-cdk's integ.appsync-enhanced-metrics: API, data source and resolver metrics settings."""

import json
import tempfile
from pathlib import Path

import aws_cdk as cdk
from aws_cdk import aws_appsync as appsync

SCHEMA = Path(tempfile.mkdtemp()) / "appsync.test.graphql"
SCHEMA.write_text("type test {\n  version: String!\n}\n\ntype Query {\n  getTests: [test]!\n}\n")

app = cdk.App()
stack = cdk.Stack(app, "stack")
api = appsync.GraphqlApi(
    stack,
    "EnhancedMetrics",
    name="EnhancedMetrics",
    definition=appsync.Definition.from_file(str(SCHEMA)),
    enhanced_metrics_config=appsync.EnhancedMetricsConfig(
        data_source_level_metrics_behavior=appsync.DataSourceLevelMetricsBehavior.PER_DATA_SOURCE_METRICS,
        operation_level_metrics_config=appsync.OperationLevelMetricsConfig.ENABLED,
        resolver_level_metrics_behavior=appsync.ResolverLevelMetricsBehavior.PER_RESOLVER_METRICS,
    ),
)
none_ds = api.add_none_data_source("none", name="None", metrics_config=appsync.DataSourceMetricsConfig.ENABLED)
none_ds.create_resolver(
    "QuerygetServiceVersion",
    type_name="Query",
    field_name="getTests",
    request_mapping_template=appsync.MappingTemplate.from_string(json.dumps({"version": "2017-02-28"})),
    response_mapping_template=appsync.MappingTemplate.from_string(json.dumps({"version": "v1"})),
    metrics_config=appsync.ResolverMetricsConfig.ENABLED,
)
app.synth()
