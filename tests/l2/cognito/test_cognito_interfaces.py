"""New and imported constructs satisfy the interfaces aws-cdk-lib types them with, and imports read their ARNs."""

from __future__ import annotations

from typing import Any

from constructs import App, Environment, Stack
from l2 import cognito as c
from l2 import cognito_identitypool as idp


def _stack() -> Stack:
    return Stack(App(), "S", env=Environment(account="111111111111", region="eu-west-1"))


def test_new_and_imported_constructs_satisfy_their_interfaces() -> None:
    stack = _stack()
    pool = c.UserPool(stack, "Pool")
    client = pool.add_client("Client")
    domain = pool.add_domain("Domain", cognito_domain=c.CognitoDomainOptions(domain_prefix="x"))
    group = pool.add_group("Group")
    server = pool.add_resource_server("Server", identifier="api")
    provider = c.UserPoolIdentityProviderAmazon(
        stack, "Amazon", user_pool=pool, client_id="a", client_secret="s"
    )
    identity_pool = idp.IdentityPool(stack, "Identity")
    pairs: list[tuple[Any, type]] = [
        (pool, c.IUserPool),
        (c.UserPool.from_user_pool_id(stack, "P2", "eu-west-1_x"), c.IUserPool),
        (domain, c.IUserPoolDomain),
        (c.UserPoolDomain.from_domain_name(stack, "D2", "d"), c.IUserPoolDomain),
        (group, c.IUserPoolGroup),
        (c.UserPoolGroup.from_group_name(stack, "G2", "g"), c.IUserPoolGroup),
        (server, c.IUserPoolResourceServer),
        (
            c.UserPoolResourceServer.from_user_pool_resource_server_id(stack, "R2", "r"),
            c.IUserPoolResourceServer,
        ),
        (provider, c.IUserPoolIdentityProvider),
        (c.UserPoolIdentityProvider.from_provider_name(stack, "I2", "p"), c.IUserPoolIdentityProvider),
        (c.StringAttribute(), c.ICustomAttribute),
        (identity_pool, idp.IIdentityPool),
        (idp.IdentityPool.from_identity_pool_id(stack, "Id2", "eu-west-1:abc"), idp.IIdentityPool),
        (idp.UserPoolAuthenticationProvider(user_pool=pool), idp.IUserPoolAuthenticationProvider),
    ]
    for value, interface in pairs:
        assert isinstance(value, interface), (value, interface)
    # clients: isinstance would read ``user_pool_client_secret`` (Python 3.11's protocol check calls hasattr), which
    # raises without a secret; the hint-driven checks of a signature typed ``IUserPoolClient`` do not read it
    for user_pool_client in (client, c.UserPoolClient.from_user_pool_client_id(stack, "C2", "id")):
        url = idp.IdentityPoolProviderUrl.user_pool(pool, user_pool_client)
        assert url.type is idp.IdentityPoolProviderType.USER_POOL


def test_a_pool_imported_by_arn_takes_the_arns_account_and_region() -> None:
    stack = _stack()
    pool = c.UserPool.from_user_pool_arn(
        stack, "P", "arn:aws:cognito-idp:us-east-1:222222222222:userpool/us-east-1_abc"
    )
    assert pool.user_pool_id == "us-east-1_abc"
    assert pool.env.account == "222222222222"  # type: ignore[attr-defined]
    assert pool.env.region == "us-east-1"  # type: ignore[attr-defined]
    assert stack.resolve(pool.user_pool_provider_name) == {
        "Fn::Join": ["", ["cognito-idp.us-east-1.", {"Ref": "AWS::URLSuffix"}, "/us-east-1_abc"]]
    }


def test_registered_providers_are_the_default_client_providers() -> None:
    stack = _stack()
    pool = c.UserPool(stack, "Pool")
    provider = c.UserPoolIdentityProviderFacebook(
        stack, "Fb", user_pool=pool, client_id="a", client_secret="s"
    )
    assert pool.identity_providers == [provider]


def test_client_attributes_are_new_sets_sorted_and_prefixed() -> None:
    base = c.ClientAttributes().with_standard_attributes(email=True)
    more = base.with_custom_attributes("tier", "custom:dept").with_standard_attributes(
        fullname=True, timezone=True
    )
    assert base.attributes() == ["email"]
    assert more.attributes() == ["custom:dept", "custom:tier", "email", "name", "zoneinfo"]
