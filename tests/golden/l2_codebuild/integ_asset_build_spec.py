"""Port of aws-cdk's aws-codebuild integ.asset-build-spec.ts (a stand-in build-spec-asset.yml, see _files.py;
the API-call assertions are dropped)."""

import aws_cdk as cdk
from _files import BUILD_SPEC_ASSET
from aws_cdk import aws_codebuild as codebuild

app = cdk.App()
stack = cdk.Stack(app, "CodeBuildAssetBuildSpecStack")
build_spec = codebuild.BuildSpec.from_asset(BUILD_SPEC_ASSET)
codebuild.Project(stack, "MyProject", build_spec=build_spec)
app.synth()
