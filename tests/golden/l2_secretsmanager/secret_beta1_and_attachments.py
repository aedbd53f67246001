"""``SecretStringValueBeta1`` values, an imported target attachment, and ``Secret.attach`` with grants."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_iam as iam
from aws_cdk import aws_secretsmanager as secretsmanager


@jsii.implements(secretsmanager.ISecretAttachmentTarget)
class FakeProxy:
    def as_secret_attachment_target(self) -> secretsmanager.SecretAttachmentTargetProps:
        return secretsmanager.SecretAttachmentTargetProps(
            target_id="my-proxy", target_type=secretsmanager.AttachmentTargetType.RDS_DB_PROXY
        )


app = cdk.App()
stack = cdk.Stack(app, "SecretBeta1AndAttachments")
user = iam.User(stack, "User")
access_key = iam.AccessKey(stack, "AccessKey", user=user)
secretsmanager.Secret(
    stack,
    "FromToken",
    secret_string_beta1=secretsmanager.SecretStringValueBeta1.from_token(access_key.secret_access_key.unsafe_unwrap()),
)
secretsmanager.Secret(
    stack,
    "FromPlaintext",
    secret_string_beta1=secretsmanager.SecretStringValueBeta1.from_unsafe_plaintext('{"user":"admin"}'),
    description="plain",
)

role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
imported = secretsmanager.SecretTargetAttachment.from_secret_target_attachment_secret_arn(
    stack, "Imported", "arn:aws:secretsmanager:us-east-1:123456789012:secret:attached-AbCdEf"
)
imported.grant_read(role)
cdk.CfnOutput(stack, "ImportedArn", value=imported.secret_target_attachment_secret_arn)
cdk.CfnOutput(stack, "ImportedName", value=imported.secret_name)
iam.User(stack, "ImportedUser", password=imported.secret_value_from_json("password"))

secret = secretsmanager.Secret(stack, "Secret")
attachment = secretsmanager.SecretTargetAttachment(stack, "Attachment", secret=secret, target=FakeProxy())
attachment.grant_write(role)
attachment.add_rotation_schedule("Rotation", hosted_rotation=secretsmanager.HostedRotation.mysql_single_user())
cdk.CfnOutput(stack, "AttachmentId", value=attachment.secret_target_attachment_ref.secret_id)
app.synth()
