"""Port of aws-cdk integ.runtime.fromasset.ts: Java 21 and Java 25 functions from a zip asset."""

import os
import tempfile
import zipfile

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

work = tempfile.mkdtemp()
zip_path = os.path.join(work, "my-app-1.0-SNAPSHOT.zip")
with zipfile.ZipFile(zip_path, "w") as z:
    z.writestr(zipfile.ZipInfo("com/mycompany/app/LambdaMethodHandler.class", date_time=(2020, 1, 1, 0, 0, 0)),
               "class LambdaMethodHandler {}\n")

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "aws-cdk-lambda-runtime-fromasset")
for id, runtime in (("MyFunctionJava21", lambda_.Runtime.JAVA_21), ("MyFunctionJava25", lambda_.Runtime.JAVA_25)):
    lambda_.Function(stack, id, runtime=runtime, handler="com.mycompany.app.LambdaMethodHandler::handleRequest",
                     code=lambda_.Code.from_asset(zip_path))
app.synth()
