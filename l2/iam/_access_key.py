"""``AccessKey`` (``AWS::IAM::AccessKey``): long-term credentials of a user."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from constructs import Construct, Resource, SecretValue
from l1.iam import CfnAccessKey

from ._refs import AccessKeyReference

if TYPE_CHECKING:
    from ._user import IUser


class AccessKeyStatus(enum.Enum):
    """Whether an access key can be used."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
    EXPIRED = "EXPIRED"


_STATUS_VALUE = {AccessKeyStatus.ACTIVE: "Active", AccessKeyStatus.INACTIVE: "Inactive",
                 AccessKeyStatus.EXPIRED: "Expired"}


@runtime_checkable
class IAccessKey(Protocol):
    """An access key: its id and its secret."""

    @property
    def access_key_id(self) -> str: ...

    @property
    def secret_access_key(self) -> SecretValue: ...


class AccessKey(Resource):
    """An access key of an IAM user (``AWS::IAM::AccessKey``).

    Args:
        user: the user the key belongs to.
        serial: bump it to rotate the key (CloudFormation replaces the key when it changes).
        status: active (default), inactive or expired.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-iam.AccessKey"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        user: IUser,
        serial: int | float | None = None,
        status: AccessKeyStatus | None = None,
    ) -> None:
        super().__init__(scope, id)
        self._resource = CfnAccessKey(
            self,
            "Resource",
            user_name=user.user_name,
            serial=serial,
            status=_STATUS_VALUE[status] if status is not None else None,
        )
        self.access_key_id: str = self._resource.ref
        self.secret_access_key: SecretValue = SecretValue.resource_attribute(self._resource.attr_secret_access_key)

    @property
    def access_key_ref(self) -> AccessKeyReference:
        """The access key's id."""
        return AccessKeyReference(access_key_id=self.access_key_id)
