"""Port of aws-cdk's core integ.nested-stack-suppress-template-indentation.ts (the S3 read-back assertion
dropped): a nested stack written as compact JSON."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "ParentStack")

nested = cdk.NestedStack(stack, "NestedSuppressIndentation", suppress_template_indentation=True)
s3.Bucket(nested, "Bucket")

app.synth()
