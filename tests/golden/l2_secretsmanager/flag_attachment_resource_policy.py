"""@aws-cdk/aws-secretsmanager:useAttachedSecretResourcePolicyForSecretTargetAttachments on: a statement added to
an attachment's resource policy goes to the attached secret's policy (off, flag_attachment_resource_policy_off,
the attachment gets a second policy of its own)."""

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


app = cdk.App(context={"@aws-cdk/aws-secretsmanager:useAttachedSecretResourcePolicyForSecretTargetAttachments": True})
stack = cdk.Stack(app, "AttachmentResourcePolicy")
secret = secretsmanager.Secret(stack, "Secret")
secret.add_to_resource_policy(iam.PolicyStatement(
    actions=["secretsmanager:GetSecretValue"], resources=["*"], principals=[iam.AccountRootPrincipal()],
))
attached = secret.attach(FakeCluster())
attached.add_to_resource_policy(iam.PolicyStatement(
    actions=["secretsmanager:DescribeSecret"], resources=["*"], principals=[iam.AccountRootPrincipal()],
))
app.synth()
