"""Port of aws-synthetics integ.canary-artifact-s3-encryption: SSE-S3, SSE-KMS with a generated key and SSE-KMS
with a given key (2.275's artifact_s3_encryption_mode / artifact_s3_kms_key)."""

import aws_cdk as cdk
from aws_cdk import RemovalPolicy
from aws_cdk import aws_s3 as s3
from aws_cdk.aws_kms import Key
from aws_cdk.aws_synthetics import ArtifactsEncryptionMode, Canary, Cleanup, Code, Runtime, Schedule, Test

app = cdk.App()
stack = cdk.Stack(app, "canary-artifact-s3-encryption")

bucket = s3.Bucket(stack, "MyTestBucket", removal_policy=RemovalPolicy.DESTROY, auto_delete_objects=True)
prefix = "integ"
script = "\n      exports.handler = async () => {\n        console.log('hello world');\n      };"

Canary(stack, "CanarySseS3",
       test=Test.custom(handler="index.handler", code=Code.from_inline(script)),
       schedule=Schedule.rate(cdk.Duration.minutes(1)),
       artifacts_bucket_location={"bucket": bucket, "prefix": prefix},
       runtime=Runtime.SYNTHETICS_NODEJS_PUPPETEER_7_0,
       cleanup=Cleanup.LAMBDA,
       artifact_s3_encryption_mode=ArtifactsEncryptionMode.S3_MANAGED)

Canary(stack, "CanarySseKmsWithoutKeySetting",
       test=Test.custom(handler="index.handler", code=Code.from_inline(script)),
       schedule=Schedule.rate(cdk.Duration.minutes(1)),
       artifacts_bucket_location={"bucket": bucket, "prefix": prefix},
       runtime=Runtime.SYNTHETICS_NODEJS_PUPPETEER_7_0,
       cleanup=Cleanup.LAMBDA,
       artifact_s3_encryption_mode=ArtifactsEncryptionMode.KMS)

encrypt_key = Key(stack, "Key", removal_policy=RemovalPolicy.DESTROY)

Canary(stack, "CanarySseKmsWith",
       test=Test.custom(handler="index.handler", code=Code.from_inline(script)),
       schedule=Schedule.rate(cdk.Duration.minutes(1)),
       artifacts_bucket_location={"bucket": bucket, "prefix": prefix},
       runtime=Runtime.SYNTHETICS_NODEJS_PUPPETEER_7_0,
       cleanup=Cleanup.LAMBDA,
       artifact_s3_encryption_mode=ArtifactsEncryptionMode.KMS,
       artifact_s3_kms_key=encrypt_key)

app.synth()
