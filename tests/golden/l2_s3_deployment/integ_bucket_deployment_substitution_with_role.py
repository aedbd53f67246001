"""Port of aws-cdk integ.bucket-deployment-substitution-with-role.ts (IntegTest dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk.aws_s3 import Bucket
from aws_cdk.aws_s3_deployment import DeployTimeSubstitutedFile

app = cdk.App()
stack = cdk.Stack(app, "cdk-s3-deploy-substitution-with-role")
bucket = Bucket(stack, "substitution-bucket")
execution_role = iam.Role(stack, "execution-role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
DeployTimeSubstitutedFile(stack, "Deployment", source="assets/sample-file.yaml", destination_bucket=bucket,
                          substitutions={}, role=execution_role)
app.synth()
