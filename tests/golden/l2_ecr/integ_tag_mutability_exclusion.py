"""Port of aws-cdk's aws-ecr integ.tag-mutability-exclusion.ts: immutable and mutable tags with wildcard exclusions."""

import aws_cdk as cdk
from aws_cdk import aws_ecr as ecr

app = cdk.App()
stack = cdk.Stack(app, "aws-ecr-tag-mutability-exclusion-stack")

filters = ["dev-*", "test-*", "pr-*"]
ecr.Repository(
    stack,
    "ImmutableRepoWithExclusions",
    image_tag_mutability=ecr.TagMutability.IMMUTABLE_WITH_EXCLUSION,
    image_tag_mutability_exclusion_filters=[ecr.ImageTagMutabilityExclusionFilter.wildcard(f) for f in filters],
    removal_policy=cdk.RemovalPolicy.DESTROY,
    empty_on_delete=True,
)
ecr.Repository(
    stack,
    "MutableRepoWithExclusions",
    image_tag_mutability=ecr.TagMutability.MUTABLE_WITH_EXCLUSION,
    image_tag_mutability_exclusion_filters=[ecr.ImageTagMutabilityExclusionFilter.wildcard(f) for f in filters],
    removal_policy=cdk.RemovalPolicy.DESTROY,
    empty_on_delete=True,
)
app.synth()
