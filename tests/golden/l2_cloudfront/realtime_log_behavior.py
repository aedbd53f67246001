"""A real-time log configuration with a generated name and the default role (KMS-encrypted stream), used by a
behavior."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk import aws_kinesis as kinesis

app = cdk.App()
stack = cdk.Stack(app, "RealtimeLogBehavior")
stream = kinesis.Stream(stack, "Stream", encryption=kinesis.StreamEncryption.KMS)
log_config = cloudfront.RealtimeLogConfig(
    stack, "Logs",
    end_points=[cloudfront.Endpoint.from_kinesis_stream(stream), cloudfront.Endpoint.from_kinesis_stream(stream)],
    fields=["timestamp", "c-ip"],
    sampling_rate=50,
)
cloudfront.Distribution(
    stack, "Dist",
    default_behavior=cloudfront.BehaviorOptions(
        origin=origins.HttpOrigin("www.example.com"), realtime_log_config=log_config
    ),
)
cdk.CfnOutput(stack, "Name", value=log_config.realtime_log_config_name)
cdk.CfnOutput(stack, "Arn", value=log_config.realtime_log_config_arn)
app.synth()
