"""Code.from_bucket_v2 (storage modes, KMS key, on a function and a layer; a named function reading from a
KMS-encrypted bucket), Version execution environments,
alias auto scaling with every utilization option, and the option structs of the 2.275 surface."""

import aws_cdk as cdk
from aws_cdk import Duration
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "CodeV2AndScaling")
bucket = s3.Bucket(stack, "Bucket")
key = kms.Key(stack, "Key")
fn = lambda_.Function(
    stack, "Referenced", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
    code=lambda_.Code.from_bucket_v2(bucket, "fn.zip", object_version="v1",
                                     s3_object_storage_mode=lambda_.S3ObjectStorageMode.REFERENCE,
                                     source_kms_key=key))
lambda_.Function(
    stack, "Copied", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
    code=lambda_.S3CodeV2(bucket, "copy.zip", s3_object_storage_mode=lambda_.S3ObjectStorageMode.COPY))
lambda_.LayerVersion(
    stack, "Layer", code=lambda_.Code.from_bucket_v2(bucket, "layer.zip", object_version="3",
                                                     s3_object_storage_mode=lambda_.S3ObjectStorageMode.REFERENCE))
encrypted = s3.Bucket(stack, "Encrypted", encryption=s3.BucketEncryption.KMS, encryption_key=key)
lambda_.Function(
    stack, "Named", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", function_name="named-fn",
    code=lambda_.Code.from_bucket_v2(encrypted, "named.zip", object_version="7",
                                     s3_object_storage_mode=lambda_.S3ObjectStorageMode.REFERENCE))
version = lambda_.Version(stack, "Version", lambda_=fn, min_execution_environments=1,
                          max_execution_environments=4)
lambda_.Version(stack, "OnlyMax", lambda_=fn, max_execution_environments=0)
alias = lambda_.Alias(stack, "Live", alias_name="live", version=version)
target = alias.add_auto_scaling(max_capacity=10)
target.scale_on_utilization(utilization_target=0.75, disable_scale_in=True, policy_name="keep-warm",
                            scale_in_cooldown=Duration.minutes(5), scale_out_cooldown=Duration.seconds(30))
options = [
    lambda_.AutoScalingOptions(max_capacity=5, min_capacity=2),
    lambda_.UtilizationScalingOptions(utilization_target=0.5),
    lambda_.LatestPublishedScalingConfig(min_execution_environments=1, max_execution_environments=2),
    lambda_.BucketOptions(object_version="v2"),
    lambda_.VersionOptions(max_execution_environments=3),
]
cdk.CfnOutput(stack, "Options", value=",".join(type(o).__name__ for o in options))
app.synth()
