"""``ConsumableResource``: a counted resource jobs reserve (licenses, tokens), and its grants."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from constructs import ArnFormat, Construct, Resource, Stack, Token, Tokenization, ValidationError
from constructs.internals import cached_property
from l1._private.interfaces.batch import ConsumableResourceReference as ConsumableResourceReference
from l1.batch import CfnConsumableResource
from l2._private.iam_module import iam
from l2.batch._types import ConsumableResourceType

if TYPE_CHECKING:
    from l2.batch._interfaces import IConsumableResource
    from l2.iam import Grant, IGrantable


class ConsumableResourceGrants:
    """The permissions on a consumable resource (``resource.grants``).

    Args:
        resource: the consumable resource.
    """

    def __init__(self, resource: IConsumableResource) -> None:
        self._resource = resource

    @staticmethod
    def from_consumable_resource(resource: IConsumableResource) -> ConsumableResourceGrants:
        """The grants on ``resource``."""
        return ConsumableResourceGrants(resource)

    def actions(self, grantee: IGrantable, actions: Sequence[str], *, resource_arns: Sequence[str] | None = None) -> Grant:
        """Allow ``actions`` on the resource (or on ``resource_arns``)."""
        arns = list(resource_arns) if resource_arns is not None else [self._resource.consumable_resource_arn]
        return iam().Grant.add_to_principal(actions=list(actions), grantee=grantee,  # type: ignore[no-any-return]
                                            resource_arns=arns)

    def read(self, grantee: IGrantable) -> Grant:
        """Describe the resource and list the jobs using it."""
        return self.actions(grantee, ["batch:DescribeConsumableResource", "batch:ListJobsByConsumableResource"])

    def update(self, grantee: IGrantable) -> Grant:
        """Update the resource."""
        return self.actions(grantee, ["batch:UpdateConsumableResource"])


class _ConsumableResourceBase(Resource):
    consumable_resource_arn: str
    consumable_resource_name: str

    @property
    def grants(self) -> ConsumableResourceGrants:
        """The permissions on the resource."""
        return ConsumableResourceGrants.from_consumable_resource(self)

    @property
    def consumable_resource_ref(self) -> ConsumableResourceReference:
        """The resource's ARN."""
        return ConsumableResourceReference(consumable_resource_arn=self.consumable_resource_arn)


class ConsumableResource(_ConsumableResourceBase):
    """A consumable resource: a quantity jobs reserve while they run.

    Args:
        scope: the parent construct.
        id: the construct id.
        total_quantity: how much of the resource there is (a non-negative integer).
        consumable_resource_name: the name (default: generated).
        resource_type: replenishable or not (default replenishable).
        tags: tags of the resource.

    Raises:
        ValidationError: a ``total_quantity`` that is not a non-negative integer.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-batch.ConsumableResource"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        total_quantity: int | float,
        consumable_resource_name: str | None = None,
        resource_type: ConsumableResourceType | None = None,
        tags: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=consumable_resource_name)
        if not Token.is_unresolved(total_quantity) and (
            not float(total_quantity).is_integer() or total_quantity < 0
        ):
            raise ValidationError(
                f"totalQuantity must be a non-negative integer, got {Tokenization.stringify_number(total_quantity)}", self)
        self._resource = CfnConsumableResource(
            self, "Resource",
            consumable_resource_name=self.physical_name,
            resource_type=(resource_type or ConsumableResourceType.REPLENISHABLE).value,
            total_quantity=total_quantity,
            tags=tags,
        )

    @cached_property
    def consumable_resource_arn(self) -> str:  # type: ignore[override]
        """The ARN."""
        return self.get_resource_arn_attribute(
            self._resource.ref,
            {"service": "batch", "resource": "consumable-resource", "resource_name": self.physical_name},
        )

    @cached_property
    def consumable_resource_name(self) -> str:  # type: ignore[override]
        """The name."""
        return self.get_resource_name_attribute(
            Stack.of(self).split_arn(self._resource.ref, ArnFormat.SLASH_RESOURCE_NAME).resource_name  # type: ignore[arg-type]
        )

    @staticmethod
    def from_consumable_resource_arn(scope: Construct, id: str, consumable_resource_arn: str) -> IConsumableResource:
        """Import a consumable resource by ARN."""
        return _ImportedConsumableResource(scope, id, consumable_resource_arn)  # type: ignore[return-value]


class _ImportedConsumableResource(_ConsumableResourceBase):
    def __init__(self, scope: Construct, id: str, arn: str) -> None:
        super().__init__(scope, id)
        self.consumable_resource_arn = arn
        self.consumable_resource_name = Stack.of(scope).split_arn(arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name  # type: ignore[assignment]
