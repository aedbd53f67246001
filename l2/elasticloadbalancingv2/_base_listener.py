"""``BaseListener``: the listener resource, its default action and attributes, and listener lookups."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs import Annotations, Construct, ContextProvider, Lazy, Resource, Token, ValidationError
from l1.elasticloadbalancingv2 import CfnListener
from l2.elasticloadbalancingv2._private.util import Validation, as_property, render_attributes

if TYPE_CHECKING:
    from l1.interfaces.elasticloadbalancingv2 import ListenerReference


class BaseListener(Resource):
    """What Application and Network listeners share: the ``AWS::ElasticLoadBalancingV2::Listener`` resource.

    Args:
        scope: the parent construct.
        id: the construct id.
        additional_props: the ``CfnListener`` properties (snake_case keywords).
    """

    def __init__(self, scope: Construct, id: str, additional_props: Mapping[str, object]) -> None:
        super().__init__(scope, id)
        self._attributes: dict[str, str | None] = {}
        self._default_action: Any = None
        props: dict[str, Any] = dict(additional_props)
        resource = CfnListener(
            self,
            "Resource",
            **props,
            default_actions=Lazy.any(
                lambda: as_property(CfnListener.ActionProperty, self._default_action.render_actions())
                if self._default_action is not None
                else []
            ),
            listener_attributes=Lazy.any(
                lambda: as_property(CfnListener.ListenerAttributeProperty, render_attributes(self._attributes) or None)
            ),
        )
        self.listener_arn: str = resource.ref
        self.node.add_validation(Validation(self._validate_listener))

    @property
    def listener_ref(self) -> ListenerReference:
        """A reference to this listener (its ARN)."""
        from l1.interfaces.elasticloadbalancingv2 import ListenerReference

        return ListenerReference(listener_arn=self.listener_arn)

    def set_attribute(self, key: str, value: str | None = None) -> None:
        """Set a listener attribute (``None`` removes it)."""
        self._attributes[key] = value

    def remove_attribute(self, key: str) -> None:
        """Remove a listener attribute."""
        self.set_attribute(key, None)

    def _validate_listener(self) -> list[str]:
        if self._default_action is None:
            return ["Listener needs at least one default action or target group (call addTargetGroups or addAction)"]
        return []

    def _set_default_action(self, action: Any) -> None:
        if self._default_action is not None:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-elbv2:listenerExistingDefaultActionReplaced",
                "A default Action already existed on this Listener and was replaced. Configure exactly one default "
                "Action.",
            )
        self._default_action = action


def query_listener(
    scope: Construct,
    *,
    load_balancer_type: str,
    listener_arn: str | None,
    listener_port: int | float | None,
    listener_protocol: str | None,
    load_balancer_arn: str | None,
    load_balancer_tags: Mapping[str, str] | None,
) -> dict[str, Any]:
    """The ``load-balancer-listener`` context value (a dummy one on the first synthesis)."""
    if (
        Token.is_unresolved(load_balancer_arn)
        or any(Token.is_unresolved(v) for v in (load_balancer_tags or {}).values())
        or Token.is_unresolved(listener_port)
    ):
        raise ValidationError("All arguments to look up a load balancer listener must be concrete (no Tokens)", scope)
    props: dict[str, Any] = {}
    if listener_arn is not None:
        props["listenerArn"] = listener_arn
    if listener_port is not None:
        props["listenerPort"] = listener_port
    if listener_protocol is not None:
        props["listenerProtocol"] = listener_protocol
    if load_balancer_arn is not None:
        props["loadBalancerArn"] = load_balancer_arn
    if load_balancer_tags:
        props["loadBalancerTags"] = [{"key": k, "value": v} for k, v in load_balancer_tags.items()]
    props["loadBalancerType"] = load_balancer_type
    value: dict[str, Any] = ContextProvider.get_value(
        scope,
        provider="load-balancer-listener",
        props=props,
        dummy_value={
            "listenerArn": (
                f"arn:aws:elasticloadbalancing:us-west-2:123456789012:listener/{load_balancer_type}/my-load-balancer/"
                "50dc6c495c0c9188/f2f7dc8efc522ab2"
            ),
            "listenerPort": 80,
            "securityGroupIds": ["sg-123456789012"],
        },
    ).value
    return value
