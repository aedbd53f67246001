"""Runtime names: Python 3.9-3.13, Node.js 18-24, Java, provided.al2023 (bucket code for compiled runtimes)."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "Runtimes")
bucket = s3.Bucket.from_bucket_name(stack, "Bucket", "code-bucket")
inline = {
    "Py39": lambda_.Runtime.PYTHON_3_9,
    "Py310": lambda_.Runtime.PYTHON_3_10,
    "Py311": lambda_.Runtime.PYTHON_3_11,
    "Py313": lambda_.Runtime.PYTHON_3_13,
    "Node18": lambda_.Runtime.NODEJS_18_X,
    "Node20": lambda_.Runtime.NODEJS_20_X,
    "Node22": lambda_.Runtime.NODEJS_22_X,
    "Node24": lambda_.Runtime.NODEJS_24_X,
}
for name, runtime in inline.items():
    lambda_.Function(stack, name, runtime=runtime, handler="index.handler", code=lambda_.Code.from_inline("x"))
compiled = {
    "Java21": lambda_.Runtime.JAVA_21,
    "Java17": lambda_.Runtime.JAVA_17,
    "Provided": lambda_.Runtime.PROVIDED_AL2023,
}
for name, runtime in compiled.items():
    lambda_.Function(stack, name, runtime=runtime, handler="bootstrap",
                     code=lambda_.Code.from_bucket(bucket, f"{name}.zip", "v1"))
app.synth()
