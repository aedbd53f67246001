"""``UserPoolResourceServer``: an OAuth resource server of a user pool, and its scopes."""

from __future__ import annotations

from collections.abc import Sequence

from constructs import Construct, Resource, UnscopedValidationError
from constructs.internals import structs
from l1._private.interfaces.cognito import UserPoolResourceServerReference as UserPoolResourceServerReference
from l1.cognito import CfnUserPool, CfnUserPoolResourceServer
from l2.cognito._interfaces import IUserPool, IUserPoolResourceServer, pool_id


@structs.frozen(kw_only=True)
class ResourceServerScopeProps:
    """The name and description of a resource server scope.

    Args:
        scope_description: what the scope allows.
        scope_name: the scope's name.
    """

    scope_description: str
    scope_name: str


class ResourceServerScope:
    """A scope of a resource server.

    Args:
        scope_description: what the scope allows.
        scope_name: the scope's name.
    """

    def __init__(self, *, scope_description: str, scope_name: str) -> None:
        self.scope_description = scope_description
        self.scope_name = scope_name


@structs.frozen(kw_only=True)
class UserPoolResourceServerOptions:
    """Options of ``UserPool.add_resource_server`` (see ``UserPoolResourceServer`` for each keyword)."""

    identifier: str
    scopes: Sequence[ResourceServerScope] | None = None
    user_pool_resource_server_name: str | None = None


@structs.frozen(kw_only=True)
class UserPoolResourceServerProps(UserPoolResourceServerOptions):
    """The properties of a ``UserPoolResourceServer``."""

    user_pool: IUserPool | CfnUserPool


class _ImportedResourceServer(Resource):
    def __init__(self, scope: Construct, id: str, server_id: str) -> None:
        super().__init__(scope, id)
        self.user_pool_resource_server_id = server_id

    @property
    def user_pool_resource_server_ref(self) -> UserPoolResourceServerReference:
        raise UnscopedValidationError(
            "userPoolId is not available on UserPoolResourceServer.fromUserPoolResourceServiceId()."
        )


class UserPoolResourceServer(Resource):
    """An OAuth resource server of a user pool.

    Args:
        scope: the parent construct.
        id: the construct id.
        user_pool: the user pool.
        identifier: the server's identifier (usually its URL).
        scopes: its scopes (default none).
        user_pool_resource_server_name: a name (default the identifier).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-cognito.UserPoolResourceServer"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        user_pool: IUserPool | CfnUserPool,
        identifier: str,
        scopes: Sequence[ResourceServerScope] | None = None,
        user_pool_resource_server_name: str | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=identifier)
        self._user_pool = user_pool
        self.identifier: str = self.physical_name
        resource = CfnUserPoolResourceServer(
            self,
            "Resource",
            identifier=self.physical_name,
            name=user_pool_resource_server_name
            if user_pool_resource_server_name is not None
            else self.physical_name,
            scopes=(
                [{"scopeName": s.scope_name, "scopeDescription": s.scope_description} for s in scopes]
                if scopes is not None
                else None
            ),
            user_pool_id=pool_id(user_pool),
        )
        self.user_pool_resource_server_id: str = resource.ref

    @staticmethod
    def from_user_pool_resource_server_id(
        scope: Construct, id: str, user_pool_resource_server_id: str
    ) -> IUserPoolResourceServer:
        """An existing resource server, by id."""
        return _ImportedResourceServer(scope, id, user_pool_resource_server_id)

    @property
    def user_pool_resource_server_ref(self) -> UserPoolResourceServerReference:
        """The server's pool id and identifier."""
        return UserPoolResourceServerReference(
            user_pool_id=pool_id(self._user_pool), identifier=self.identifier
        )
