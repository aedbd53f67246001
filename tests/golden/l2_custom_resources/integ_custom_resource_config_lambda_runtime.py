"""Port of custom-resources integ.custom-resource-config-lambda-runtime: ``add_lambda_runtime(PYTHON_3_12)`` on a BucketDeployment's singleton function.
The BucketDeployment handler is pycdk's own (masked). ``IntegTest`` dropped."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_deployment as s3deploy
from aws_cdk.custom_resources import CustomResourceConfig

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "MyStack")
website_bucket = s3.Bucket(stack, "WebsiteBucket")
s3deploy.BucketDeployment(
    stack,
    "BucketDeployment",
    sources=[s3deploy.Source.json_data("file.json", {"a": "b"})],
    destination_bucket=website_bucket,
)
CustomResourceConfig.of(app).add_lambda_runtime(lambda_.Runtime.PYTHON_3_12)
app.synth()
