"""L1 classes and property types aws-cdk-lib keeps beyond today's schemas, and a Cfn*Props struct.

kinesisanalytics' V2 classes (second names of kinesisanalyticsv2's), networkmanager.CfnConnection (not in the
us-east-1 schema list), s3's TargetObjectKeyFormat / PartitionedPrefix property types, SAM property types of the
SAM specification (S3Location, CorsConfiguration, IAMPolicyDocument) and CfnQueueProps.
"""

import aws_cdk as cdk
from aws_cdk import aws_kinesisanalytics as kinesisanalytics
from aws_cdk import aws_networkmanager as networkmanager
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sam as sam
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "L1AddedTypes")

application = kinesisanalytics.CfnApplicationV2(
    stack,
    "Application",
    application_name="golden-flink",
    runtime_environment="FLINK-1_18",
    service_execution_role="arn:aws:iam::123456789012:role/flink",
    application_configuration=kinesisanalytics.CfnApplicationV2.ApplicationConfigurationProperty(
        application_code_configuration=kinesisanalytics.CfnApplicationV2.ApplicationCodeConfigurationProperty(
            code_content_type="ZIPFILE",
            code_content=kinesisanalytics.CfnApplicationV2.CodeContentProperty(
                s3_content_location=kinesisanalytics.CfnApplicationV2.S3ContentLocationProperty(
                    bucket_arn="arn:aws:s3:::golden-code", file_key="app.zip"
                )
            ),
        )
    ),
)
kinesisanalytics.CfnApplicationCloudWatchLoggingOptionV2(
    stack,
    "Logging",
    application_name=application.ref,
    cloud_watch_logging_option=kinesisanalytics.CfnApplicationCloudWatchLoggingOptionV2.CloudWatchLoggingOptionProperty(
        log_stream_arn="arn:aws:logs:us-east-1:123456789012:log-group:flink:log-stream:app"
    ),
)

networkmanager.CfnConnection(
    stack,
    "Connection",
    global_network_id="global-network-0123",
    device_id="device-0123",
    connected_device_id="device-4567",
    description="golden connection",
)

s3.CfnBucket(
    stack,
    "Logs",
    logging_configuration=s3.CfnBucket.LoggingConfigurationProperty(
        destination_bucket_name="golden-access-logs",
        log_file_prefix="logs/",
        target_object_key_format=s3.CfnBucket.TargetObjectKeyFormatProperty(
            partitioned_prefix=s3.CfnBucket.PartitionedPrefixProperty(partition_date_source="EventTime")
        ),
    ),
)

sam.CfnFunction(
    stack,
    "Function",
    code_uri=sam.CfnFunction.S3LocationProperty(bucket="golden-code", key="fn.zip", version=3),
    handler="app.handler",
    runtime="python3.12",
    policies=sam.CfnFunction.IAMPolicyDocumentProperty(
        statement={"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}
    ),
)
sam.CfnApi(
    stack,
    "Api",
    stage_name="prod",
    cors=sam.CfnApi.CorsConfigurationProperty(allow_origin="'*'", allow_methods="'GET'", max_age="'600'"),
)

props = sqs.CfnQueueProps(queue_name="golden-from-props", visibility_timeout=45)
sqs.CfnQueue(stack, "FromProps", **props._values)
cdk.CfnOutput(stack, "QueueName", value=props.queue_name)

app.synth()
