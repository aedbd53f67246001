"""Port of aws-cdk integ.lambda-snapstart.ts: SnapStart on Java (zip asset), Python (inline) and .NET (directory)."""

import os
import tempfile
import zipfile

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

work = tempfile.mkdtemp()
zip_path = os.path.join(work, "handler-snapstart.zip")
with zipfile.ZipFile(zip_path, "w") as z:
    info = zipfile.ZipInfo("Handler.class", date_time=(2020, 1, 1, 0, 0, 0))
    z.writestr(info, "class Handler {}\n")
os.makedirs(os.path.join(work, "dotnet-handler"))
with open(os.path.join(work, "dotnet-handler", "Handler.dll"), "w", newline="") as f:
    f.write("dotnet\n")

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-lambda-runtime-management")
lambda_.Function(stack, "JavaSnapstartLambda", code=lambda_.Code.from_asset(zip_path), handler="Handler",
                 runtime=lambda_.Runtime.JAVA_11, snap_start=lambda_.SnapStartConf.ON_PUBLISHED_VERSIONS)
lambda_.Function(stack, "PythonSnapstartLambda", code=lambda_.Code.from_inline("pass"), handler="Handler",
                 runtime=lambda_.Runtime.PYTHON_3_12, snap_start=lambda_.SnapStartConf.ON_PUBLISHED_VERSIONS)
lambda_.Function(stack, "DotnetSnapstartLambda", code=lambda_.Code.from_asset(os.path.join(work, "dotnet-handler")),
                 handler="Handler", runtime=lambda_.Runtime.DOTNET_8,
                 snap_start=lambda_.SnapStartConf.ON_PUBLISHED_VERSIONS)
app.synth()
