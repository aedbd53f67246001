"""Code.from_cfn_parameters: String parameters under the function, referenced in Code; given parameters."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "CodeFromParameters")
code = lambda_.Code.from_cfn_parameters()
lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=code)
bucket = cdk.CfnParameter(stack, "Bucket", type="String")
key = cdk.CfnParameter(stack, "Key", type="String")
lambda_.Function(stack, "Given", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                 code=lambda_.Code.from_cfn_parameters(bucket_name_param=bucket, object_key_param=key))
cdk.CfnOutput(stack, "BucketParam", value=code.bucket_name_param)
cdk.CfnOutput(stack, "KeyParam", value=code.object_key_param)
app.synth()
