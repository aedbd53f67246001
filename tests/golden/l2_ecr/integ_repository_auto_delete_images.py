"""Port of aws-cdk's aws-ecr integ.repository-auto-delete-images.ts: a named repository with the deprecated
``auto_delete_images`` (pycdk's own handler, masked)."""

import aws_cdk as cdk
from aws_cdk import aws_ecr as ecr

app = cdk.App()
stack = cdk.Stack(app, "aws-ecr-integ-stack")

repo = ecr.Repository(
    stack,
    "Repo",
    repository_name="delete-even-if-containing-images",
    removal_policy=cdk.RemovalPolicy.DESTROY,
    auto_delete_images=True,
)
cdk.CfnOutput(stack, "RepositoryURI", value=repo.repository_uri)
app.synth()
