"""Port of aws-codebuild integ.project-s3-cache: two S3-sourced projects sharing a bucket cache (prefix and cache
namespace) in an auto-deleted bucket."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "codebuild-s3-cache-stack")
bucket = s3.Bucket(stack, "MyBucket", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
build_spec = codebuild.BuildSpec.from_object({
    "version": "0.2",
    "phases": {"build": {"commands": ['echo "Hello, CodeBuild!"']}},
    "cache": {"paths": ["/root/cachedir/**/*"], "key": "unique-key"},
})
for name, path in (("ProjectA", "path/to/source-a.zip"), ("ProjectB", "path/to/source-b.zip")):
    codebuild.Project(stack, name,
                      source=codebuild.Source.s3(bucket=bucket, path=path),
                      cache=codebuild.Cache.bucket(bucket, prefix="cache", cache_namespace="cache-namespace"),
                      build_spec=build_spec)
app.synth()
