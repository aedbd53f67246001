"""SecretValue and CfnDynamicReference: ssm, ssm-secure and secretsmanager references."""

import aws_cdk as cdk
from aws_cdk import CfnDynamicReference, CfnDynamicReferenceService, SecretValue

app = cdk.App()
stack = cdk.Stack(app, "DynamicReferences")

password = cdk.CfnParameter(stack, "Password", no_echo=True)
bucket = cdk.CfnResource(stack, "Bucket", type="AWS::S3::Bucket")

cdk.CfnResource(
    stack, "User", type="Custom::User",
    properties={
        "Ssm": CfnDynamicReference(CfnDynamicReferenceService.SSM, "my-param:3"),
        "SsmSecure": CfnDynamicReference(CfnDynamicReferenceService.SSM_SECURE, "secure-param:1"),
        "SecretsManager": CfnDynamicReference(CfnDynamicReferenceService.SECRETS_MANAGER, "arn:secret:SecretString:pw::"),
        "SecretPlain": SecretValue.secrets_manager("MySecret"),
        "SecretField": SecretValue.secrets_manager("MySecret", json_field="password"),
        "SecretStage": SecretValue.secrets_manager("MySecret", version_stage="AWSPREVIOUS"),
        "SecretVersionId": SecretValue.secrets_manager("MySecret", json_field="k", version_id="v-1"),
        "SecretTokenId": SecretValue.secrets_manager(bucket.ref),
        "SsmSecureValue": SecretValue.ssm_secure("/path/to/param"),
        "SsmSecureVersion": SecretValue.ssm_secure("/path/to/param", "5"),
        "FromParameter": SecretValue.cfn_parameter(password),
        "FromDynamicReference": SecretValue.cfn_dynamic_reference(
            CfnDynamicReference(CfnDynamicReferenceService.SSM, "x"),
        ),
        "UnsafePlainText": SecretValue.unsafe_plain_text("not-secret"),
        "ResourceAttribute": SecretValue.resource_attribute(bucket.get_att("Secret").to_string()),
        "InString": f"user:{SecretValue.secrets_manager('Creds', json_field='user').unsafe_unwrap()}",
    },
)

app.synth()
