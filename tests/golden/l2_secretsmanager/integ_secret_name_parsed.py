"""Port of aws-cdk's integ.secret-name-parsed: secret names (default, named, hyphenated, long ids) passed to a
custom resource provider.

The provider's handler directory is written here (its code is a stand-in: the integ test's verification handler
is not part of the synthesized behaviour, only its asset hash, which both sides compute from this directory).
"""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_secretsmanager as secretsmanager

handler_dir = os.path.join(tempfile.mkdtemp(), "integ.secret-name-parsed.handler")
os.makedirs(handler_dir)
with open(os.path.join(handler_dir, "index.js"), "w", newline="") as f:
    f.write("exports.handler = async () => ({});\n")


class SecretsManagerStack(cdk.Stack):
    def __init__(self, scope: cdk.App, id: str) -> None:
        super().__init__(scope, id)
        default_secret = secretsmanager.Secret(self, "DefaultSecret")
        named_secret = secretsmanager.Secret(self, "NamedSecret", secret_name="namedSecret")
        named_secret_with_hyphen = secretsmanager.Secret(self, "NamedSecretWithHyphen", secret_name="named-secret-1")
        long_secret = secretsmanager.Secret(self, "AReallyLongLogicalIThatWillBeTrimmedBeforeItsUsedInTheName")
        secrets = [default_secret, named_secret, named_secret_with_hyphen, long_secret]

        resource_type = "Custom::IntegVerificationSecretNameMatches"
        service_token = cdk.CustomResourceProvider.get_or_create(
            self,
            resource_type,
            code_directory=handler_dir,
            runtime=cdk.CustomResourceProviderRuntime.NODEJS_18_X,
            policy_statements=[
                {
                    "Effect": "Allow",
                    "Resource": [s.secret_arn for s in secrets],
                    "Action": ["secretsmanager:DescribeSecret"],
                }
            ],
        )
        cdk.CustomResource(
            self,
            "SecretNameVerification",
            resource_type=resource_type,
            service_token=service_token,
            properties={
                "Secrets": [{"secretArn": s.secret_arn, "secretName": s.secret_name} for s in secrets],
            },
        )


app = cdk.App()
SecretsManagerStack(app, "Integ-SecretsManager-ParsedSecretName")
app.synth()
