"""Port of aws-cdk's aws-codebuild integ.project-notification.ts: a build-succeeded notification to a topic."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_sns as sns

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-codebuild-project-vpc")
project = codebuild.Project(
    stack,
    "MyProject",
    build_spec=codebuild.BuildSpec.from_object(
        {"version": "0.2", "phases": {"build": {"commands": ['echo "Nothing to do!"']}}}
    ),
)
target = sns.Topic(stack, "MyTopic")
project.notify_on_build_succeeded("NotifyOnBuildSucceeded", target)
app.synth()
