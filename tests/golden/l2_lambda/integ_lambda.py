"""Port of aws-cdk integ.lambda.ts: role policy, function URLs, an alias with a permission, FunctionVersionUpgrade,
SnapStart Java functions (zip asset)."""

import os
import tempfile
import zipfile

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_

LAMBDA_RECOGNIZE_LAYER_VERSION = "@aws-cdk/aws-lambda:recognizeLayerVersion"
work = tempfile.mkdtemp()
zip_path = os.path.join(work, "handler-snapstart.zip")
with zipfile.ZipFile(zip_path, "w") as z:
    z.writestr(zipfile.ZipInfo("example/Handler.class", date_time=(2020, 1, 1, 0, 0, 0)), "class Handler {}\n")

app = cdk.App()


class TestLambdaFunction(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        fn = lambda_.Function(self, "MyLambda", code=lambda_.InlineCode("foo"), handler="index.handler",
                              runtime=lambda_.Runtime.NODEJS_20_X)
        fn.add_to_role_policy(iam.PolicyStatement(resources=["*"], actions=["*"]))
        fn.add_function_url()
        version = fn.current_version
        alias = lambda_.Alias(self, "Alias", alias_name="prod", version=version)
        alias.add_permission("AliasPermission", principal=iam.ServicePrincipal("cloudformation.amazonaws.com"))
        alias.add_function_url(auth_type=lambda_.FunctionUrlAuthType.NONE)
        cdk.Aspects.of(self).add(lambda_.FunctionVersionUpgrade(LAMBDA_RECOGNIZE_LAYER_VERSION))
        lambda_.Function(self, "MySnapStartLambda", code=lambda_.Code.from_asset(zip_path),
                         handler="example.Handler::handleRequest", runtime=lambda_.Runtime.JAVA_11,
                         snap_start=lambda_.SnapStartConf.ON_PUBLISHED_VERSIONS)
        lambda_.Function(self, "MySnapStartLambdaArm", code=lambda_.Code.from_asset(zip_path),
                         handler="example.Handler::handleRequest", runtime=lambda_.Runtime.JAVA_21,
                         architecture=lambda_.Architecture.ARM_64,
                         snap_start=lambda_.SnapStartConf.ON_PUBLISHED_VERSIONS)


TestLambdaFunction(app, "aws-cdk-lambda-1")
app.synth()
