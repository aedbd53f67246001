"""Bad arguments and aws-cdk-lib 2.275's messages for them, shared by the unit test and an oracle check.

Each case is ``(id, code, message)``: ``code`` runs with ``c`` (the cognito module), ``idp`` (cognito_identitypool), ``cdk`` (the core),
``iam``, ``kms``, ``lambda_`` and ``stack`` (an env-agnostic stack ``S``) in scope and must raise a validation
error whose message contains ``message``. Messages were read from aws-cdk-lib 2.275's compiled code and checked by
running every case against it (``python tests/l2/cognito/validation_cases.py`` in the oracle venv, from /tmp).
"""

from __future__ import annotations

POOL = "pool = c.UserPool(stack, 'Pool')\n"
FN = "fn = lambda_.Function(stack, 'Fn', runtime=lambda_.Runtime.PYTHON_3_12, handler='i.h', code=lambda_.Code.from_inline('x'))\n"

CASES: list[tuple[str, str, str]] = [
    # -- UserPool --------------------------------------------------------------------------------------------
    (
        "preferred-username-without-username",
        "c.UserPool(stack, 'Pool', sign_in_aliases=c.SignInAliases(username=False, email=True, preferred_username=True))",
        "username signIn must be enabled if preferredUsername is enabled",
    ),
    (
        "mfa-message-without-code",
        "c.UserPool(stack, 'Pool', mfa_message='no code here')",
        "MFA message must contain the template string '{####}'",
    ),
    (
        "mfa-message-too-long",
        "c.UserPool(stack, 'Pool', mfa_message='{####}' + 'x' * 140)",
        "MFA message must be between 6 and 140 characters",
    ),
    (
        "verification-email-without-code",
        "c.UserPool(stack, 'Pool', user_verification=c.UserVerificationConfig(email_body='hello'))",
        "Verification email body must contain the template string '{####}'",
    ),
    (
        "verification-sms-without-code",
        "c.UserPool(stack, 'Pool', user_verification=c.UserVerificationConfig(sms_message='hello'))",
        "SMS message must contain the template string '{####}'",
    ),
    (
        "verification-link-without-placeholder",
        "c.UserPool(stack, 'Pool', user_verification=c.UserVerificationConfig("
        "email_style=c.VerificationEmailStyle.LINK, email_body='click here'))",
        "Verification email body must contain the template string '{##Verify Email##}'",
    ),
    (
        "sms-role-disabled-but-given",
        "role = iam.Role(stack, 'R', assumed_by=iam.ServicePrincipal('cognito-idp.amazonaws.com'))\n"
        "c.UserPool(stack, 'Pool', enable_sms_role=False, sms_role=role)",
        "enableSmsRole cannot be disabled when smsRole is specified",
    ),
    (
        "temp-password-validity-too-long",
        "c.UserPool(stack, 'Pool', password_policy=c.PasswordPolicy(temp_password_validity=cdk.Duration.days(400)))",
        "tempPasswordValidity cannot be greater than 365 days (received: 400)",
    ),
    (
        "password-too-short",
        "c.UserPool(stack, 'Pool', password_policy=c.PasswordPolicy(min_length=5))",
        "minLength for password must be between 6 and 99 (received: 5)",
    ),
    (
        "password-history-on-lite",
        "c.UserPool(stack, 'Pool', feature_plan=c.FeaturePlan.LITE, password_policy=c.PasswordPolicy(password_history_size=3))",
        "`passwordHistorySize` can not be set when `featurePlan` is `FeaturePlan.LITE`.",
    ),
    (
        "password-history-out-of-range",
        "c.UserPool(stack, 'Pool', password_policy=c.PasswordPolicy(password_history_size=25))",
        "`passwordHistorySize` must be between 0 and 24 (received: 25).",
    ),
    (
        "password-factor-off",
        "c.UserPool(stack, 'Pool', sign_in_policy=c.SignInPolicy("
        "allowed_first_auth_factors=c.AllowedFirstAuthFactors(password=False, email_otp=True)))",
        "The password authentication cannot be disabled.",
    ),
    (
        "choice-based-auth-on-lite",
        "c.UserPool(stack, 'Pool', feature_plan=c.FeaturePlan.LITE, sign_in_policy=c.SignInPolicy("
        "allowed_first_auth_factors=c.AllowedFirstAuthFactors(password=True, passkey=True)))",
        "To enable choice-based authentication, set `featurePlan` to `FeaturePlan.ESSENTIALS` or `FeaturePlan.PLUS`.",
    ),
    (
        "passkey-relying-party-too-long",
        "c.UserPool(stack, 'Pool', passkey_relying_party_id='a' * 64)",
        "passkeyRelyingPartyId length must be (inclusively) between 1 and 63, got 64",
    ),
    (
        "threat-protection-and-advanced-security",
        "c.UserPool(stack, 'Pool', advanced_security_mode=c.AdvancedSecurityMode.ENFORCED, "
        "standard_threat_protection_mode=c.StandardThreatProtectionMode.AUDIT_ONLY)",
        "you cannot set Threat Protection and Advanced Security Mode at the same time.",
    ),
    (
        "email-mfa-without-ses",
        "c.UserPool(stack, 'Pool', mfa=c.Mfa.REQUIRED, mfa_second_factor=c.MfaSecondFactor(sms=False, otp=True, email=True))",
        "To enable email-based MFA, set `email` property to the Amazon SES email-sending configuration.",
    ),
    (
        "email-mfa-on-lite",
        "c.UserPool(stack, 'Pool', feature_plan=c.FeaturePlan.LITE, mfa=c.Mfa.REQUIRED, "
        "email=c.UserPoolEmail.with_ses(from_email='a@example.com', ses_region='us-east-1'), "
        "mfa_second_factor=c.MfaSecondFactor(sms=False, otp=True, email=True))",
        "To enable email-based MFA, set `featurePlan` to `FeaturePlan.ESSENTIALS` or `FeaturePlan.PLUS`.",
    ),
    (
        "custom-sender-without-key",
        FN + "c.UserPool(stack, 'Pool', lambda_triggers=c.UserPoolTriggers(custom_sms_sender=fn))",
        "you must specify a KMS key if you are using customSmsSender or customEmailSender.",
    ),
    (
        "ses-without-region",
        "c.UserPool(stack, 'Pool', email=c.UserPoolEmail.with_ses(from_email='a@example.com'))",
        'Your stack region cannot be determined so "sesRegion" is required in SESOptions',
    ),
    (
        "ses-domain-mismatch",
        "c.UserPool(stack, 'Pool', email=c.UserPoolEmail.with_ses(from_email='a@example.com', ses_region='us-east-1', "
        "ses_verified_domain='other.com'))",
        '"fromEmail" contains a different domain than the "sesVerifiedDomain"',
    ),
    (
        "non-ascii-local-part",
        "c.UserPool(stack, 'Pool', email=c.UserPoolEmail.with_cognito('ü@example.com'))",
        "the local part of the email address must use ASCII characters only",
    ),
    (
        "invalid-user-pool-arn",
        "c.UserPool.from_user_pool_arn(stack, 'Imported', 'arn:aws:cognito-idp:us-east-1:123456789012:userpool')",
        "invalid user pool ARN",
    ),
    # -- triggers --------------------------------------------------------------------------------------------
    (
        "duplicate-trigger",
        POOL
        + FN
        + "pool.add_trigger(c.UserPoolOperation.PRE_SIGN_UP, fn)\npool.add_trigger(c.UserPoolOperation.PRE_SIGN_UP, fn)",
        "A trigger for the operation preSignUp already exists.",
    ),
    (
        "v2-trigger-on-other-operation",
        POOL + FN + "pool.add_trigger(c.UserPoolOperation.PRE_SIGN_UP, fn, c.LambdaVersion.V2_0)",
        "Only the `PRE_TOKEN_GENERATION_CONFIG` operation supports V2_0 and V3_0 lambda version.",
    ),
    (
        "custom-sender-trigger-without-key",
        POOL + FN + "pool.add_trigger(c.UserPoolOperation.CUSTOM_EMAIL_SENDER, fn)",
        "you must specify a KMS key if you are using customSmsSender or customEmailSender.",
    ),
    # -- attributes ------------------------------------------------------------------------------------------
    (
        "string-attribute-min-negative",
        "c.StringAttribute(min_len=-1)",
        "minLen cannot be less than 0 (value: -1).",
    ),
    (
        "string-attribute-max-too-large",
        "c.StringAttribute(max_len=2049)",
        "maxLen cannot be greater than 2048 (value: 2049).",
    ),
    # -- clients ---------------------------------------------------------------------------------------------
    (
        "oauth-settings-with-oauth-disabled",
        POOL + "pool.add_client('Client', disable_o_auth=True, o_auth=c.OAuthSettings())",
        "OAuth settings cannot be specified when disableOAuth is set.",
    ),
    (
        "empty-callback-urls",
        POOL + "pool.add_client('Client', o_auth=c.OAuthSettings(callback_urls=[]))",
        "callbackUrl must not be empty when codeGrant or implicitGrant OAuth flows are enabled.",
    ),
    (
        "default-redirect-not-a-callback",
        POOL
        + "pool.add_client('Client', o_auth=c.OAuthSettings(callback_urls=['https://a.com'], default_redirect_uri='https://b.com'))",
        "defaultRedirectUri must be included in callbackUrls.",
    ),
    (
        "client-credentials-with-code-grant",
        POOL
        + "pool.add_client('Client', o_auth=c.OAuthSettings(flows=c.OAuthFlows(client_credentials=True, authorization_code_grant=True)))",
        "clientCredentials OAuth flow cannot be selected along with codeGrant or implicitGrant.",
    ),
    (
        "context-data-without-secret",
        POOL + "pool.add_client('Client', enable_propagate_additional_user_context_data=True)",
        "Cannot activate enablePropagateAdditionalUserContextData in an app client without a client secret.",
    ),
    (
        "id-token-validity-too-long",
        POOL + "pool.add_client('Client', id_token_validity=cdk.Duration.days(2))",
        "idTokenValidity: Must be a duration between 5 minutes and 1 day (inclusive); received 2 days.",
    ),
    (
        "access-token-longer-than-refresh",
        POOL
        + "pool.add_client('Client', refresh_token_validity=cdk.Duration.hours(1), access_token_validity=cdk.Duration.hours(2))",
        "accessTokenValidity: Must be a duration between 5 minutes and 1 hour (inclusive); received 2 hours.",
    ),
    (
        "auth-session-validity-too-short",
        POOL + "pool.add_client('Client', auth_session_validity=cdk.Duration.minutes(2))",
        "authSessionValidity: Must be a duration between 3 minutes and 15 minutes (inclusive); received 2 minutes.",
    ),
    (
        "rotation-grace-period-too-long",
        POOL + "pool.add_client('Client', refresh_token_rotation_grace_period=cdk.Duration.minutes(2))",
        "refreshTokenRotationGracePeriod: Must be a duration between 0 seconds and 1 minute (inclusive); received 2 minutes.",
    ),
    (
        "analytics-application-and-id",
        POOL + "pool.add_client('Client', analytics=c.AnalyticsConfiguration("
        "application=c.CfnUserPool(stack, 'NotAnApp') and None, application_id='abc'))",
        "Either all of `applicationId`, `externalId` and `role` must be specified or `application` must be specified.",
    ),
    (
        "client-of-an-l1-pool-without-providers",
        "c.UserPoolClient(stack, 'Client', user_pool=c.CfnUserPool(stack, 'L1'))",
        "'userPool' instance should implement IUserPool, but doesn't: CfnUserPool",
    ),
    (
        "secret-without-generate-secret",
        POOL + "pool.add_client('Client').user_pool_client_secret",
        "userPoolClientSecret is available only if generateSecret is set to true.",
    ),
    (
        "client-name-not-given",
        POOL + "pool.add_client('Client').user_pool_client_name",
        "userPoolClientName is available only if specified on the UserPoolClient during initialization",
    ),
    (
        "imported-client-secret",
        "c.UserPoolClient.from_user_pool_client_id(stack, 'Client', 'id').user_pool_client_secret",
        "UserPool Client Secret is not available for imported Clients",
    ),
    # -- domains ---------------------------------------------------------------------------------------------
    (
        "domain-without-kind",
        POOL + "pool.add_domain('Domain')",
        "One of, and only one of, cognitoDomain or customDomain must be specified",
    ),
    (
        "domain-prefix-uppercase",
        POOL + "pool.add_domain('Domain', cognito_domain=c.CognitoDomainOptions(domain_prefix='Bad'))",
        "domainPrefix for cognitoDomain can contain only lowercase alphabets, numbers and hyphens",
    ),
    (
        "sign-in-url-without-grant",
        POOL
        + "client = pool.add_client('Client', o_auth=c.OAuthSettings(flows=c.OAuthFlows(client_credentials=True)))\n"
        "domain = pool.add_domain('Domain', cognito_domain=c.CognitoDomainOptions(domain_prefix='abc'))\n"
        "domain.sign_in_url(client, redirect_uri='https://example.com')",
        "signInUrl is not supported for clients without authorizationCodeGrant or implicitCodeGrant flow enabled",
    ),
    # -- groups ----------------------------------------------------------------------------------------------
    (
        "group-description-too-long",
        POOL + "pool.add_group('Group', description='x' * 2049)",
        "`description` must be between 0 and 2048 characters. Received: 2049 characters",
    ),
    (
        "group-precedence-negative",
        POOL + "pool.add_group('Group', precedence=-1)",
        "`precedence` must be between 0 and 2^31-1. Received: -1",
    ),
    (
        "group-name-with-space",
        POOL + "pool.add_group('Group', group_name='two words')",
        "`groupName` must be between 1 and 128 characters and can include letters, numbers, and symbols.",
    ),
    # -- identity providers ----------------------------------------------------------------------------------
    (
        "apple-without-key",
        POOL
        + "c.UserPoolIdentityProviderApple(stack, 'Apple', user_pool=pool, client_id='a', key_id='k', team_id='t')",
        'Exactly one of "privateKey" or "privateKeyValue" must be configured.',
    ),
    (
        "google-with-both-secrets",
        POOL
        + "c.UserPoolIdentityProviderGoogle(stack, 'Google', user_pool=pool, client_id='a', client_secret='s', "
        "client_secret_value=cdk.SecretValue.unsafe_plain_text('s'))",
        'Exactly one of "clientSecret" or "clientSecretValue" must be configured.',
    ),
    (
        "oidc-name-too-short",
        POOL
        + "c.UserPoolIdentityProviderOidc(stack, 'Oidc', user_pool=pool, client_id='a', client_secret='s', "
        "issuer_url='https://i.com', name='ab')",
        "Expected provider name to be between 3 and 32 characters, received ab (2 characters)",
    ),
    (
        "oidc-name-with-underscore-first",
        POOL
        + "c.UserPoolIdentityProviderOidc(stack, 'Oidc', user_pool=pool, client_id='a', client_secret='s', "
        "issuer_url='https://i.com', name='_abc')",
        "Expected provider name must match [^_p{Z}][p{L}p{M}p{S}p{N}p{P}][^_p{Z}]+, received _abc",
    ),
    (
        "saml-name-too-long",
        POOL + "c.UserPoolIdentityProviderSaml(stack, 'Saml', user_pool=pool, "
        "metadata=c.UserPoolIdentityProviderSamlMetadata.url('https://m.com'), name='x' * 33)",
        "Expected provider name to be between 3 and 32 characters, received " + "x" * 33 + " (33 characters)",
    ),
    # -- identity pools (``idp`` is the cognito_identitypool module) -------------------------------------------
    (
        "identity-pool-arn-without-name",
        "idp.IdentityPool.from_identity_pool_arn(stack, 'Pool', 'arn:aws:cognito-identity:us-east-1:123456789012:identitypool')",
        "Invalid Identity Pool ARN",
    ),
    (
        "identity-pool-id-without-region",
        "idp.IdentityPool.from_identity_pool_arn(stack, 'Pool', "
        "'arn:aws:cognito-identity:us-east-1:123456789012:identitypool/abcdef')",
        "Invalid Identity Pool Id: Identity Pool Ids must follow the format <region>:<id>",
    ),
    (
        "identity-pool-id-in-other-region",
        "idp.IdentityPool.from_identity_pool_arn(stack, 'Pool', "
        "'arn:aws:cognito-identity:us-east-1:123456789012:identitypool/eu-west-1:abcdef')",
        "Invalid Identity Pool Id: Region in Identity Pool Id must match stack region",
    ),
    (
        "role-mapping-without-rules",
        "idp.IdentityPool(stack, 'Pool', role_mappings=[idp.IdentityPoolRoleMapping("
        "provider_url=idp.IdentityPoolProviderUrl.AMAZON)])",
        "IdentityPoolRoleMapping.rules is required when useToken is false",
    ),
    (
        "role-mapping-token-url-without-key",
        POOL + "client = pool.add_client('Client')\n"
        "idp.IdentityPool(stack, 'IdPool', role_mappings=[idp.IdentityPoolRoleMapping("
        "provider_url=idp.IdentityPoolProviderUrl.user_pool(pool, client), use_token=True)])",
        "mappingKey must be provided when providerUrl.value is a token",
    ),
]


if __name__ == "__main__":  # run the cases against aws-cdk-lib (in the oracle venv, outside /work/main)
    import aws_cdk as cdk
    from aws_cdk import aws_cognito as c
    from aws_cdk import aws_cognito_identitypool as idp
    from aws_cdk import aws_iam as iam
    from aws_cdk import aws_kms as kms
    from aws_cdk import aws_lambda as lambda_

    failures = 0
    for case_id, code, message in CASES:
        stack = cdk.Stack(cdk.App(), "S")
        scope = {"c": c, "idp": idp, "cdk": cdk, "iam": iam, "kms": kms, "lambda_": lambda_, "stack": stack}
        try:
            exec(code, scope)
            print(f"NO ERROR {case_id}")
            failures += 1
        except Exception as e:
            if message not in str(e):
                print(f"MISMATCH {case_id}: {str(e)[:300]}")
                failures += 1
    print(f"{len(CASES) - failures}/{len(CASES)} cases raise aws-cdk-lib's message")
