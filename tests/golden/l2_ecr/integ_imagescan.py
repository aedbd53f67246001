"""Port of aws-cdk's aws-ecr integ.imagescan.ts: scan on push and an image-scan-completed rule."""

import aws_cdk as cdk
from aws_cdk import aws_ecr as ecr

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "aws-ecr-integ-stack")

repo = ecr.Repository(stack, "Repo", image_scan_on_push=True, removal_policy=cdk.RemovalPolicy.DESTROY)
repo.on_image_scan_completed("ImageScanComplete")

cdk.CfnOutput(stack, "RepositoryURI", value=repo.repository_uri)
app.synth()
