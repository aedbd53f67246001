"""Port of aws-cdk's integ.alias-from-alias-name.ts: grants on an alias imported by name."""

from aws_cdk import App, Stack
from aws_cdk.aws_iam import Role, ServicePrincipal
from aws_cdk.aws_kms import Alias

app = App(context={"@aws-cdk/aws-kms:applyImportedAliasPermissionsToPrincipal": True})
stack = Stack(app, "aws-cdk-kms")
alias = Alias.from_alias_name(stack, "alias", "alias/MyKey")
role = Role(stack, "Role", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
alias.grant_verify_mac(role)
alias.grant_encrypt_decrypt(role)
alias.grant_sign_verify(role)
alias.grant_generate_mac(role)
app.synth()
