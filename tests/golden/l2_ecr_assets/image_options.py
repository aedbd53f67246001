"""Every DockerImageAsset option: hash inputs, invalidation, manifest source fields, cache options, repository,
resource metadata; a pinned environment for the repository URI."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_ecr_assets as assets
from aws_cdk import aws_iam as iam

work = tempfile.mkdtemp()
context = os.path.join(work, "image")
for rel, text in {
    "Dockerfile": "FROM alpine\nCOPY . /app\n",
    "docker/Dockerfile.build": "FROM alpine AS build\nFROM alpine AS runtime\n",
    "src/app.sh": "echo hi\n",
    "notes.md": "left out by exclude\n",
    "cache/blob.bin": "left out by the glob\n",
    ".dockerignore": "# comment line\n*.tmp\n\nscratch\n",
    "scratch": "ignored\n",
    "keep.tmp": "ignored by .dockerignore\n",
}.items():
    path = os.path.join(context, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", newline="") as f:
        f.write(text)

crlf = os.path.join(work, "crlf")
os.makedirs(crlf)
for name, data in {"Dockerfile": b"FROM alpine\n", ".dockerignore": b"*.tmp\r\nnotes.md \r\n", "keep.tmp": b"a\n",
                   "notes.md": b"b\n", "other.txt": b"c\n"}.items():
    with open(os.path.join(crlf, name), "wb") as f:
        f.write(data)

app = cdk.App(context={"aws:cdk:enable-asset-metadata": True})
stack = cdk.Stack(app, "ImageOptions", env=cdk.Environment(account="123456789012", region="eu-west-1"))

full = assets.DockerImageAsset(
    stack, "Full", directory=context,
    asset_name="full-image",
    build_args={"MODE": "prod", "ÜBER": "ja"},
    build_contexts={"extra": "../extra"},
    build_secrets={"token": "src=token.txt"},
    build_ssh="default",
    cache_disabled=True,
    cache_from=[assets.DockerCacheOption(type="registry", params={"ref": "example.com/cache:latest"}),
                assets.DockerCacheOption(type="gha")],
    cache_to=assets.DockerCacheOption(type="registry", params={"ref": "example.com/cache:latest", "mode": "max"}),
    file="docker/Dockerfile.build",
    network_mode=assets.NetworkMode.HOST,
    outputs=["type=docker", "type=local,dest=out"],
    platform=assets.Platform.custom("linux/arm/v7"),
    target="runtime",
    extra_hash="v2",
    exclude=["*.md"],
)
named = assets.DockerImageAsset(
    stack, "Named", directory=context, display_name="the named image", asset_name="named",
    network_mode=assets.NetworkMode.from_container("builder"), exclude=["cache"], ignore_mode=cdk.IgnoreMode.GLOB,
    follow_symlinks=cdk.SymlinkFollowMode.NEVER,
)
empty = assets.DockerImageAsset(
    stack, "EmptyOptions", directory=context, build_args={}, outputs=[], extra_hash="",
    network_mode=assets.NetworkMode.custom("bridge"),
)
uninvalidated = assets.DockerImageAsset(
    stack, "Uninvalidated", directory=context, build_args={"MODE": "dev"}, target="runtime", extra_hash="x",
    file="docker/Dockerfile.build", platform=assets.Platform.LINUX_AMD64, network_mode=assets.NetworkMode.NONE,
    invalidation=assets.DockerImageAssetInvalidationOptions(
        build_args=False, target=False, extra_hash=False, file=True, platform=False, network_mode=False,
    ),
)

role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("ecs-tasks.amazonaws.com"))
full.repository.grant_pull(role)
named.repository.grant_push(role)
empty.repository.grant_pull_push(role)
uninvalidated.repository.grant_read(role)

resource = cdk.CfnResource(stack, "Consumer", type="AWS::ECS::TaskDefinition", properties={
    "ContainerDefinitions": [{"Name": "app", "Image": full.image_uri}],
})
full.add_resource_metadata(resource, "ContainerDefinitions.0.Image")
named.add_resource_metadata(resource, "Other.Image")

for name, asset in (("Full", full), ("Named", named), ("Empty", empty), ("Uninvalidated", uninvalidated)):
    cdk.CfnOutput(stack, f"{name}Uri", value=asset.image_uri)
    cdk.CfnOutput(stack, f"{name}Tag", value=asset.image_tag)
    cdk.CfnOutput(stack, f"{name}Hash", value=asset.asset_hash)
cdk.CfnOutput(stack, "RepoName", value=full.repository.repository_name)
cdk.CfnOutput(stack, "RepoArn", value=full.repository.repository_arn)
cdk.CfnOutput(stack, "RepoUri", value=full.repository.repository_uri)
cdk.CfnOutput(stack, "RepoUriForTag", value=full.repository.repository_uri_for_tag("v1"))

agnostic = cdk.Stack(app, "ImageOptionsAgnostic")
plain = assets.DockerImageAsset(agnostic, "Plain", directory=context)
cdk.CfnOutput(agnostic, "CrlfIgnoreHash", value=assets.DockerImageAsset(agnostic, "Crlf", directory=crlf).asset_hash)
plain.repository.grant_pull(iam.User(agnostic, "Puller"))
cdk.CfnOutput(agnostic, "RepoUri", value=plain.repository.repository_uri)
cdk.CfnOutput(agnostic, "RepoArn", value=plain.repository.repository_arn)

consumer = cdk.Stack(app, "ImageConsumer", env=cdk.Environment(account="210987654321", region="eu-west-1"))
consumer_role = iam.Role(consumer, "Puller", assumed_by=iam.ServicePrincipal("ecs-tasks.amazonaws.com"))
full.repository.grant_pull(consumer_role)
same_account = cdk.Stack(app, "ImageSameAccount", env=cdk.Environment(account="123456789012", region="eu-west-1"))
named.repository.grant_pull(iam.Role(same_account, "Puller", assumed_by=iam.ServicePrincipal("ecs-tasks.amazonaws.com")))
app.synth()
