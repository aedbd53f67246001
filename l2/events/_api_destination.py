"""``ApiDestination``: an HTTP endpoint EventBridge can invoke (``AWS::Events::ApiDestination``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import ArnFormat, Construct, Resource, Stack, UnscopedValidationError
from constructs.internals import structs
from l1._private.interfaces.events import ApiDestinationReference as ApiDestinationReference
from l1.events import CfnApiDestination
from l2.events._connection import HttpMethod

if TYPE_CHECKING:
    from l2.events._connection import IConnection


@structs.frozen(kw_only=True)
class ApiDestinationAttributes:
    """What ``ApiDestination.from_api_destination_attributes`` needs.

    Args:
        api_destination_arn: the destination's ARN.
        connection: its connection.
        api_destination_arn_for_policy: the ARN to use in resource policies (default: none).
    """

    api_destination_arn: str
    connection: IConnection
    api_destination_arn_for_policy: str | None = None


@structs.frozen(kw_only=True)
class ApiDestinationProps:
    """The properties of an ``ApiDestination`` (see ``ApiDestination`` for each keyword)."""

    connection: IConnection
    endpoint: str
    api_destination_name: str | None = None
    description: str | None = None
    http_method: HttpMethod | None = None
    rate_limit_per_second: float | None = None


@runtime_checkable
class IApiDestination(Protocol):
    """An API destination: ``ApiDestination`` or an imported one."""

    @property
    def api_destination_arn(self) -> str: ...

    @property
    def api_destination_name(self) -> str: ...

    @property
    def api_destination_arn_for_policy(self) -> str | None: ...


class ApiDestination(Resource):
    """An HTTP endpoint that rules can send events to (``events_targets.ApiDestination``).

    Args:
        scope: the parent construct.
        id: the construct id.
        connection: the connection that authorizes the calls.
        endpoint: the URL (may contain ``*`` path parameters).
        api_destination_name: the destination's name (default: generated).
        description: the destination's description.
        http_method: the HTTP method (default ``POST``).
        rate_limit_per_second: the maximum invocations per second (default: 300).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-events.ApiDestination"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        connection: IConnection,
        endpoint: str,
        api_destination_name: str | None = None,
        description: str | None = None,
        http_method: HttpMethod | None = None,
        rate_limit_per_second: float | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=api_destination_name)
        self._connection = connection
        ref = getattr(connection, "connection_ref", None)
        self._resource = CfnApiDestination(
            self,
            "ApiDestination",
            connection_arn=ref.connection_arn if ref is not None else connection.connection_arn,
            description=description,
            http_method=(http_method or HttpMethod.POST).value,
            invocation_endpoint=endpoint,
            invocation_rate_limit_per_second=rate_limit_per_second,
            name=self.physical_name if api_destination_name is not None else None,
        )

    @staticmethod
    def from_api_destination_attributes(
        scope: Construct,
        id: str,
        *,
        api_destination_arn: str,
        connection: Any,
        api_destination_arn_for_policy: str | None = None,
    ) -> IApiDestination:
        """An API destination defined outside the app.

        Raises:
            UnscopedValidationError: the ARN has no resource name.
        """
        name = Stack.of(scope).split_arn(api_destination_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name
        if not name:
            raise UnscopedValidationError(
                f"Could not extract Api Destionation name from ARN: '{api_destination_arn}'"
            )
        return _ImportedApiDestination(scope, id, api_destination_arn, name, api_destination_arn_for_policy, connection)

    @property
    def api_destination_name(self) -> str:
        """The destination's name."""
        return self.get_resource_name_attribute(self._resource.ref)

    @property
    def api_destination_arn(self) -> str:
        """The destination's ARN."""
        return self._resource.attr_arn

    @property
    def api_destination_arn_for_policy(self) -> str:
        """The ARN to use in resource policies."""
        return self._resource.attr_arn_for_policy

    @property
    def connection(self) -> IConnection:
        """The destination's connection."""
        return self._connection

    @property
    def api_destination_ref(self) -> ApiDestinationReference:
        """The destination's name and ARN."""
        return ApiDestinationReference(
            api_destination_arn=self.api_destination_arn, api_destination_name=self.api_destination_name
        )


class _ImportedApiDestination(Resource):
    def __init__(
        self, scope: Construct, id: str, arn: str, name: str, arn_for_policy: str | None, connection: Any
    ) -> None:
        super().__init__(scope, id)
        self.api_destination_arn = arn
        self.api_destination_name = name
        self.api_destination_arn_for_policy = arn_for_policy
        self.connection = connection

    @property
    def api_destination_ref(self) -> ApiDestinationReference:
        return ApiDestinationReference(
            api_destination_arn=self.api_destination_arn, api_destination_name=self.api_destination_name
        )
