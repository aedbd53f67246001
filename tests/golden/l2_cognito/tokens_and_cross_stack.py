"""Token-valued options, and a pool consumed from other stacks (clients, groups, an identity pool)."""

import aws_cdk as cdk
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_cognito_identitypool as identitypool

app = cdk.App()
producer = cdk.Stack(app, "Producer")
consumer = cdk.Stack(app, "Consumer")

name = cdk.CfnParameter(producer, "PoolName").value_as_string
length = cdk.CfnParameter(producer, "MaxLength", type="Number").value_as_number
message = cdk.CfnParameter(producer, "MfaMessage").value_as_string
pool = cognito.UserPool(
    producer,
    "Pool",
    user_pool_name=name,
    mfa=cognito.Mfa.OPTIONAL,
    mfa_message=message,
    passkey_relying_party_id=cdk.Fn.ref("AWS::StackName"),
    user_verification=cognito.UserVerificationConfig(email_body=name, sms_message=message, email_subject=name),
    custom_attributes={
        "code": cognito.StringAttribute(min_len=length, max_len=length),
        "level": cognito.NumberAttribute(min=length),
    },
)
prefix = cdk.CfnParameter(producer, "Prefix").value_as_string
pool.add_domain("Domain", cognito_domain=cognito.CognitoDomainOptions(domain_prefix=prefix))
pool.add_client(
    "TokenClient",
    o_auth=cognito.OAuthSettings(callback_urls=[name], default_redirect_uri=name),
)

client = cognito.UserPoolClient(consumer, "Client", user_pool=pool, generate_secret=False)
cognito.UserPoolGroup(consumer, "Group", user_pool=pool, precedence=length)
server = cognito.UserPoolResourceServer(consumer, "Server", user_pool=pool, identifier="api")
identitypool.IdentityPool(
    consumer,
    "Identity",
    authentication_providers=identitypool.IdentityPoolAuthenticationProviders(
        user_pools=[identitypool.UserPoolAuthenticationProvider(user_pool=pool, user_pool_client=client)]
    ),
    role_mappings=[
        identitypool.IdentityPoolRoleMapping(
            mapping_key="pool",
            provider_url=identitypool.IdentityPoolProviderUrl.user_pool(pool, client),
            use_token=True,
        )
    ],
)
cdk.CfnOutput(consumer, "PoolArn", value=pool.user_pool_arn)
cdk.CfnOutput(consumer, "ServerScope", value=cognito.OAuthScope.resource_server(
    server, cognito.ResourceServerScope(scope_name="read", scope_description="read")).scope_name)

app.synth()
