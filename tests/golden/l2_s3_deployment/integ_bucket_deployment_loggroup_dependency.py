"""Port of aws-cdk integ.bucket-deployment-loggroup-dependency.ts (IntegTest dropped)."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk import aws_logs as logs
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_deployment as s3deploy

app = App()
stack = Stack(app, "BucketDeploymentLogGroupDependencyStack")
bucket = s3.Bucket(stack, "Dest", removal_policy=RemovalPolicy.DESTROY, auto_delete_objects=True)
log_group = logs.LogGroup(stack, "LogGroup", retention=logs.RetentionDays.ONE_DAY,
                          removal_policy=RemovalPolicy.DESTROY)
s3deploy.BucketDeployment(stack, "Deploy", sources=[s3deploy.Source.data("index.html", "<h1>Hello</h1>")],
                          destination_bucket=bucket, log_group=log_group)
app.synth()
