"""Repository with the deprecated ``auto_delete_images``: one provider per stack, its policy added once."""

import aws_cdk as cdk
from aws_cdk import aws_ecr as ecr

app = cdk.App()
stack = cdk.Stack(app, "EcrAutoDeleteImages")
ecr.Repository(stack, "Repo", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_images=True)
ecr.Repository(stack, "Repo2", repository_name="named-repo", removal_policy=cdk.RemovalPolicy.DESTROY,
               auto_delete_images=True)
app.synth()
