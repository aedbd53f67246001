"""Port of aws-cdk's aws-codebuild integ.defaults.lit.ts: a project with an inline buildspec and every default."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "codebuild-default-project")
codebuild.Project(
    stack,
    "MyProject",
    build_spec=codebuild.BuildSpec.from_object(
        {"version": "0.2", "phases": {"build": {"commands": ['echo "Hello, CodeBuild!"']}}}
    ),
)
app.synth()
