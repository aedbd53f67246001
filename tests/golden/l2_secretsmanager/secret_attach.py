"""Attaching a secret to a database target; the attachment's ARN is used for later grants."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_iam as iam
from aws_cdk import aws_secretsmanager as secretsmanager


@jsii.implements(secretsmanager.ISecretAttachmentTarget)
class FakeCluster:
    def as_secret_attachment_target(self) -> secretsmanager.SecretAttachmentTargetProps:
        return secretsmanager.SecretAttachmentTargetProps(
            target_id="my-cluster", target_type=secretsmanager.AttachmentTargetType.RDS_DB_CLUSTER
        )


app = cdk.App()
stack = cdk.Stack(app, "SecretAttach")
secret = secretsmanager.Secret(stack, "Secret")
attached = secret.attach(FakeCluster())
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
attached.grant_read(role)
cdk.CfnOutput(stack, "AttachedArn", value=attached.secret_arn)
app.synth()
