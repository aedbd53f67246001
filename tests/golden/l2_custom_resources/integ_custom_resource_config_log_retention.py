"""Port of custom-resources integ.custom-resource-config-logRetention: ``add_log_retention_lifetime`` overriding a BucketDeployment's ``log_retention``.
The BucketDeployment handler is pycdk's own (masked). ``IntegTest`` dropped."""

import aws_cdk as cdk
from aws_cdk import aws_logs as logs
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_deployment as s3deploy
from aws_cdk.custom_resources import CustomResourceConfig

app = cdk.App()
stack = cdk.Stack(app, "MyStack")
website_bucket = s3.Bucket(stack, "WebsiteBucket")
s3deploy.BucketDeployment(
    stack,
    "s3deployNone",
    sources=[s3deploy.Source.json_data("file.json", {"a": "b"})],
    destination_bucket=website_bucket,
    log_retention=logs.RetentionDays.ONE_WEEK,
)
CustomResourceConfig.of(app).add_log_retention_lifetime(logs.RetentionDays.TEN_YEARS)
app.synth()
