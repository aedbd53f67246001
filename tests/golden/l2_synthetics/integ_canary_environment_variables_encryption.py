"""Port of aws-synthetics integ.canary-environment-variables-encryption: environment variables encrypted with a
KMS key (2.275's environment_encryption), provisioned resource cleanup, Puppeteer 13.0."""

import aws_cdk as cdk
from aws_cdk import RemovalPolicy
from aws_cdk.aws_kms import Key
from aws_cdk.aws_synthetics import Canary, Code, Runtime, Schedule, Test

app = cdk.App()
stack = cdk.Stack(app, "canary-environment-variables-encryption")

encrypt_key = Key(stack, "EnvKey", removal_policy=RemovalPolicy.DESTROY)

Canary(stack, "Canary",
       test=Test.custom(handler="index.handler", code=Code.from_inline(
           "\n      exports.handler = async () => {\n        console.log('hello world');\n      };")),
       schedule=Schedule.rate(cdk.Duration.minutes(1)),
       runtime=Runtime.SYNTHETICS_NODEJS_PUPPETEER_13_0,
       provisioned_resource_cleanup=True,
       environment_variables={"stage": "prod"},
       environment_encryption=encrypt_key)

app.synth()
