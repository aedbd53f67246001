"""deploy_options: tracing, logging, data trace, metrics, throttling, method options, variables, access logs."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_kinesisfirehose as firehose
from aws_cdk import aws_logs as logs

app = cdk.App()
stack = cdk.Stack(app, "StageOpts")
log_group = logs.LogGroup(stack, "AccessLogs")
api = apigateway.RestApi(stack, "Api", deploy_options=apigateway.StageOptions(
    stage_name="beta", description="beta stage", tracing_enabled=True,
    logging_level=apigateway.MethodLoggingLevel.INFO, data_trace_enabled=True, metrics_enabled=True,
    throttling_rate_limit=100, throttling_burst_limit=200, variables={"env": "beta", "1": "one"},
    method_options={"/pets/GET": apigateway.MethodDeploymentOptions(throttling_rate_limit=5),
                    "/*/*": apigateway.MethodDeploymentOptions(metrics_enabled=False)},
    access_log_destination=apigateway.LogGroupLogDestination(log_group),
    access_log_format=apigateway.AccessLogFormat.json_with_standard_fields(
        caller=False, http_method=True, ip=True, protocol=True, request_time=True, resource_path=True,
        response_length=True, status=True, user=True)))
api.root.add_resource("pets").add_method("GET")
other = apigateway.RestApi(stack, "Clf", deploy_options=apigateway.StageOptions(
    access_log_destination=apigateway.LogGroupLogDestination(log_group),
    access_log_format=apigateway.AccessLogFormat.clf()))
other.root.add_method("GET")
custom = apigateway.RestApi(stack, "Custom", deploy_options=apigateway.StageOptions(
    access_log_destination=apigateway.LogGroupLogDestination(log_group),
    access_log_format=apigateway.AccessLogFormat.custom(
        f"{apigateway.AccessLogField.context_request_id()} {apigateway.AccessLogField.context_status()}"),
    cache_cluster_enabled=True, caching_enabled=True, cache_ttl=cdk.Duration.minutes(2)))
custom.root.add_method("GET")
stream = firehose.CfnDeliveryStream(stack, "Stream", delivery_stream_name="amazon-apigateway-access")
fh = apigateway.RestApi(stack, "Firehose", deploy_options=apigateway.StageOptions(
    access_log_destination=apigateway.FirehoseLogDestination(stream)))
fh.root.add_method("GET")
cdk.CfnOutput(stack, "StageArn", value=api.deployment_stage.stage_arn)
cdk.CfnOutput(stack, "StageName", value=api.deployment_stage.stage_name)
app.synth()
