"""Port of aws-cdk integ.lambda-customize-roles.ts: a function whose service role is precreated
(Role.customize_roles); the bucket grant goes to the IAM policy report."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_s3 import Bucket

app = cdk.App()
stack = cdk.Stack(app, "integ-lambda-customize-roles")
iam.Role.customize_roles(stack, use_precreated_roles={
    "integ-lambda-customize-roles/MyLambda/ServiceRole": "precreated-role",
})
fn = lambda_.Function(stack, "MyLambda", code=lambda_.InlineCode("foo"), handler="index.handler",
                      runtime=lambda_.Runtime.NODEJS_14_X)
bucket = Bucket(stack, "Bucket")
bucket.grant_read(fn)
app.synth()
