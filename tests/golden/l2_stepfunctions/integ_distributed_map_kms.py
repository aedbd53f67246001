"""integ.distributed-map-kms: a JSON item reader and a ResultWriterV2 on KMS-encrypted buckets."""

import aws_cdk as cdk
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_stepfunctions as sfn

app = cdk.App(context={"@aws-cdk/aws-stepfunctions:useDistributedMapResultWriterV2": True})
stack = cdk.Stack(app, "aws-stepfunctions-distributed-map-kms")
input_key = kms.Key(stack, "InputKey", removal_policy=cdk.RemovalPolicy.DESTROY)
output_key = kms.Key(stack, "OutputKey", removal_policy=cdk.RemovalPolicy.DESTROY)
input_bucket = s3.Bucket(stack, "InputBucket", encryption=s3.BucketEncryption.KMS, encryption_key=input_key,
                         removal_policy=cdk.RemovalPolicy.DESTROY)
output_bucket = s3.Bucket(stack, "OutputBucket", encryption=s3.BucketEncryption.KMS, encryption_key=output_key,
                          removal_policy=cdk.RemovalPolicy.DESTROY)
distributed_map = sfn.DistributedMap(
    stack, "DistributedMap",
    item_reader=sfn.S3JsonItemReader(bucket=input_bucket, key="input.json"),
    result_writer_v2=sfn.ResultWriterV2(bucket=output_bucket, prefix="results"),
)
distributed_map.item_processor(sfn.Pass(stack, "Pass"))
sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(distributed_map))

app.synth()
