"""Port of aws-cdk integ.lambda-ephemeral-storage-validation.ts: EphemeralStorage of 1024 MiB."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "LambdaEphemeralStorageValidationStack")
lambda_.Function(stack, "LambdaWithEphemeralStorage", runtime=lambda_.Runtime.NODEJS_20_X, handler="index.handler",
                 code=lambda_.Code.from_inline("exports.handler = async () => {};"),
                 ephemeral_storage_size=cdk.Size.mebibytes(1024))
app.synth()
