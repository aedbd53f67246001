"""User pool options the integ tests leave out: SMS roles, sign-in, recovery, email, triggers, imports, grants."""

import aws_cdk as cdk
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "UserPoolFeatures", env=cdk.Environment(account="123456789012", region="eu-west-1"))


def fn(id):
    return lambda_.Function(
        stack, id, runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=lambda_.Code.from_inline("x")
    )


# SMS MFA with a phone alias: the pool creates its SMS role; preferred usernames, case-insensitive sign-in
sms_pool = cognito.UserPool(
    stack,
    "SmsPool",
    sign_in_aliases=cognito.SignInAliases(username=True, phone=True, preferred_username=True),
    sign_in_case_sensitive=False,
    mfa=cognito.Mfa.REQUIRED,
    mfa_message="Your code is {####}",
    account_recovery=cognito.AccountRecovery.PHONE_ONLY_WITHOUT_MFA,
    device_tracking=cognito.DeviceTracking(
        challenge_required_on_new_device=True, device_only_remembered_on_user_prompt=False
    ),
    sns_region="us-east-1",
    email=cognito.UserPoolEmail.with_cognito("reply@example.com"),
)

# a given SMS role with its external id; email-only sign-in; TOTP and SMS MFA; SES email in the stack's region
sms_role = iam.Role(stack, "SmsRole", assumed_by=iam.ServicePrincipal("cognito-idp.amazonaws.com"))
email_pool = cognito.UserPool(
    stack,
    "EmailPool",
    user_pool_name="email-pool",
    sign_in_aliases=cognito.SignInAliases(email=True),
    sms_role=sms_role,
    sms_role_external_id="external-id",
    mfa=cognito.Mfa.OPTIONAL,
    mfa_second_factor=cognito.MfaSecondFactor(sms=True, otp=True),
    account_recovery=cognito.AccountRecovery.EMAIL_ONLY,
    email=cognito.UserPoolEmail.with_ses(
        from_email="noreply@example.com", from_name="Example, Inc.", configuration_set_name="config-set"
    ),
    standard_attributes=cognito.StandardAttributes(
        address=cognito.StandardAttribute(mutable=False),
        birthdate=cognito.StandardAttribute(required=True),
        timezone=cognito.StandardAttribute(),
        profile_picture=cognito.StandardAttribute(mutable=True, required=False),
        last_update_time=cognito.StandardAttribute(),
    ),
    custom_attributes={"tier": cognito.NumberAttribute(min=0, max=3, mutable=True)},
    deletion_protection=True,
)

# enable_sms_role without any SMS need, every other recovery option, custom senders through add_trigger
key = kms.Key(stack, "SenderKey")
trigger_pool = cognito.UserPool(
    stack,
    "TriggerPool",
    enable_sms_role=True,
    account_recovery=cognito.AccountRecovery.EMAIL_AND_PHONE_WITHOUT_MFA,
    custom_sender_kms_key=key,
    lambda_triggers=cognito.UserPoolTriggers(custom_sms_sender=fn("SmsSender"), pre_sign_up=fn("PreSignUp")),
    user_verification=cognito.UserVerificationConfig(email_style=cognito.VerificationEmailStyle.LINK),
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
trigger_pool.add_trigger(cognito.UserPoolOperation.CUSTOM_EMAIL_SENDER, fn("EmailSender"))
trigger_pool.add_trigger(cognito.UserPoolOperation.of("PostConfirmation"), fn("PostConfirmation"))
trigger_pool.add_trigger(cognito.UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, fn("PreToken"))

trigger_pool.add_trigger(cognito.UserPoolOperation.of("inboundFederation"), fn("Federation"))
trigger_pool.add_trigger(cognito.UserPoolOperation.of("SomethingNew"), fn("SomethingNew"))  # not rendered

# sender names that need quoting or encoding, internationalized addresses, attribute constraints at their edges
cognito.UserPool(
    stack,
    "AdminOnlyPool",
    account_recovery=cognito.AccountRecovery.NONE,
    enable_sms_role=False,
    email=cognito.UserPoolEmail.with_ses(
        from_email="noreply@bücher.example", from_name="Müller & Söhne", reply_to="help@bücher.example"
    ),
    custom_attributes={
        "short": cognito.StringAttribute(max_len=10),
        "zero": cognito.NumberAttribute(min=0, max=0),
        "ratio": cognito.NumberAttribute(min=1.5),
        "empty": cognito.StringAttribute(min_len=0),
        "flag": cognito.BooleanAttribute(mutable=False),
        "seen": cognito.DateTimeAttribute(mutable=True),
    },
)
cognito.UserPool(
    stack,
    "QuotedSenderPool",
    email=cognito.UserPoolEmail.with_ses(from_email="a@example.com", from_name='Support (EU) "desk"', ses_region="eu-west-2"),
    keep_original=cognito.KeepOriginalAttrs(phone=True),
    auto_verify=cognito.AutoVerifiedAttrs(),
)
cognito.UserPool(stack, "DefaultRecoveryPool", account_recovery=cognito.AccountRecovery.PHONE_AND_EMAIL)

# imports and grants
role = iam.Role(stack, "Reader", assumed_by=iam.AccountRootPrincipal())
imported = cognito.UserPool.from_user_pool_id(stack, "ImportedById", "eu-west-1_abcdef")
by_arn = cognito.UserPool.from_user_pool_arn(
    stack, "ImportedByArn", "arn:aws:cognito-idp:us-east-1:210987654321:userpool/us-east-1_xyz"
)
imported.grant(role, "cognito-idp:AdminGetUser")
by_arn.grant(role, "cognito-idp:ListUsers", "cognito-idp:AdminCreateUser")
email_pool.grant(role, "cognito-idp:AdminDeleteUser")
imported.add_client("ImportedPoolClient", disable_o_auth=True)
imported.add_group("ImportedPoolGroup", group_name="admins")

cdk.CfnOutput(stack, "ArnProvider", value=by_arn.user_pool_provider_name)
cdk.CfnOutput(stack, "IdProvider", value=imported.user_pool_provider_name)
cdk.CfnOutput(stack, "ProviderUrl", value=sms_pool.user_pool_provider_url)
cdk.CfnOutput(stack, "ProviderName", value=sms_pool.user_pool_provider_name)
cdk.CfnOutput(stack, "PoolArn", value=trigger_pool.user_pool_arn)
cdk.CfnOutput(stack, "ImportedGroup", value=cognito.UserPoolGroup.from_group_name(stack, "G", "grp").group_name)
cdk.CfnOutput(
    stack, "ImportedClient", value=cognito.UserPoolClient.from_user_pool_client_id(stack, "C", "cid").user_pool_client_id
)
cdk.CfnOutput(
    stack, "ImportedDomain", value=cognito.UserPoolDomain.from_domain_name(stack, "D", "auth.example.com").domain_name
)
cdk.CfnOutput(
    stack,
    "ImportedServer",
    value=cognito.UserPoolResourceServer.from_user_pool_resource_server_id(
        stack, "R", "users"
    ).user_pool_resource_server_id,
)
cdk.CfnOutput(
    stack,
    "ImportedProvider",
    value=cognito.UserPoolIdentityProvider.from_provider_name(stack, "P", "Google").provider_name,
)

app.synth()
