"""Port of aws-cdk integ.runtimes.ts: a .NET 8 function from a directory asset."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

work = tempfile.mkdtemp()
os.makedirs(os.path.join(work, "dotnet-handler"))
with open(os.path.join(work, "dotnet-handler", "Handler.dll"), "w", newline="") as f:
    f.write("dotnet handler\n")

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "aws-cdk-lambda-runtime-management")
lambda_.Function(stack, "Lambda", code=lambda_.Code.from_asset(os.path.join(work, "dotnet-handler")),
                 handler="Handler", runtime=lambda_.Runtime.DOTNET_8)
app.synth()
