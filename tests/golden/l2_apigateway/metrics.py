"""API, stage and method metrics rendered through alarms."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway

app = cdk.App()
stack = cdk.Stack(app, "ApiMetrics")
api = apigateway.RestApi(stack, "Api")
method = api.root.add_method("GET")
api.metric_client_error().create_alarm(stack, "ClientErrors", threshold=1, evaluation_periods=1)
api.metric_server_error().create_alarm(stack, "ServerErrors", threshold=1, evaluation_periods=1)
api.metric_count(period=cdk.Duration.minutes(1)).create_alarm(stack, "Count", threshold=100, evaluation_periods=2)
api.metric_latency().create_alarm(stack, "Latency", threshold=500, evaluation_periods=1)
api.metric_integration_latency().create_alarm(stack, "IntegLatency", threshold=500, evaluation_periods=1)
api.metric_cache_hit_count().create_alarm(stack, "Hits", threshold=1, evaluation_periods=1)
api.metric_cache_miss_count().create_alarm(stack, "Misses", threshold=1, evaluation_periods=1)
api.metric("Custom", statistic="Maximum").create_alarm(stack, "Custom", threshold=1, evaluation_periods=1)
api.deployment_stage.metric_client_error().create_alarm(stack, "StageErrors", threshold=1, evaluation_periods=1)
api.deployment_stage.metric_latency().create_alarm(stack, "StageLatency", threshold=1, evaluation_periods=1)
method.metric_server_error(api.deployment_stage).create_alarm(stack, "MethodErrors", threshold=1,
                                                              evaluation_periods=1)
method.metric_count(api.deployment_stage).create_alarm(stack, "MethodCount", threshold=1, evaluation_periods=1)
app.synth()
