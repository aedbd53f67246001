"""User pool attributes: standard attributes, custom attribute types, and the attribute sets of app clients."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from constructs import Token, UnscopedValidationError
from constructs.internals import structs

#: Python field name → the attribute's name in Cognito (standard attributes and the two ``*_verified`` flags).
STANDARD_ATTRIBUTE_NAMES: dict[str, str] = {
    "address": "address",
    "birthdate": "birthdate",
    "email": "email",
    "family_name": "family_name",
    "gender": "gender",
    "given_name": "given_name",
    "locale": "locale",
    "middle_name": "middle_name",
    "fullname": "name",
    "nickname": "nickname",
    "phone_number": "phone_number",
    "profile_picture": "picture",
    "preferred_username": "preferred_username",
    "profile_page": "profile",
    "timezone": "zoneinfo",
    "last_update_time": "updated_at",
    "website": "website",
    "email_verified": "email_verified",
    "phone_number_verified": "phone_number_verified",
}


@structs.frozen(kw_only=True)
class StandardAttribute:
    """How a standard attribute is configured.

    Args:
        mutable: whether the value can change after sign-up (default ``True``).
        required: whether the attribute is required at sign-up (default ``False``).
    """

    mutable: bool | None = None
    required: bool | None = None


@structs.frozen(kw_only=True)
class StandardAttributes:
    """The standard attributes a user pool configures (each one a ``StandardAttribute``; default not configured).

    Args:
        address: ``address``.
        birthdate: ``birthdate``.
        email: ``email``.
        family_name: ``family_name``.
        fullname: ``name``.
        gender: ``gender``.
        given_name: ``given_name``.
        last_update_time: ``updated_at``.
        locale: ``locale``.
        middle_name: ``middle_name``.
        nickname: ``nickname``.
        phone_number: ``phone_number``.
        preferred_username: ``preferred_username``.
        profile_page: ``profile``.
        profile_picture: ``picture``.
        timezone: ``zoneinfo``.
        website: ``website``.
    """

    address: StandardAttribute | None = None
    birthdate: StandardAttribute | None = None
    email: StandardAttribute | None = None
    family_name: StandardAttribute | None = None
    fullname: StandardAttribute | None = None
    gender: StandardAttribute | None = None
    given_name: StandardAttribute | None = None
    last_update_time: StandardAttribute | None = None
    locale: StandardAttribute | None = None
    middle_name: StandardAttribute | None = None
    nickname: StandardAttribute | None = None
    phone_number: StandardAttribute | None = None
    preferred_username: StandardAttribute | None = None
    profile_page: StandardAttribute | None = None
    profile_picture: StandardAttribute | None = None
    timezone: StandardAttribute | None = None
    website: StandardAttribute | None = None


@structs.frozen(kw_only=True)
class StandardAttributesMask:
    """Which standard attributes an app client may read or write (each ``True`` to include; default excluded).

    Args:
        address: ``address``.
        birthdate: ``birthdate``.
        email: ``email``.
        email_verified: ``email_verified``.
        family_name: ``family_name``.
        fullname: ``name``.
        gender: ``gender``.
        given_name: ``given_name``.
        last_update_time: ``updated_at``.
        locale: ``locale``.
        middle_name: ``middle_name``.
        nickname: ``nickname``.
        phone_number: ``phone_number``.
        phone_number_verified: ``phone_number_verified``.
        preferred_username: ``preferred_username``.
        profile_page: ``profile``.
        profile_picture: ``picture``.
        timezone: ``zoneinfo``.
        website: ``website``.
    """

    address: bool | None = None
    birthdate: bool | None = None
    email: bool | None = None
    email_verified: bool | None = None
    family_name: bool | None = None
    fullname: bool | None = None
    gender: bool | None = None
    given_name: bool | None = None
    last_update_time: bool | None = None
    locale: bool | None = None
    middle_name: bool | None = None
    nickname: bool | None = None
    phone_number: bool | None = None
    phone_number_verified: bool | None = None
    preferred_username: bool | None = None
    profile_page: bool | None = None
    profile_picture: bool | None = None
    timezone: bool | None = None
    website: bool | None = None


@structs.frozen(kw_only=True)
class StringAttributeConstraints:
    """Length limits of a custom string attribute.

    Args:
        max_len: the maximum length (default 2048, Cognito's limit).
        min_len: the minimum length (default 0).
    """

    max_len: int | float | None = None
    min_len: int | float | None = None


@structs.frozen(kw_only=True)
class NumberAttributeConstraints:
    """Value limits of a custom number attribute.

    Args:
        max: the largest value (default none).
        min: the smallest value (default none).
    """

    max: int | float | None = None
    min: int | float | None = None


@structs.frozen(kw_only=True)
class CustomAttributeConfig:
    """What a custom attribute binds to (``ICustomAttribute.bind``).

    Args:
        data_type: ``String``, ``Number``, ``Boolean`` or ``DateTime``.
        mutable: whether the value can change after sign-up (default ``True``).
        number_constraints: limits of a number attribute.
        string_constraints: limits of a string attribute.
    """

    data_type: str
    mutable: bool | None = None
    number_constraints: NumberAttributeConstraints | None = None
    string_constraints: StringAttributeConstraints | None = None


@structs.frozen(kw_only=True)
class CustomAttributeProps:
    """Options every custom attribute type takes.

    Args:
        mutable: whether the value can change after sign-up (default ``True``).
    """

    mutable: bool | None = None


@structs.frozen(kw_only=True)
class StringAttributeProps:
    """Options of a ``StringAttribute``.

    Args:
        max_len: the maximum length (default 2048).
        min_len: the minimum length (default 0).
        mutable: whether the value can change after sign-up (default ``True``).
    """

    max_len: int | float | None = None
    min_len: int | float | None = None
    mutable: bool | None = None


@structs.frozen(kw_only=True)
class NumberAttributeProps:
    """Options of a ``NumberAttribute``.

    Args:
        max: the largest value (default none).
        min: the smallest value (default none).
        mutable: whether the value can change after sign-up (default ``True``).
    """

    max: int | float | None = None
    min: int | float | None = None
    mutable: bool | None = None


@runtime_checkable
class ICustomAttribute(Protocol):
    """A custom attribute type (aws-cdk-lib's ``ICustomAttribute``)."""

    def bind(self) -> CustomAttributeConfig:
        """The attribute's configuration."""
        ...


class StringAttribute:
    """A custom string attribute.

    Args:
        max_len: the maximum length (at most 2048; default 2048).
        min_len: the minimum length (at least 0; default 0).
        mutable: whether the value can change after sign-up (default ``True``).

    Raises:
        UnscopedValidationError: ``min_len`` below 0 or ``max_len`` above 2048.
    """

    def __init__(
        self,
        *,
        max_len: int | float | None = None,
        min_len: int | float | None = None,
        mutable: bool | None = None,
    ) -> None:
        if min_len and not Token.is_unresolved(min_len) and min_len < 0:
            raise UnscopedValidationError(f"minLen cannot be less than 0 (value: {_num(min_len)}).")
        if max_len and not Token.is_unresolved(max_len) and max_len > 2048:
            raise UnscopedValidationError(f"maxLen cannot be greater than 2048 (value: {_num(max_len)}).")
        self.max_len = max_len
        self.min_len = min_len
        self.mutable = mutable

    def bind(self) -> CustomAttributeConfig:
        """``String``, with the length limits when either is set."""
        constraints = None
        if self.min_len or self.max_len:
            constraints = StringAttributeConstraints(max_len=self.max_len, min_len=self.min_len)
        return CustomAttributeConfig(data_type="String", string_constraints=constraints, mutable=self.mutable)


class NumberAttribute:
    """A custom number attribute.

    Args:
        max: the largest value (default none).
        min: the smallest value (default none).
        mutable: whether the value can change after sign-up (default ``True``).
    """

    def __init__(
        self, *, max: int | float | None = None, min: int | float | None = None, mutable: bool | None = None
    ) -> None:
        self.max = max
        self.min = min
        self.mutable = mutable

    def bind(self) -> CustomAttributeConfig:
        """``Number``, with the value limits when either is set."""
        constraints = None
        if self.min or self.max:
            constraints = NumberAttributeConstraints(max=self.max, min=self.min)
        return CustomAttributeConfig(data_type="Number", number_constraints=constraints, mutable=self.mutable)


class BooleanAttribute:
    """A custom boolean attribute.

    Args:
        mutable: whether the value can change after sign-up (default ``True``).
    """

    def __init__(self, *, mutable: bool | None = None) -> None:
        self.mutable = mutable

    def bind(self) -> CustomAttributeConfig:
        """``Boolean``."""
        return CustomAttributeConfig(data_type="Boolean", mutable=self.mutable)


class DateTimeAttribute:
    """A custom date-time attribute.

    Args:
        mutable: whether the value can change after sign-up (default ``True``).
    """

    def __init__(self, *, mutable: bool | None = None) -> None:
        self.mutable = mutable

    def bind(self) -> CustomAttributeConfig:
        """``DateTime``."""
        return CustomAttributeConfig(data_type="DateTime", mutable=self.mutable)


class ClientAttributes:
    """A set of attributes an app client may read or write; each ``with_*`` returns a new set."""

    def __init__(self) -> None:
        self._attributes: set[str] = set()

    def with_standard_attributes(
        self,
        *,
        address: bool | None = None,
        birthdate: bool | None = None,
        email: bool | None = None,
        email_verified: bool | None = None,
        family_name: bool | None = None,
        fullname: bool | None = None,
        gender: bool | None = None,
        given_name: bool | None = None,
        last_update_time: bool | None = None,
        locale: bool | None = None,
        middle_name: bool | None = None,
        nickname: bool | None = None,
        phone_number: bool | None = None,
        phone_number_verified: bool | None = None,
        preferred_username: bool | None = None,
        profile_page: bool | None = None,
        profile_picture: bool | None = None,
        timezone: bool | None = None,
        website: bool | None = None,
    ) -> ClientAttributes:
        """This set plus the standard attributes given as ``True`` (see ``StandardAttributesMask``)."""
        given = dict(locals())
        out = ClientAttributes()
        out._attributes = set(self._attributes)
        for key, name in STANDARD_ATTRIBUTE_NAMES.items():
            if given.get(key) is True:
                out._attributes.add(name)
        return out

    def with_custom_attributes(self, *attributes: str) -> ClientAttributes:
        """This set plus custom attributes (``custom:`` is prefixed when missing)."""
        out = ClientAttributes()
        out._attributes = set(self._attributes)
        for attribute in attributes:
            out._attributes.add(attribute if attribute.startswith("custom:") else "custom:" + attribute)
        return out

    def attributes(self) -> list[str]:
        """The attribute names, sorted."""
        return sorted(self._attributes)


def _num(value: int | float) -> str:
    """A number as JavaScript prints it."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
