"""``IParameter``, ``IStringParameter`` and ``IStringListParameter``: the interfaces of new and imported parameters."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from l2.iam import Grant, IGrantable


@runtime_checkable
class IParameter(Protocol):
    """An SSM parameter: its name, ARN, type and grants."""

    @property
    def parameter_arn(self) -> str:
        """The parameter's ARN."""
        ...

    @property
    def parameter_name(self) -> str:
        """The parameter's name."""
        ...

    @property
    def parameter_type(self) -> str:
        """The parameter's type (``String``, ``StringList``, ...)."""
        ...

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Grant reading the parameter's value."""
        ...

    def grant_write(self, grantee: IGrantable) -> Grant:
        """Grant writing the parameter's value."""
        ...


@runtime_checkable
class IStringParameter(IParameter, Protocol):
    """A ``String`` (or ``SecureString``) parameter."""

    @property
    def string_value(self) -> str:
        """The parameter's value (a token)."""
        ...


@runtime_checkable
class IStringListParameter(IParameter, Protocol):
    """A ``StringList`` parameter."""

    @property
    def string_list_value(self) -> list[str]:
        """The parameter's values (a list token)."""
        ...
