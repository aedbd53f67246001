"""AccessKey, InstanceProfile, SAML and OIDC providers, LazyRole, Role.from_lookup: validation messages word for
word (aws-cdk-lib 2.275.0's), the structs, and behaviour the golden apps do not show."""

from __future__ import annotations

import pytest

from constructs import Stack, ValidationError
from l2 import iam

SAML_NAME_MESSAGE = (
    "Invalid SAML provider name. The name must be a string of characters consisting of upper and lowercase "
    "alphanumeric characters with no spaces. You can also include any of the following characters: _+=,.@-. "
    "Length must be between 1 and 128 characters."
)


@pytest.mark.parametrize("name", ["a b", "x" * 129, "semi;colon"])
def test_saml_provider_name_is_validated(stack: Stack, name: str) -> None:
    with pytest.raises(ValidationError) as err:
        iam.SamlProvider(stack, "P", name=name, metadata_document=iam.SamlMetadataDocument.from_xml("<x/>"))
    assert str(err.value).splitlines()[0] == SAML_NAME_MESSAGE
    assert err.value.construct_path == "S/P"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"url": "http://x"}, "The URL of the identity provider must start with https://"),
        ({"url": "https://x", "client_ids": ["a"] * 101}, "The maximum number of clients that can be registered is 100"),
        ({"url": "https://x", "client_ids": ["a" * 256]}, "The maximum length of a client ID is 255 characters"),
        ({"url": "https://x", "thumbprints": ["a" * 40] * 6}, "The maximum number of thumbprints is 5"),
        ({"url": "https://x", "thumbprints": ["a" * 39]}, "The length of a thumbprint must be 40 characters"),
        ({"url": "https://x", "thumbprints": ["g" * 40]}, "All thumbprints must be in hexadecimal format"),
    ],
)
def test_oidc_provider_native_validation(stack: Stack, kwargs: dict, message: str) -> None:
    with pytest.raises(ValidationError) as err:
        iam.OidcProviderNative(stack, "O", **kwargs)
    assert str(err.value).splitlines()[0] == message
    assert err.value.construct_path == "S"  # aws-cdk-lib reports the scope, not the provider


def test_role_lookup_needs_a_concrete_name(stack: Stack) -> None:
    from constructs import Aws

    with pytest.raises(ValidationError) as err:
        iam.Role.from_lookup(stack, "L", role_name=Aws.ACCOUNT_ID)
    assert str(err.value).splitlines()[0] == "All arguments to look up a role must be concrete (no Tokens)"


def test_saml_metadata_from_file(tmp_path) -> None:
    path = tmp_path / "metadata.xml"
    path.write_text("<md:EntityDescriptor/>", encoding="utf-8")
    assert iam.SamlMetadataDocument.from_file(str(path)).xml == "<md:EntityDescriptor/>"
    assert iam.SamlMetadataDocument.from_xml("<x/>").xml == "<x/>"


def test_unused_lazy_role_renders_nothing(stack: Stack) -> None:
    iam.LazyRole(stack, "Lazy", assumed_by=iam.AccountRootPrincipal())
    template = stack.node.root.synth(force=True).get_stack_artifact(stack.artifact_id).template
    assert "Resources" not in template


def test_interfaces_are_real_types(stack: Stack) -> None:
    user = iam.User(stack, "U")
    key = iam.AccessKey(stack, "K", user=user)
    profile = iam.InstanceProfile(stack, "P")
    native = iam.OidcProviderNative(stack, "O", url="https://x.example.com")
    custom = iam.OpenIdConnectProvider(stack, "C", url="https://y.example.com")
    saml = iam.SamlProvider(stack, "S", metadata_document=iam.SamlMetadataDocument.from_xml("<x/>"))
    assert isinstance(key, iam.IAccessKey)
    assert isinstance(profile, iam.IInstanceProfile) and isinstance(profile.role, iam.IRole)
    assert isinstance(native, iam.IOidcProvider) and isinstance(native, iam.IOpenIdConnectProvider)
    assert isinstance(custom, iam.IOpenIdConnectProvider)
    assert isinstance(saml, iam.ISamlProvider)
    assert isinstance(user, iam.IIdentity) and isinstance(iam.Role(stack, "R", assumed_by=iam.AnyPrincipal()),
                                                          iam.IIdentity)
    assert isinstance(iam.LazyRole(stack, "L", assumed_by=iam.AnyPrincipal()), iam.IRole)
    assert not isinstance(object(), iam.IAccessKey)


def test_comparable_principal() -> None:
    arn = iam.ArnPrincipal("arn:aws:iam::123456789012:root")
    assert iam.ComparablePrincipal.is_comparable_principal(arn)
    assert iam.ComparablePrincipal.dedupe_string_for(arn) == arn.dedupe_string()
    assert iam.ComparablePrincipal.dedupe_string_for(iam.ArnPrincipal("x")) != iam.ComparablePrincipal.dedupe_string_for(
        iam.ArnPrincipal("y")
    )


def test_refs(stack: Stack) -> None:
    role = iam.Role(stack, "R", assumed_by=iam.AnyPrincipal())
    assert role.role_ref == iam._refs.RoleReference(role_arn=role.role_arn, role_name=role.role_name)
    user = iam.User(stack, "U")
    assert user.user_ref.user_arn == user.user_arn
    assert iam.AccessKey(stack, "K", user=user).access_key_ref.access_key_id


def test_props_structs_carry_the_keywords() -> None:
    props = iam.RoleProps(assumed_by=iam.AnyPrincipal(), role_name="r")
    assert props.role_name == "r" and props.path is None
    assert iam.RoleLookupOptions(role_name="x").mutable is None
    with pytest.raises(TypeError):
        iam.RoleProps()  # type: ignore[call-arg]
