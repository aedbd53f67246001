"""Key grants to roles (identity policy), to service principals (key policy), to other accounts, and admins."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms

app = cdk.App()
stack = cdk.Stack(app, "KeyGrants")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
admin = iam.Role(stack, "Admin", assumed_by=iam.AccountRootPrincipal())
key = kms.Key(stack, "Key", admins=[admin])
key.grant_decrypt(role)
key.grant_encrypt(role)
key.grant_encrypt_decrypt(role)
key.grant(role, "kms:DescribeKey")
key.grant_encrypt_decrypt(iam.ServicePrincipal("sns.amazonaws.com"))
key.grant_decrypt(iam.AccountPrincipal("999999999999"))
key.grant_decrypt(iam.ArnPrincipal("arn:aws:iam::999999999999:role/other"))
mac = kms.Key(stack, "Mac", key_spec=kms.KeySpec.HMAC_512, key_usage=kms.KeyUsage.GENERATE_VERIFY_MAC)
mac.grant_generate_mac(role)
mac.grant_verify_mac(role)
user = iam.User(stack, "User")
key.grant_decrypt(user)
app.synth()
