"""Port of aws-cdk's integ.secret.lit: default, templated, predefined and JSON secrets used by IAM users."""

import json

import aws_cdk as cdk
from aws_cdk import SecretValue
from aws_cdk import aws_iam as iam
from aws_cdk import aws_secretsmanager as secretsmanager


class SecretsManagerStack(cdk.Stack):
    def __init__(self, scope: cdk.App, id: str) -> None:
        super().__init__(scope, id)
        role = iam.Role(self, "TestRole", assumed_by=iam.AccountRootPrincipal())

        secret = secretsmanager.Secret(self, "Secret")
        secret.grant_read(role)
        user = iam.User(self, "User", password=secret.secret_value)

        templated_secret = secretsmanager.Secret(
            self,
            "TemplatedSecret",
            generate_secret_string=secretsmanager.SecretStringGenerator(
                secret_string_template=json.dumps({"username": "user"}, separators=(",", ":")),
                generate_string_key="password",
            ),
        )
        iam.User(
            self,
            "OtherUser",
            user_name=templated_secret.secret_value_from_json("username").unsafe_unwrap(),
            password=templated_secret.secret_value_from_json("password"),
        )

        access_key = iam.AccessKey(self, "AccessKey", user=user)
        secretsmanager.Secret(self, "PredefinedSecret", secret_string_value=access_key.secret_access_key)

        secretsmanager.Secret(
            self,
            "JSONSecret",
            secret_object_value={
                "username": SecretValue.unsafe_plain_text(user.user_name),
                "database": SecretValue.unsafe_plain_text("foo"),
                "password": access_key.secret_access_key,
            },
        )


app = cdk.App()
SecretsManagerStack(app, "Integ-SecretsManager-Secret")
app.synth()
