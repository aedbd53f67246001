"""Port of aws-cdk's integ.user-pool-idp.google.ts: the client secret as a SecretValue, custom mappings."""

from aws_cdk import App, CfnOutput, RemovalPolicy, Stack
from aws_cdk.aws_cognito import (
    AttributeMapping,
    CognitoDomainOptions,
    ProviderAttribute,
    UserPool,
    UserPoolIdentityProviderGoogle,
)
from aws_cdk.aws_secretsmanager import Secret, SecretStringGenerator

app = App()
stack = Stack(app, "integ-user-pool-idp-google")

userpool = UserPool(stack, "pool", removal_policy=RemovalPolicy.DESTROY)
secret = Secret(
    stack,
    "GoogleClientSecretValue",
    secret_name="GoogleClientSecretValueName",
    generate_secret_string=SecretStringGenerator(exclude_punctuation=True, password_length=20),
)
client_secret = Secret.from_secret_attributes(
    stack, "GoogleClientSecretValue2", secret_complete_arn=secret.secret_arn
).secret_value

UserPoolIdentityProviderGoogle(
    stack,
    "google",
    user_pool=userpool,
    client_id="google-client-id",
    client_secret_value=client_secret,
    attribute_mapping=AttributeMapping(
        given_name=ProviderAttribute.GOOGLE_GIVEN_NAME,
        family_name=ProviderAttribute.GOOGLE_FAMILY_NAME,
        email=ProviderAttribute.GOOGLE_EMAIL,
        email_verified=ProviderAttribute.GOOGLE_EMAIL_VERIFIED,
        gender=ProviderAttribute.GOOGLE_GENDER,
        custom={"names": ProviderAttribute.GOOGLE_NAMES},
    ),
)
client = userpool.add_client("client")
domain = userpool.add_domain("domain", cognito_domain=CognitoDomainOptions(domain_prefix="nija-test-pool"))

CfnOutput(stack, "SignInLink", value=domain.sign_in_url(client, redirect_uri="https://example.com"))

app.synth()
