"""Port of aws-cdk integ.assets.file.ts: a Python function from a .zip file asset."""

import os
import tempfile
import zipfile

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

work = tempfile.mkdtemp()
zip_path = os.path.join(work, "handler.zip")
with zipfile.ZipFile(zip_path, "w") as z:
    z.writestr(zipfile.ZipInfo("index.py", date_time=(2020, 1, 1, 0, 0, 0)),
               "def main(event, context):\n    return 'ok'\n")


class TestStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        lambda_.Function(self, "MyLambda", code=lambda_.Code.from_asset(zip_path), handler="index.main",
                         runtime=lambda_.Runtime.PYTHON_3_9)


app = cdk.App(context={"@aws-cdk/core:disableGitSource": True},
              post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
TestStack(app, "lambda-test-assets-file")
app.synth()
