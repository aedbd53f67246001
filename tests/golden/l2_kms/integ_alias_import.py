"""Port of aws-cdk's integ.alias-import.ts: an alias, and an alias targeting an alias imported by name."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk import aws_kms as kms

app = App()
stack = Stack(app, "KmsAliasImportStack")
key = kms.Key(stack, "Key", removal_policy=RemovalPolicy.DESTROY)
kms.Alias(stack, "Alias", alias_name="alias/integ-test-alias", target_key=key, removal_policy=RemovalPolicy.DESTROY)
imported = kms.Alias.from_alias_name(stack, "ImportedAlias", "integ-test-alias")
kms.Alias(
    stack,
    "AliasRef",
    alias_name="alias/integ-test-alias-ref",
    target_key=imported,
    removal_policy=RemovalPolicy.DESTROY,
)
app.synth()
