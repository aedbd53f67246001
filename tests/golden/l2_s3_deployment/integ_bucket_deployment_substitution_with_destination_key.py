"""Port of aws-cdk integ.bucket-deployment-substitution-with-destination-key.ts (IntegTest and assertion dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_s3 import Bucket
from aws_cdk.aws_s3_deployment import DeployTimeSubstitutedFile

HELLO = "function helloCode(_event, _context, callback) { return callback(undefined, { statusCode: 200 }); }"


class Test(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        hello = lambda_.Function(self, "Hello", runtime=lambda_.Runtime.NODEJS_20_X, handler="index.handler",
                                 code=lambda_.Code.from_inline(f"exports.handler = {HELLO}"))
        bucket = Bucket(self, "substitution-bucket")
        file = DeployTimeSubstitutedFile(self, "Deployment", source="assets/sample-file.yaml", destination_bucket=bucket,
                                         substitutions={"yyyy": hello.function_arn,
                                                        "xxxx": "substitution-successful!"},
                                         destination_key="processed-sample-file.yaml")
        self.object_key = file.object_key


app = cdk.App()
Test(app, "test-s3-deploy-substitution-with-destination-key")
app.synth()
