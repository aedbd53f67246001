"""Port of custom-resources integ.custom-resource-config-lambda-python-runtime: ``add_lambda_runtime(PYTHON_3_12)`` leaves a non-custom-resource Python function alone.
The BucketDeployment handler is pycdk's own (masked). ``IntegTest`` dropped."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_deployment as s3deploy
from aws_cdk.custom_resources import CustomResourceConfig

app = cdk.App()
stack = cdk.Stack(app, "MyStack")
website_bucket = s3.Bucket(stack, "WebsiteBucket")
s3deploy.BucketDeployment(
    stack,
    "BucketDeployment",
    sources=[s3deploy.Source.json_data("file.json", {"a": "b"})],
    destination_bucket=website_bucket,
)
lambda_.Function(
    stack,
    "nonCrLambda",
    code=lambda_.Code.from_inline("helloWorld"),
    handler="index.handler",
    runtime=lambda_.Runtime.PYTHON_3_11,
)
CustomResourceConfig.of(app).add_lambda_runtime(lambda_.Runtime.PYTHON_3_12)
app.synth()
