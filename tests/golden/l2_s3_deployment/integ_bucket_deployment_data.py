"""Port of aws-cdk integ.bucket-deployment-data.ts (IntegTest and its assertions dropped)."""

import json

from aws_cdk import App, CfnOutput, RemovalPolicy, Stack, Token
from aws_cdk import aws_secretsmanager as secretsmanager
from aws_cdk import aws_ssm as ssm
from aws_cdk.aws_s3 import Bucket
from aws_cdk.aws_s3_deployment import BucketDeployment, Source

app = App()
stack = Stack(app, "TestBucketDeploymentContent")
bucket = Bucket(stack, "Bucket", removal_policy=RemovalPolicy.DESTROY, auto_delete_objects=True)

file1 = Source.data("file1.txt", "boom")
file2 = Source.data("path/to/file2.txt", f"bam! {bucket.bucket_name}")
file3 = Source.json_data("my-json/config.json", {"website_url": bucket.bucket_website_url})
file4 = Source.yaml_data("my-yaml/config.yaml", {"website_url": bucket.bucket_website_url})
file5 = Source.json_data("my-json/config2.json", {"bucket_domain_name": bucket.bucket_website_domain_name})

secret = secretsmanager.Secret(stack, "TestSecret", generate_secret_string=secretsmanager.SecretStringGenerator(
    secret_string_template=json.dumps({"value": 'test"with"quotes'}, separators=(",", ":")),
    generate_string_key="password"))
param = ssm.StringParameter(stack, "SecretParam",
                            string_value=secret.secret_value_from_json("value").unsafe_unwrap())
tokenized_value = param.string_value
CfnOutput(stack, "IsToken", value=str(Token.is_unresolved(tokenized_value)).lower())
CfnOutput(stack, "SecretValue", value=tokenized_value)

file6 = Source.json_data("my-json/secret-config.json", {"secret_value": tokenized_value})
file7 = Source.yaml_data("my-yaml/secret-config.yaml", {"secret_value": tokenized_value})

deployment = BucketDeployment(stack, "DeployMeHere", destination_bucket=bucket, sources=[file1, file2],
                              destination_key_prefix="deploy/here/", retain_on_delete=False)
deployment.add_source(file3)
deployment.add_source(file4)
deployment.add_source(file5)
deployment.add_source(file6)
deployment.add_source(file7)

CfnOutput(stack, "BucketName", value=bucket.bucket_name)
app.synth()
