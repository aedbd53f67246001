"""Access keys, instance profiles (own and imported), SAML and native OIDC providers with their principals."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam

# SAML metadata must be 1000 to 10000 characters long (the CloudFormation schema).
CERT = "MIIC" + "A" * 1100
XML = (
    '<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.example.com">'
    f"<md:IDPSSODescriptor><md:KeyDescriptor><X509Certificate>{CERT}</X509Certificate></md:KeyDescriptor>"
    "</md:IDPSSODescriptor></md:EntityDescriptor>"
)

app = cdk.App()
stack = cdk.Stack(app, "AccessKeysProfilesProviders")
user = iam.User(stack, "User")
key = iam.AccessKey(stack, "Key", user=user)
iam.AccessKey(stack, "RotatedKey", user=user, serial=2, status=iam.AccessKeyStatus.INACTIVE)
cdk.CfnOutput(stack, "Secret", value=key.secret_access_key.unsafe_unwrap())
cdk.CfnOutput(stack, "KeyId", value=key.access_key_id)

role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
profile = iam.InstanceProfile(stack, "Profile", role=role)
named = iam.InstanceProfile(stack, "NamedProfile", instance_profile_name="named-profile", path="/x/")
cdk.CfnOutput(stack, "ProfileArn", value=profile.instance_profile_arn)
cdk.CfnOutput(stack, "ProfileName", value=named.instance_profile_name)
cdk.CfnOutput(stack, "GeneratedRoleArn", value=named.role.role_arn)
by_name = iam.InstanceProfile.from_instance_profile_name(stack, "ByName", "prof")
cdk.CfnOutput(stack, "ByNameArn", value=by_name.instance_profile_arn)
by_arn = iam.InstanceProfile.from_instance_profile_arn(
    stack, "ByArn", "arn:aws:iam::123456789012:instance-profile/a/b/prof"
)
cdk.CfnOutput(stack, "ByArnName", value=by_arn.instance_profile_name)

saml = iam.SamlProvider(stack, "Saml", metadata_document=iam.SamlMetadataDocument.from_xml(XML))
named_saml = iam.SamlProvider(stack, "NamedSaml", name="named",
                              metadata_document=iam.SamlMetadataDocument.from_xml(XML))
iam.Role(stack, "ConsoleRole", assumed_by=iam.SamlConsolePrincipal(saml, {"StringEquals": {"x": "y"},
                                                                         "Bool": {"a": "true"}}))
iam.Role(stack, "SamlRole", assumed_by=iam.SamlPrincipal(named_saml, {"StringEquals": {"a": "b"}}))
imported_saml = iam.SamlProvider.from_saml_provider_arn(
    stack, "ImportedSaml", "arn:aws:iam::123456789012:saml-provider/x"
)
iam.Role(stack, "ImportedSamlRole", assumed_by=iam.SamlConsolePrincipal(imported_saml))

oidc = iam.OidcProviderNative(stack, "Oidc", url="https://oidc.example.com", client_ids=["a"],
                              thumbprints=["aa" * 20])
iam.OidcProviderNative(stack, "NamedOidc", url="https://oidc2.example.com/path", oidc_provider_name="nm",
                       removal_policy=cdk.RemovalPolicy.RETAIN)
cdk.CfnOutput(stack, "Issuer", value=oidc.oidc_provider_issuer)
cdk.CfnOutput(stack, "OidcArn", value=oidc.open_id_connect_provider_arn)
iam.Role(stack, "OidcRole", assumed_by=iam.OpenIdConnectPrincipal(oidc, {"StringEquals": {"aud": "a"}}))
imported_oidc = iam.OidcProviderNative.from_oidc_provider_arn(
    stack, "ImportedOidc", "arn:aws:iam::123456789012:oidc-provider/oidc.x.com/abc"
)
cdk.CfnOutput(stack, "ImportedIssuer", value=imported_oidc.oidc_provider_issuer)

unused = iam.LazyRole(stack, "UnusedLazy", assumed_by=iam.AccountRootPrincipal())
lazy = iam.LazyRole(stack, "Lazy", assumed_by=iam.AccountRootPrincipal(), role_name="lz")
lazy.add_to_principal_policy(iam.PolicyStatement(actions=["s3:*"], resources=["*"]))
lazy.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess"))
lazy.attach_inline_policy(iam.Policy(stack, "LazyPolicy",
                                     statements=[iam.PolicyStatement(actions=["sqs:*"], resources=["*"])]))
cdk.CfnOutput(stack, "LazyRoleId", value=lazy.role_id)

cn = cdk.Stack(app, "ChinaStack", env=cdk.Environment(region="cn-north-1", account="123456789012"))
cn_saml = iam.SamlProvider(cn, "Saml", metadata_document=iam.SamlMetadataDocument.from_xml(XML))
iam.Role(cn, "ConsoleRole", assumed_by=iam.SamlConsolePrincipal(cn_saml))
app.synth()
