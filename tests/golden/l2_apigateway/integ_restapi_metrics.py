"""Port of aws-cdk's integ.restapi-metrics.ts: alarms on API, method and stage metrics."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_cloudwatch as cloudwatch

app = cdk.App()
stack = cdk.Stack(app, "restapi-metrics")
rest_api = apigw.RestApi(stack, "Api", cloud_watch_role=True)
stage = rest_api.deployment_stage
method = rest_api.root.add_method("GET")

cloudwatch.Alarm(stack, "RestApiAlarm", metric=rest_api.metric_client_error(), evaluation_periods=1, threshold=1)
cloudwatch.Alarm(stack, "MethodAlarm", metric=method.metric_server_error(stage), evaluation_periods=1, threshold=1)
cloudwatch.Alarm(stack, "StageAlarm", metric=stage.metric_count(), evaluation_periods=1, threshold=1)
app.synth()
