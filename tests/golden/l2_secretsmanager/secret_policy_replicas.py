"""Resource policies, replica regions and an encryption key on a replicated secret."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_secretsmanager as secretsmanager

app = cdk.App()
stack = cdk.Stack(app, "SecretPolicyReplicas", env=cdk.Environment(account="123456789012", region="eu-west-1"))
secret = secretsmanager.Secret(
    stack,
    "Secret",
    replica_regions=[secretsmanager.ReplicaRegion(region="us-east-1")],
)
secret.add_replica_region("eu-central-1", kms.Key.from_key_arn(stack, "Replica", "arn:aws:kms:eu-central-1:123456789012:key/k"))
secret.add_to_resource_policy(
    iam.PolicyStatement(
        actions=["secretsmanager:GetSecretValue"],
        principals=[iam.AccountPrincipal("111122223333")],
        resources=["*"],
    )
)
secret.deny_account_root_delete()
app.synth()
