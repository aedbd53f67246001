"""Port of aws-cdk's integ.user-pool-client-explicit-props.ts: every client option and the client secret."""

from aws_cdk import App, Duration, RemovalPolicy, Stack
from aws_cdk.aws_cognito import ClientAttributes, OAuthFlows, OAuthScope, OAuthSettings, StringAttribute, UserPool
from aws_cdk.aws_cognito import AuthFlow
from aws_cdk.aws_secretsmanager import Secret

app = App()
stack = Stack(app, "integ-user-pool-client-explicit-props")

userpool = UserPool(
    stack,
    "myuserpool",
    removal_policy=RemovalPolicy.DESTROY,
    custom_attributes={"attribute_one": StringAttribute(), "attribute_two": StringAttribute()},
)

client = userpool.add_client(
    "myuserpoolclient",
    user_pool_client_name="myuserpoolclient",
    auth_flows=AuthFlow(admin_user_password=True, custom=True, user_password=True, user_srp=True, user=True),
    generate_secret=True,
    o_auth=OAuthSettings(
        flows=OAuthFlows(implicit_code_grant=True, authorization_code_grant=True),
        scopes=[OAuthScope.PHONE, OAuthScope.EMAIL, OAuthScope.OPENID, OAuthScope.PROFILE, OAuthScope.COGNITO_ADMIN],
        callback_urls=["https://redirect-here.myapp.com"],
    ),
    prevent_user_existence_errors=True,
    auth_session_validity=Duration.minutes(3),
    write_attributes=ClientAttributes()
    .with_standard_attributes(
        address=True,
        birthdate=True,
        email=True,
        family_name=True,
        fullname=True,
        gender=True,
        given_name=True,
        last_update_time=True,
        locale=True,
        middle_name=True,
        nickname=True,
        phone_number=True,
        preferred_username=True,
        profile_page=True,
        profile_picture=True,
        timezone=True,
        website=True,
    )
    .with_custom_attributes("attribute_one", "attribute_two"),
)

Secret(stack, "Secret", secret_string_value=client.user_pool_client_secret)

app.synth()
