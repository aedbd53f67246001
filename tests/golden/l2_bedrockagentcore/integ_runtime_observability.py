"""Port of aws-bedrockagentcore integ.runtime-observability: X-Ray tracing and logs to CloudWatch, S3 and Firehose."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_bedrockagentcore as agentcore
from aws_cdk import aws_ecr_assets as assets
from aws_cdk import aws_kinesisfirehose as firehose
from aws_cdk import aws_logs as logs
from aws_cdk import aws_s3 as s3

# The test artifact (a Dockerfile and an app) is written by this app: its own content, the same hash on both sides.
artifact_dir = tempfile.mkdtemp()
for name, text in {"Dockerfile": "FROM python:3.12-slim\nCOPY app.py .\nCMD [\"python\", \"app.py\"]\n",
                   "app.py": "print(\"agent\")\n"}.items():
    with open(os.path.join(artifact_dir, name), "w", newline="") as f:
        f.write(text)

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-bedrock-agentcore-runtime-observability")

runtime_artifact = agentcore.AgentRuntimeArtifact.from_asset(artifact_dir, platform=assets.Platform.LINUX_ARM64)
log_group = logs.LogGroup(stack, "RuntimeLogGroup", removal_policy=cdk.RemovalPolicy.DESTROY)
# The integ test also sets auto_delete_objects=True: that handler is each library's own code (its hash would differ
# in the asset manifests this suite compares), so it is left out here; s3's suites cover it.
log_bucket = s3.Bucket(stack, "RuntimeLogBucket", removal_policy=cdk.RemovalPolicy.DESTROY)
firehose_stream = firehose.DeliveryStream(
    stack,
    "RuntimeLogStream",
    destination=firehose.S3Bucket(log_bucket, data_output_prefix="firehose-logs/"),
    encryption=firehose.StreamEncryption.aws_owned_key(),
)
configs = []
for log_type in (agentcore.LogType.APPLICATION_LOGS, agentcore.LogType.USAGE_LOGS):
    configs += [
        agentcore.LoggingConfig(log_type=log_type, destination=agentcore.LoggingDestination.cloud_watch_logs(log_group)),
        agentcore.LoggingConfig(log_type=log_type, destination=agentcore.LoggingDestination.s3(log_bucket)),
        agentcore.LoggingConfig(log_type=log_type, destination=agentcore.LoggingDestination.firehose(firehose_stream)),
    ]
runtime = agentcore.Runtime(
    stack,
    "ObservabilityRuntime",
    runtime_name="integ_observability_runtime",
    description="Runtime with full observability configuration",
    agent_runtime_artifact=runtime_artifact,
    protocol_configuration=agentcore.ProtocolType.HTTP,
    tracing_enabled=True,
    logging_configs=configs,
    tags={"TestCase": "FullObservability"},
)
cdk.CfnOutput(stack, "RuntimeId", value=runtime.agent_runtime_id, description="Runtime ID")
cdk.CfnOutput(stack, "RuntimeArn", value=runtime.agent_runtime_arn, description="Runtime ARN")
cdk.CfnOutput(stack, "LogGroupArn", value=log_group.log_group_arn, description="Log group ARN")
cdk.CfnOutput(stack, "LogBucketArn", value=log_bucket.bucket_arn, description="Log bucket ARN")
cdk.CfnOutput(stack, "FirehoseStreamArn", value=firehose_stream.delivery_stream_arn, description="Firehose stream ARN")
app.synth()
