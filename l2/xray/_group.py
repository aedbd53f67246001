"""``Group``: an X-Ray group (a filter expression over traces, with optional Insights); ``IGroup``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from constructs import Construct, Names, Resource, Token, ValidationError

if TYPE_CHECKING:
    from l2.iam import Grant, IGrantable

_GROUP_NAME_MAX = 32


@runtime_checkable
class IGroup(Protocol):
    """An X-Ray group: ``Group`` or one returned by ``Group.from_group_arn``."""

    @property
    def group_arn(self) -> str:
        """The ARN of the group."""
        ...

    @property
    def group_name(self) -> str:
        """The name of the group."""
        ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the group to ``grantee``."""
        ...

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Grant ``xray:GetGroup`` on the group to ``grantee``."""
        ...


class _GroupBase(Resource):
    """What new and imported groups share: grants."""

    _group_arn: str
    _group_name: str

    @property
    def group_arn(self) -> str:
        """The ARN of the group."""
        return self._group_arn

    @property
    def group_name(self) -> str:
        """The name of the group."""
        return self._group_name

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on this group to ``grantee`` (added to the grantee's policy)."""
        from l2 import iam

        return iam.Grant.add_to_principal(grantee=grantee, actions=list(actions), resource_arns=[self.group_arn])

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Grant ``xray:GetGroup`` on this group to ``grantee``."""
        return self.grant(grantee, "xray:GetGroup")


class _ImportedGroup(_GroupBase):
    def __init__(self, scope: Construct, id: str, group_arn: str, group_name: str) -> None:
        super().__init__(scope, id)
        self._group_arn = group_arn
        self._group_name = group_name


class Group(_GroupBase):
    """An X-Ray group (``AWS::XRay::Group``): the traces that match a filter expression.

    Args:
        scope: the parent construct.
        id: the construct id.
        group_name: the group's name, 1 to 32 characters (default a unique name generated from the construct path).
        filter_expression: the X-Ray filter expression that selects the group's traces, e.g.
            ``'service("checkout") AND responsetime > 5'`` (default none: every trace).
        insights_enabled: turn on X-Ray Insights for the group (default not set: off).
        notifications_enabled: send Insights notifications to EventBridge; needs ``insights_enabled=True``
            (default not set: off).

    Raises:
        ValidationError: a group name outside 1..32 characters, or notifications without Insights.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        group_name: str | None = None,
        filter_expression: str | None = None,
        insights_enabled: bool | None = None,
        notifications_enabled: bool | None = None,
    ) -> None:
        super().__init__(scope, id)
        from l1.xray import CfnGroup

        if group_name is None:
            group_name = Names.unique_resource_name(self, max_length=_GROUP_NAME_MAX)
        elif not Token.is_unresolved(group_name) and not 1 <= len(group_name) <= _GROUP_NAME_MAX:
            raise ValidationError(
                f"group_name must be 1 to {_GROUP_NAME_MAX} characters long, got {len(group_name)} "
                f"characters: '{group_name}'", self)
        if notifications_enabled and insights_enabled is not True:
            raise ValidationError(
                "notifications_enabled=True needs insights_enabled=True: X-Ray sends Insights notifications "
                "only for groups with Insights on", self)
        insights = None
        if insights_enabled is not None or notifications_enabled is not None:
            insights = CfnGroup.InsightsConfigurationProperty(
                insights_enabled=insights_enabled, notifications_enabled=notifications_enabled)
        self.resource = CfnGroup(
            self, "Resource", group_name=group_name, filter_expression=filter_expression,
            insights_configuration=insights)
        self._group_name = group_name
        self._group_arn = self.resource.attr_group_arn

    @staticmethod
    def from_group_arn(scope: Construct, id: str, group_arn: str) -> IGroup:
        """An existing group, by ARN (``arn:<partition>:xray:<region>:<account>:group/<name>/<id>``).

        Raises:
            ValidationError: a concrete ARN that is not an X-Ray group ARN.
        """
        name = ""
        if not Token.is_unresolved(group_arn):
            parts = group_arn.split(":", 5)
            if len(parts) != 6 or parts[2] != "xray" or not parts[5].startswith("group/"):
                raise ValidationError(
                    f"group_arn must be an X-Ray group ARN 'arn:<partition>:xray:<region>:<account>:"
                    f"group/<name>/<id>', got '{group_arn}'", scope)
            name = parts[5].split("/")[1]
        else:
            from constructs import Fn

            name = Fn.select(1, Fn.split("/", Fn.select(5, Fn.split(":", group_arn))))
        return _ImportedGroup(scope, id, group_arn, name)
