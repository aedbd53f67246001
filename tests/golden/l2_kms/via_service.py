"""kms.ViaServicePrincipal: grants restricted to calls made through a service, for a role and for anyone."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms

app = cdk.App()
stack = cdk.Stack(app, "ViaService")
key = kms.Key(stack, "Key")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
key.grant_decrypt(kms.ViaServicePrincipal(f"secretsmanager.{stack.region}.amazonaws.com", role))
key.grant_encrypt_decrypt(kms.ViaServicePrincipal("s3.us-east-1.amazonaws.com"))
key.grant_decrypt(
    kms.ViaServicePrincipal(
        "sqs.us-east-1.amazonaws.com",
        iam.AccountPrincipal("123456789012").with_conditions({"StringEquals": {"kms:CallerAccount": "123456789012"}}),
    )
)
app.synth()
