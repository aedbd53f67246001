"""Port of aws-cdk integ.parametrized-swagger.api.ts (IntegTest and its assertion dropped; the
``sample-definition-substitution.yaml`` it reads from the repository is a stand-in written to a temporary
directory)."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_s3 import Bucket
from aws_cdk.aws_s3_deployment import DeployTimeSubstitutedFile

work = tempfile.mkdtemp()
DEFINITION = os.path.join(work, "sample-definition-substitution.yaml")
with open(DEFINITION, "w", newline="") as f:
    f.write("openapi: 3.0.2\ninfo:\n  title: Sample API\n  version: 1.0.0\npaths:\n  /test:\n    get:\n"
            "      x-amazon-apigateway-integration:\n        type: aws_proxy\n        httpMethod: POST\n"
            "        uri:\n          Fn::Sub: arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/"
            "{{ testMethod }}/invocations\n      responses:\n        '200':\n          description: OK\n"
            "x-note: \"{{ xxxx }}\"\n")
HELLO = "function helloCode(_event, _context, callback) { return callback(undefined, { statusCode: 200 }); }"


class Test(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        hello = lambda_.Function(self, "Hello", runtime=lambda_.Runtime.NODEJS_14_X, handler="index.handler",
                                 code=lambda_.Code.from_inline(f"exports.handler = {HELLO}"))
        bucket = Bucket(self, "Bucket")
        deployment = DeployTimeSubstitutedFile(self, "Deployment", source=DEFINITION, destination_bucket=bucket,
                                               substitutions={"testMethod": hello.function_arn,
                                                              "xxxx": hello.function_arn})
        apigateway.SpecRestApi(self, "sample-api-definition",
                               api_definition=apigateway.ApiDefinition.from_bucket(deployment.bucket,
                                                                                   deployment.object_key))


app = cdk.App()
Test(app, "my-stack")
Test(app, "test-apigateway-parameterized-swagger")
app.synth()
