"""Port of aws-cdk's aws-codebuild integ.caching.ts: an S3 cache bucket."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-codebuild")
bucket = s3.Bucket(stack, "CacheBucket", removal_policy=cdk.RemovalPolicy.DESTROY)
codebuild.Project(
    stack,
    "MyProject",
    cache=codebuild.Cache.bucket(bucket),
    build_spec=codebuild.BuildSpec.from_object(
        {"build": {"commands": ["echo Hello"]}, "cache": {"paths": ["/root/.cache/pip/**/*"]}}
    ),
    grant_report_group_permissions=False,
)
app.synth()
