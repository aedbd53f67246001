"""Repository with ``empty_on_delete``: the auto-delete-images custom resource and mutability exclusions."""

import aws_cdk as cdk
from aws_cdk import aws_ecr as ecr

app = cdk.App()
stack = cdk.Stack(app, "EcrAutoDelete")
ecr.Repository(
    stack,
    "Repo",
    removal_policy=cdk.RemovalPolicy.DESTROY,
    empty_on_delete=True,
    image_tag_mutability=ecr.TagMutability.IMMUTABLE_WITH_EXCLUSION,
    image_tag_mutability_exclusion_filters=[ecr.ImageTagMutabilityExclusionFilter.wildcard("dev-*")],
)
ecr.Repository(stack, "Repo2", removal_policy=cdk.RemovalPolicy.DESTROY, empty_on_delete=True)
app.synth()
