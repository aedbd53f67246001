"""``RepositoryAutoDeleteImages`` on a bare ``CfnRepository``, on an ``ecr.Repository``'s default child and through
``stack.with_`` (a construct it does not support is left alone)."""

import aws_cdk as cdk
from aws_cdk import aws_ecr as ecr
from aws_cdk.aws_ecr import mixins

app = cdk.App()
stack = cdk.Stack(app, "EcrMixins")

raw = ecr.CfnRepository(stack, "Raw", repository_name="pycdk-mixin-repo")
raw.with_(mixins.RepositoryAutoDeleteImages())

repo = ecr.Repository(stack, "Repo", removal_policy=cdk.RemovalPolicy.DESTROY)
cdk.Mixins.of(repo.node.default_child).apply(mixins.RepositoryAutoDeleteImages())

other = cdk.Stack(app, "EcrMixinsStackWide")
ecr.CfnRepository(other, "One")
ecr.CfnRepository(other, "Two", empty_on_delete=False)
ecr.CfnPullThroughCacheRule(other, "Cache", ecr_repository_prefix="hub", upstream_registry_url="public.ecr.aws")
other.with_(mixins.RepositoryAutoDeleteImages())

app.synth()
