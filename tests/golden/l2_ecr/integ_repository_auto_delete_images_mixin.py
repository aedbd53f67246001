"""Port of aws-cdk's aws-ecr integ.repository-auto-delete-images-mixin.ts: a named ``CfnRepository`` with the
``RepositoryAutoDeleteImages`` mixin (the ``IntegTest`` is dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_ecr as ecr

app = cdk.App()
stack = cdk.Stack(app, "aws-ecr-auto-delete-images-mixin-stack")

repo = ecr.CfnRepository(stack, "Repo", repository_name="delete-even-if-containing-images-mixin")
repo.apply_removal_policy(cdk.RemovalPolicy.DESTROY)
repo.with_(ecr.mixins.RepositoryAutoDeleteImages())

cdk.CfnOutput(stack, "RepositoryName", value=repo.ref)
app.synth()
