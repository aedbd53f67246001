"""Roles trusted by account, ARN, any, star, organization, federated, web identity and canonical principals."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "OtherPrincipals")
iam.Role(stack, "Account", assumed_by=iam.AccountPrincipal("123456789012"))
iam.Role(stack, "AccountRoot", assumed_by=iam.AccountRootPrincipal())
iam.Role(stack, "Arn", assumed_by=iam.ArnPrincipal("arn:aws:iam::123456789012:user/alice"))
iam.Role(stack, "Any", assumed_by=iam.AnyPrincipal())
iam.Role(stack, "Star", assumed_by=iam.StarPrincipal())
iam.Role(stack, "Org", assumed_by=iam.OrganizationPrincipal("o-1234567890"))
iam.Role(
    stack,
    "Federated",
    assumed_by=iam.FederatedPrincipal(
        "cognito-identity.amazonaws.com",
        {"StringEquals": {"cognito-identity.amazonaws.com:aud": "us-east-1:pool"}},
        "sts:AssumeRoleWithWebIdentity",
    ),
)
iam.Role(
    stack,
    "WebIdentity",
    assumed_by=iam.WebIdentityPrincipal("accounts.google.com", {"StringEquals": {"accounts.google.com:aud": "x"}}),
)
iam.Role(stack, "InOrg", assumed_by=iam.ArnPrincipal("arn:aws:iam::111111111111:root").in_organization("o-abcdefghij"))
iam.Role(stack, "SessionTags", assumed_by=iam.AccountPrincipal("123456789012").with_session_tags())
iam.Role(stack, "ExternalIds", assumed_by=iam.AccountPrincipal("123456789012"), external_ids=["a", "b"])
iam.Role(stack, "ExternalId", assumed_by=iam.AccountPrincipal("123456789012"), external_ids=["only"])
app.synth()
