"""``Group``: a Synthetics group of up to 10 canaries."""

from __future__ import annotations

import re
from collections.abc import Sequence

from constructs import Arn, ArnFormat, Construct, Lazy, Names, Resource, Stack, Token, ValidationError
from constructs.internals import structs
from l1._private.interfaces.synthetics import GroupReference as GroupReference
from l1.synthetics import CfnGroup
from l2.synthetics._interfaces import ICanary, IGroup

_NAME = re.compile(r"^[0-9a-z_\-]+$")
_MAX_CANARIES = 10


@structs.frozen(kw_only=True)
class GroupProps:
    """The properties of a ``Group`` (see ``Group`` for each keyword)."""

    canaries: Sequence[ICanary] | None = None
    group_name: str | None = None


class _ImportedGroup(Resource):
    """A group defined outside the app."""

    def __init__(self, scope: Construct, id: str, group_name: str) -> None:
        super().__init__(scope, id)
        self.group_id = group_name
        self.group_name = group_name
        self.group_arn = Stack.of(self).format_arn(service="synthetics", resource="group", resource_name=group_name,
                                                  arn_format=ArnFormat.COLON_RESOURCE_NAME)

    @property
    def group_ref(self) -> GroupReference:
        """The group's name."""
        return GroupReference(group_name=self.group_name)


class Group(Resource):
    """A Synthetics group (``AWS::Synthetics::Group``) that collects canaries.

    Args:
        canaries: up to 10 canaries (more with ``add_canary``, up to 10 in all).
        group_name: a physical name (lowercase letters, digits, ``-``/``_``, up to 64 characters; default
            generated from the path).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-synthetics.Group"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(self, scope: Construct, id: str, *, canaries: Sequence[ICanary] | None = None,
                 group_name: str | None = None) -> None:
        super().__init__(scope, id, physical_name=group_name if group_name is not None else Lazy.string(
            lambda: Names.unique_resource_name(self, max_length=64).lower()))
        if group_name and not Token.is_unresolved(group_name):
            if not 1 <= len(group_name) <= 64:
                raise ValidationError(f"Group name must be between 1 and 64 characters, got: {len(group_name)}", self)
            if not _NAME.search(group_name):
                raise ValidationError(f"Group name must match the pattern ^[0-9a-z_\\-]+$, got: {group_name}", self)
        if canaries is not None and len(canaries) > _MAX_CANARIES:
            raise ValidationError(f"A group can contain at most 10 canaries, got: {len(canaries)}", self)
        self._canaries: list[ICanary] = []
        for canary in canaries or []:
            if canary not in self._canaries:
                self._canaries.append(canary)
        self._resource = CfnGroup(self, "Resource", name=self.physical_name, resource_arns=Lazy.list(
            lambda: [c.canary_arn for c in self._canaries] if self._canaries else None))
        self.group_id: str = self._resource.attr_id
        """The ID of the group."""
        self.group_arn: str = Stack.of(self).format_arn(service="synthetics", resource="group",
                                                       resource_name=self.group_name,
                                                       arn_format=ArnFormat.COLON_RESOURCE_NAME)
        """The ARN of the group."""

    @staticmethod
    def from_group_arn(scope: Construct, id: str, group_arn: str) -> IGroup:
        """An existing group, by ARN."""
        group_name = Arn.split(group_arn, ArnFormat.COLON_RESOURCE_NAME).resource_name
        if not group_name:
            raise ValidationError("Group ARN must contain a group name", scope)
        return Group.from_group_name(scope, id, group_name)

    @staticmethod
    def from_group_name(scope: Construct, id: str, group_name: str) -> IGroup:
        """An existing group, by name (in this stack's account and region)."""
        return _ImportedGroup(scope, id, group_name)

    @property
    def group_name(self) -> str:
        """The name of the group."""
        return self.get_resource_name_attribute(self._resource.ref)

    @property
    def group_ref(self) -> GroupReference:
        """The group's name."""
        return GroupReference(group_name=self.group_name)

    @property
    def canaries(self) -> list[ICanary]:
        """The canaries in the group."""
        return list(self._canaries)

    def add_canary(self, canary: ICanary) -> None:
        """Add a canary (at most 10 in all)."""
        if len(self._canaries) >= _MAX_CANARIES:
            raise ValidationError("A group can contain at most 10 canaries", self)
        if canary not in self._canaries:
            self._canaries.append(canary)
