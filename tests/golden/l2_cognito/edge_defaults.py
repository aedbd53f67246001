"""Edge values aws-cdk-lib renders as empty lists or defaults (empty sign-in aliases, empty policies, MFA off)."""

import aws_cdk as cdk
from aws_cdk import aws_cognito as cognito

app = cdk.App()
stack = cdk.Stack(app, "EdgeDefaults")

cognito.UserPool(
    stack,
    "NoAliases",
    sign_in_aliases=cognito.SignInAliases(username=False),
    keep_original=cognito.KeepOriginalAttrs(),
    password_policy=cognito.PasswordPolicy(),
    mfa=cognito.Mfa.OFF,
    mfa_second_factor=cognito.MfaSecondFactor(sms=True, otp=True),
    standard_attributes=cognito.StandardAttributes(),
    custom_attributes={},
    user_invitation=cognito.UserInvitationConfig(),
    sign_in_policy=cognito.SignInPolicy(),
)
cognito.UserPool(
    stack,
    "PhoneOnly",
    sign_in_aliases=cognito.SignInAliases(phone=True),
    mfa=cognito.Mfa.OPTIONAL,
    mfa_second_factor=cognito.MfaSecondFactor(sms=False, otp=False),
    password_policy=cognito.PasswordPolicy(temp_password_validity=cdk.Duration.hours(48), min_length=6),
    self_sign_up_enabled=False,
)
pool = cognito.UserPool(stack, "Pool")
pool.add_client("EmptyScopes", o_auth=cognito.OAuthSettings(scopes=[], flows=cognito.OAuthFlows()))
pool.add_client("EmptyProviders", supported_identity_providers=[], o_auth=cognito.OAuthSettings(logout_urls=[]))
pool.add_client(
    "Credentials",
    generate_secret=True,
    o_auth=cognito.OAuthSettings(flows=cognito.OAuthFlows(client_credentials=True), callback_urls=[]),
)
pool.add_resource_server("Server", identifier="api", scopes=[])

# aws-cdk-lib takes any IUserPoolRef for clients, domains, groups and resource servers: the L1 too
l1_pool = cognito.CfnUserPool(stack, "L1Pool")
cognito.UserPoolClient(
    stack, "L1PoolClient", user_pool=l1_pool, supported_identity_providers=[cognito.UserPoolClientIdentityProvider.COGNITO]
)
cognito.UserPoolDomain(stack, "L1PoolDomain", user_pool=l1_pool, cognito_domain=cognito.CognitoDomainOptions(domain_prefix="l1"))
cognito.UserPoolGroup(stack, "L1PoolGroup", user_pool=l1_pool)
cognito.UserPoolResourceServer(stack, "L1PoolServer", user_pool=l1_pool, identifier="l1-api")

app.synth()
