"""``UserPoolGroup``: a group of a user pool."""

from __future__ import annotations

from typing import TYPE_CHECKING

from constructs import Construct, Resource, Token, UnscopedValidationError, ValidationError
from constructs.internals import structs
from l1._private.interfaces.cognito import UserPoolGroupReference as UserPoolGroupReference
from l1.cognito import CfnUserPool, CfnUserPoolGroup
from l2.cognito._interfaces import IUserPool, IUserPoolGroup, pool_id
from l2.cognito._unicode import all_visible

if TYPE_CHECKING:
    from l2.iam import IRole


@structs.frozen(kw_only=True)
class UserPoolGroupOptions:
    """Options of ``UserPool.add_group`` (see ``UserPoolGroup`` for each keyword)."""

    description: str | None = None
    group_name: str | None = None
    precedence: int | float | None = None
    role: IRole | None = None


@structs.frozen(kw_only=True)
class UserPoolGroupProps(UserPoolGroupOptions):
    """The properties of a ``UserPoolGroup``."""

    user_pool: IUserPool | CfnUserPool


class _ImportedGroup(Resource):
    def __init__(self, scope: Construct, id: str, group_name: str) -> None:
        super().__init__(scope, id)
        self.group_name = group_name

    @property
    def user_pool_group_ref(self) -> UserPoolGroupReference:
        raise UnscopedValidationError("userPoolId is not available on imported UserPoolGroup.")


class UserPoolGroup(Resource):
    """A group of a user pool.

    Args:
        scope: the parent construct.
        id: the construct id.
        user_pool: the user pool.
        description: at most 2048 characters (default none).
        group_name: 1 to 128 characters (default generated).
        precedence: 0 to 2^31-1; lower wins when a user is in several groups (default none).
        role: the IAM role of the group's members (default none).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-cognito.UserPoolGroup"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        user_pool: IUserPool | CfnUserPool,
        description: str | None = None,
        group_name: str | None = None,
        precedence: int | float | None = None,
        role: IRole | None = None,
    ) -> None:
        super().__init__(scope, id)
        self._user_pool = user_pool
        if description is not None and not Token.is_unresolved(description) and len(description) > 2048:
            raise ValidationError(
                f"`description` must be between 0 and 2048 characters. Received: {len(description)} characters",
                self,
            )
        if (
            precedence is not None
            and not Token.is_unresolved(precedence)
            and not 0 <= precedence <= 2**31 - 1
        ):
            shown = (
                int(precedence) if isinstance(precedence, float) and precedence.is_integer() else precedence
            )
            raise ValidationError(f"`precedence` must be between 0 and 2^31-1. Received: {shown}", self)
        if (
            group_name is not None
            and not Token.is_unresolved(group_name)
            and not (1 <= len(group_name) <= 128 and all_visible(group_name))
        ):
            raise ValidationError(
                "`groupName` must be between 1 and 128 characters and can include letters, numbers, and symbols.",
                self,
            )
        resource = CfnUserPoolGroup(
            self,
            "Resource",
            user_pool_id=pool_id(user_pool),
            description=description,
            group_name=group_name,
            precedence=precedence,
            role_arn=role.role_arn if role is not None else None,
        )
        self.group_name: str = resource.ref

    @staticmethod
    def from_group_name(scope: Construct, id: str, group_name: str) -> IUserPoolGroup:
        """An existing group, by name."""
        return _ImportedGroup(scope, id, group_name)

    @property
    def user_pool_group_ref(self) -> UserPoolGroupReference:
        """The group's pool id and name."""
        return UserPoolGroupReference(user_pool_id=pool_id(self._user_pool), group_name=self.group_name)
