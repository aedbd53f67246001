"""Port of aws-cdk integ.params-and-secrets.ts: the Parameters and Secrets extension by version (a region mapping
per architecture) with its settings; the handler directory is written to a temporary directory."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import Stack
from aws_cdk.aws_lambda import (
    Architecture,
    Code,
    Function,
    ParamsAndSecretsLayerVersion,
    ParamsAndSecretsLogLevel,
    ParamsAndSecretsVersions,
    Runtime,
)
from aws_cdk.aws_secretsmanager import Secret
from aws_cdk.aws_ssm import StringParameter
from constructs import Construct

handler_dir = os.path.join(tempfile.mkdtemp(), "params-and-secrets-handler")
os.makedirs(handler_dir)
with open(os.path.join(handler_dir, "index.js"), "w") as f:
    f.write("exports.handler = async () => ({ statusCode: 200 });\n")

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})


class StackUnderTest(Stack):
    def __init__(self, scope: Construct, id: str, *, architecture: Architecture) -> None:
        super().__init__(scope, id)
        parameter = StringParameter(self, "Parameter", parameter_name=f"email_url_{id}",
                                    string_value="api.example.com")
        secret = Secret(self, "MySecret")
        params_and_secrets = ParamsAndSecretsLayerVersion.from_version(
            ParamsAndSecretsVersions.V1_0_103, cache_size=100, cache_enabled=True, http_port=8080,
            log_level=ParamsAndSecretsLogLevel.DEBUG, max_connections=5,
            secrets_manager_ttl=cdk.Duration.seconds(100), parameter_store_ttl=cdk.Duration.seconds(100))
        fn = Function(self, "MyFunc", runtime=Runtime.NODEJS_20_X, handler="index.handler",
                      code=Code.from_asset(handler_dir), architecture=architecture,
                      params_and_secrets=params_and_secrets)
        secret.grant_read(fn)
        parameter.grant_read(fn)


StackUnderTest(app, "Stack1", architecture=Architecture.X86_64)
StackUnderTest(app, "Stack2", architecture=Architecture.ARM_64)
app.synth()
