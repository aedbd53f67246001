"""Port of aws-cdk's aws-lambda integ.lambda.image.ts without its ``cdk-ecr-deployment`` construct (a third-party
library that copies the image in; not part of aws-cdk-lib): image functions from an ECR repository by tag and by
digest, each given as a parameter and as a constant."""

import aws_cdk as cdk
from aws_cdk import aws_ecr as ecr
from aws_cdk import aws_lambda as lambda_

TAG_NAME = "testTag"
IMAGE_DIGEST = "sha256:55d873154f78cd9a13487c9539ff380f396b887f4a815d84fd698ed872c74749"

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-lambda-image")
image_tag = cdk.CfnParameter(stack, "ImageTag", default=TAG_NAME)
image_digest = cdk.CfnParameter(stack, "ImageDigest", default=IMAGE_DIGEST)
repository = ecr.Repository(stack, "MyRepo")
for id, name, tag_or_digest in (
    ("ImageLambdaDigest", "ImageLambdaDigestCfnParam", image_digest.value_as_string),
    ("ImageLambdaDigestConst", "ImageLambdaDigestConst", IMAGE_DIGEST),
    ("ImageLambdaTag", "ImageLambdaTagCfnParam", image_tag.value_as_string),
    ("ImageLambdaTagConst", "ImageLambdaTagConst", TAG_NAME),
):
    lambda_.DockerImageFunction(
        stack, id, function_name=name, code=lambda_.DockerImageCode.from_ecr(repository, tag_or_digest=tag_or_digest)
    )
app.synth()
