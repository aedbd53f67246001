"""Port of aws-cdk's integ.user-pool-explicit-props.ts: every message, attribute, policy and trigger option."""

from aws_cdk import App, CfnOutput, Duration, RemovalPolicy, Stack
from aws_cdk import aws_cognito as cognito
from aws_cdk.aws_lambda import Code, Function, Runtime

app = App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = Stack(app, "integ-user-pool")


def dummy_trigger(name):
    return Function(
        stack, name, function_name=name, handler="index.handler", runtime=Runtime.NODEJS_20_X,
        code=Code.from_inline("foo"),
    )


userpool = cognito.UserPool(
    stack,
    "myuserpool",
    removal_policy=RemovalPolicy.DESTROY,
    user_pool_name="MyUserPool",
    user_invitation=cognito.UserInvitationConfig(
        email_subject="invitation email subject from the integ test",
        email_body="invitation email body from the integ test for {username}. Temp password is {####}.",
        sms_message="invitation sms message from the integ test for {username}. Temp password is {####}.",
    ),
    self_sign_up_enabled=True,
    user_verification=cognito.UserVerificationConfig(
        email_body="verification email body from the integ test. Code is {####}.",
        email_subject="verification email subject from the integ test",
        sms_message="verification sms message from the integ test. Code is {####}.",
    ),
    sign_in_aliases=cognito.SignInAliases(username=True, email=True),
    auto_verify=cognito.AutoVerifiedAttrs(email=True, phone=True),
    keep_original=cognito.KeepOriginalAttrs(email=True, phone=True),
    standard_attributes=cognito.StandardAttributes(
        fullname=cognito.StandardAttribute(required=True, mutable=True),
        email=cognito.StandardAttribute(required=True),
    ),
    custom_attributes={
        "some-string-attr": cognito.StringAttribute(),
        "another-string-attr": cognito.StringAttribute(min_len=4, max_len=100),
        "some-number-attr": cognito.NumberAttribute(),
        "another-number-attr": cognito.NumberAttribute(min=10, max=50),
        "some-boolean-attr": cognito.BooleanAttribute(),
        "some-datetime-attr": cognito.DateTimeAttribute(),
    },
    mfa=cognito.Mfa.OFF,
    mfa_second_factor=cognito.MfaSecondFactor(sms=True, otp=True),
    password_policy=cognito.PasswordPolicy(
        temp_password_validity=Duration.days(10),
        min_length=12,
        require_digits=True,
        require_lowercase=True,
        require_uppercase=True,
        require_symbols=True,
    ),
    lambda_triggers=cognito.UserPoolTriggers(
        create_auth_challenge=dummy_trigger("createAuthChallenge"),
        custom_message=dummy_trigger("customMessage"),
        define_auth_challenge=dummy_trigger("defineAuthChallenge"),
        post_authentication=dummy_trigger("postAuthentication"),
        post_confirmation=dummy_trigger("postConfirmation"),
        pre_authentication=dummy_trigger("preAuthentication"),
        pre_sign_up=dummy_trigger("preSignUp"),
        pre_token_generation=dummy_trigger("preTokenGeneration"),
        user_migration=dummy_trigger("userMigration"),
        verify_auth_challenge_response=dummy_trigger("verifyAuthChallengeResponse"),
    ),
    standard_threat_protection_mode=cognito.StandardThreatProtectionMode.FULL_FUNCTION,
    feature_plan=cognito.FeaturePlan.PLUS,
    sns_region=Stack.of(stack).region,
)

cognito_domain = userpool.add_domain(
    "myuserpooldomain",
    cognito_domain=cognito.CognitoDomainOptions(domain_prefix="cdkintegrationtestuserpoolexplicitprops"),
)

CfnOutput(stack, "userpoolId", value=userpool.user_pool_id)
CfnOutput(stack, "cognitoDomainName", value=f"{cognito_domain.domain_name}.auth.{stack.region}.amazoncognito.com")

app.synth()
