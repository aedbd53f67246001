"""Port of aws-cdk's integ.secret.dynamic-reference-key: ``cfn_dynamic_reference_key`` variants in a JSON secret."""

import aws_cdk as cdk
from aws_cdk import SecretValue
from aws_cdk import aws_secretsmanager as secretsmanager


class TestStack(cdk.Stack):
    def __init__(self, scope: cdk.App, id: str) -> None:
        super().__init__(scope, id)
        secret = secretsmanager.Secret(self, "Secret")
        secretsmanager.Secret(
            self,
            "JSONSecret",
            secret_object_value={
                "cfnDynamicReferenceKeyWithDefaults": SecretValue.unsafe_plain_text(secret.cfn_dynamic_reference_key()),
                "cfnDynamicReferenceKeyWithJsonFieldAndVersionStage": SecretValue.unsafe_plain_text(
                    secret.cfn_dynamic_reference_key(json_field="json-key", version_stage="version-stage")
                ),
                "cfnDynamicReferenceKeyWithJsonFieldAndVersionId": SecretValue.unsafe_plain_text(
                    secret.cfn_dynamic_reference_key(json_field="json-key", version_id="version-id")
                ),
            },
        )


app = cdk.App()
TestStack(app, "cdk-integ-secrets-dynamic-reference-key")
app.synth()
