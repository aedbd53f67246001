"""Port of aws-cdk's integ.realtime-log-config (a Kinesis endpoint with a given role). The test's
``RealtimeLogConfig.fromRealtimeLogConfigArn`` import and its output are not in aws-cdk-lib 2.275: left out."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_iam as iam
from aws_cdk.aws_kinesis import Stream, StreamEncryption, StreamMode

app = cdk.App()
stack = cdk.Stack(app, "integ-realtime-config")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("cloudfront.amazonaws.com"))
kinesis = Stream(stack, "stream", stream_mode=StreamMode.ON_DEMAND, encryption=StreamEncryption.MANAGED)
cloudfront.RealtimeLogConfig(
    stack,
    "RealtimeLog",
    end_points=[cloudfront.Endpoint.from_kinesis_stream(kinesis, role)],
    fields=["timestamp"],
    realtime_log_config_name="testing",
    sampling_rate=1,
)
app.synth()
