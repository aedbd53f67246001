"""Scope-wide policies: RemovalPolicies, MissingRemovalPolicies, a stack permissions boundary, mixins, synthesizer
session tags (bootstrap version 22) and a locally bundled asset."""

import os
import tempfile

import jsii

import aws_cdk as cdk
from aws_cdk import aws_s3_assets as s3_assets
from constructs import Construct, IConstruct

ASSUME = {
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}],
}

app = cdk.App()

stack = cdk.Stack(
    app,
    "ScopePolicies",
    env=cdk.Environment(account="123456789012", region="eu-west-1"),
    permissions_boundary=cdk.PermissionsBoundary.from_name("my-boundary"),
    synthesizer=cdk.DefaultStackSynthesizer(
        qualifier="abcdef",
        deploy_role_additional_options={"Tags": [{"Key": "team", "Value": "core"}]},
    ),
)
queue = cdk.CfnResource(stack, "Queue", type="AWS::SQS::Queue")
volume = cdk.CfnResource(
    stack, "Volume", type="AWS::EC2::Volume", properties={"AvailabilityZone": "eu-west-1a", "Size": 10}
)
kept = cdk.CfnResource(stack, "Kept", type="AWS::SNS::Topic")
kept.apply_removal_policy(cdk.RemovalPolicy.RETAIN)
role = cdk.CfnResource(stack, "Role", type="AWS::IAM::Role", properties={"AssumeRolePolicyDocument": ASSUME})
user = cdk.CfnResource(stack, "User", type="AWS::IAM::User")

cdk.RemovalPolicies.of(stack).destroy(exclude_resource_types=["AWS::EC2::Volume"])
cdk.MissingRemovalPolicies.of(stack).snapshot(apply_to_resource_types=["AWS::EC2::Volume"])


class Describe(cdk.Mixin):
    def supports(self, construct: IConstruct) -> bool:
        return isinstance(construct, cdk.CfnResource) and construct.cfn_resource_type == "AWS::SNS::Topic"

    def apply_to(self, construct: IConstruct) -> None:
        construct.add_property_override("DisplayName", "described")


cdk.Mixins.of(stack).apply(Describe())


@jsii.implements(cdk.IAspect)
class Tagger:
    def visit(self, node: IConstruct) -> None:
        node.add_property_override("VisibilityTimeout", 42)


cdk.Mixins.of(stack, cdk.ConstructSelector.by_id("Que*")).apply(cdk.Shims.as_mixin(Tagger()))

other = cdk.Stack(app, "ArnBoundary", permissions_boundary=cdk.PermissionsBoundary.from_arn(
    "arn:aws:iam::123456789012:policy/boundary"
))
cdk.CfnResource(other, "Role", type="AWS::IAM::Role", properties={"AssumeRolePolicyDocument": ASSUME})


@jsii.implements(cdk.ILocalBundling)
class WriteFile:
    def try_bundle(self, output_dir, *, image, **kwargs):
        with open(os.path.join(output_dir, "index.txt"), "w") as f:
            f.write("bundled locally\n")
        return True


source = tempfile.mkdtemp()
with open(os.path.join(source, "input.txt"), "w") as f:
    f.write("source\n")
asset = s3_assets.Asset(
    other,
    "Bundled",
    path=source,
    asset_hash_type=cdk.AssetHashType.OUTPUT,
    bundling=cdk.BundlingOptions(image=cdk.DockerImage.from_registry("alpine"), local=WriteFile()),
)
cdk.CfnOutput(other, "AssetKey", value=asset.s3_object_key)
cdk.CfnOutput(other, "AssetUrl", value=asset.s3_object_url)

app.synth()
