"""Listener actions and conditions: ``ListenerAction``, ``NetworkListenerAction``, ``ListenerCondition``, and
``ListenerCertificate``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    Construct,
    Duration,
    IConstruct,
    SecretValue,
    Token,
    Tokenization,
    UnscopedValidationError,
)
from l2.elasticloadbalancingv2._enums import ApplicationProtocol, UnauthenticatedAction
from l2.elasticloadbalancingv2._structs import (
    NetworkWeightedTargetGroup,
    QueryStringCondition,
    WeightedTargetGroup,
)

if TYPE_CHECKING:
    from l2.elasticloadbalancingv2._interfaces import (
        IApplicationListener,
        IApplicationTargetGroup,
        IListenerCertificate,
        INetworkListenerRef,
        INetworkTargetGroup,
    )


def _drop_none(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _drop_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_drop_none(v) for v in value]
    return value


def _renumber(actions: list[Any]) -> list[Any]:
    if len(actions) < 2:
        return actions
    return [{**a, "order": i + 1} for i, a in enumerate(actions)]


def _stickiness(duration: Duration | None) -> dict[str, Any] | None:
    return {"durationSeconds": duration.to_seconds(), "enabled": True} if duration else None


class ListenerAction:
    """What an Application Load Balancer listener (or one of its rules) does with a request.

    Args:
        default_action_json: the action as ``AWS::ElasticLoadBalancingV2::Listener`` renders it.
        next: the action that follows (authentication actions).
    """

    def __init__(self, default_action_json: Mapping[str, object], next: ListenerAction | None = None) -> None:
        self.default_action_json = default_action_json
        self.next = next
        self._action_json: Any = None

    @staticmethod
    def authenticate_oidc(
        *,
        authorization_endpoint: str,
        client_id: str,
        client_secret: SecretValue,
        issuer: str,
        next: ListenerAction,
        token_endpoint: str,
        user_info_endpoint: str,
        allow_https_outbound: bool | None = None,
        authentication_request_extra_params: Mapping[str, str] | None = None,
        on_unauthenticated_request: UnauthenticatedAction | None = None,
        scope: str | None = None,
        session_cookie_name: str | None = None,
        session_timeout: Duration | None = None,
    ) -> ListenerAction:
        """Authenticate the user with an OpenID Connect identity provider, then run ``next``."""
        config: dict[str, Any] = {
            "authorizationEndpoint": authorization_endpoint,
            "clientId": client_id,
            "clientSecret": client_secret.unsafe_unwrap(),
            "issuer": issuer,
            "tokenEndpoint": token_endpoint,
            "userInfoEndpoint": user_info_endpoint,
            "authenticationRequestExtraParams": authentication_request_extra_params,
            "onUnauthenticatedRequest": on_unauthenticated_request.value if on_unauthenticated_request else None,
            "scope": scope,
            "sessionCookieName": session_cookie_name,
            "sessionTimeout": str(session_timeout.to_seconds()) if session_timeout else None,
        }
        action = _AuthenticateOidcAction(
            {"type": "authenticate-oidc", "authenticateOidcConfig": config}, next,
            True if allow_https_outbound is None else allow_https_outbound,
        )
        rule_config = {**config, "sessionTimeout": session_timeout.to_seconds() if session_timeout else None}
        action._add_rule_action({"type": "authenticate-oidc", "authenticateOidcConfig": rule_config})
        return action

    @staticmethod
    def authenticate_jwt(*, issuer: str, jwks_endpoint: str, next: ListenerAction) -> ListenerAction:
        """Validate a JSON Web Token in the request, then run ``next`` (HTTPS listeners only)."""
        if not Token.is_unresolved(jwks_endpoint):
            if not jwks_endpoint.startswith("https://"):
                raise UnscopedValidationError(f"JWKS endpoint must use HTTPS protocol, got: {jwks_endpoint}")
            if len(jwks_endpoint) > 256:
                raise UnscopedValidationError(
                    f"JWKS endpoint must be 256 characters or fewer, got {len(jwks_endpoint)} characters"
                )
        if not Token.is_unresolved(issuer) and len(issuer) > 256:
            raise UnscopedValidationError(f"Issuer must be 256 characters or fewer, got {len(issuer)} characters")
        return _AuthenticateJwtAction(
            {"type": "jwt-validation", "jwtValidationConfig": {"issuer": issuer, "jwksEndpoint": jwks_endpoint}}, next
        )

    @staticmethod
    def forward(
        target_groups: Sequence[IApplicationTargetGroup], *, stickiness_duration: Duration | None = None
    ) -> ListenerAction:
        """Forward to one target group, or evenly to several."""
        if not target_groups:
            raise UnscopedValidationError("Need at least one targetGroup in a ListenerAction.forward()")
        if len(target_groups) == 1 and stickiness_duration is None:
            return _TargetGroupListenerAction(
                list(target_groups), {"type": "forward", "targetGroupArn": target_groups[0].target_group_arn}
            )
        return ListenerAction.weighted_forward(
            [WeightedTargetGroup(target_group=g, weight=1) for g in target_groups],
            stickiness_duration=stickiness_duration,
        )

    @staticmethod
    def weighted_forward(
        target_groups: Sequence[WeightedTargetGroup], *, stickiness_duration: Duration | None = None
    ) -> ListenerAction:
        """Forward to several target groups by weight."""
        if not target_groups:
            raise UnscopedValidationError("Need at least one targetGroup in a ListenerAction.weightedForward()")
        return _TargetGroupListenerAction(
            [g.target_group for g in target_groups],
            {
                "type": "forward",
                "forwardConfig": {
                    "targetGroups": [
                        {"targetGroupArn": g.target_group.target_group_arn, "weight": g.weight} for g in target_groups
                    ],
                    "targetGroupStickinessConfig": _stickiness(stickiness_duration),
                },
            },
        )

    @staticmethod
    def fixed_response(
        status_code: int | float, *, content_type: str | None = None, message_body: str | None = None
    ) -> ListenerAction:
        """Answer with a fixed HTTP response."""
        return ListenerAction(
            {
                "type": "fixed-response",
                "fixedResponseConfig": {
                    "statusCode": Tokenization.stringify_number(status_code),
                    "contentType": content_type,
                    "messageBody": message_body,
                },
            }
        )

    @staticmethod
    def redirect(
        *,
        host: str | None = None,
        path: str | None = None,
        permanent: bool | None = None,
        port: str | None = None,
        protocol: str | None = None,
        query: str | None = None,
    ) -> ListenerAction:
        """Redirect to another URL (at least one of the parts must change)."""
        if all(x is None for x in (host, path, port, protocol, query)):
            raise UnscopedValidationError(
                "To prevent redirect loops, set at least one of 'protocol', 'host', 'port', 'path', or 'query'."
            )
        if path and not Token.is_unresolved(path) and not path.startswith("/"):
            raise UnscopedValidationError(f"Redirect path must start with a '/', got: {path}")
        return ListenerAction(
            {
                "type": "redirect",
                "redirectConfig": {
                    "statusCode": "HTTP_301" if permanent else "HTTP_302",
                    "host": host,
                    "path": path,
                    "port": port,
                    "protocol": protocol,
                    "query": query,
                },
            }
        )

    def render_actions(self) -> list[dict[str, object]]:
        """The actions of a listener's ``DefaultActions``."""
        return _renumber([_drop_none(self.default_action_json), *(self.next.render_actions() if self.next else [])])

    def render_rule_actions(self) -> list[dict[str, object]]:
        """The actions of a listener rule's ``Actions``."""
        json = self._action_json if self._action_json is not None else self.default_action_json
        return _renumber([_drop_none(json), *(self.next.render_rule_actions() if self.next else [])])

    def bind(
        self, scope: Construct, listener: IApplicationListener, associating_construct: IConstruct | None = None
    ) -> None:
        """Called when the action is used by ``listener`` (registers target groups)."""
        if self.next is not None:
            self.next.bind(scope, listener, associating_construct)

    def _renumber(self, actions: list[Any]) -> list[Any]:
        """Give each action of a chain its ``Order``."""
        return _renumber(actions)

    def _add_rule_action(self, action_json: Any) -> None:
        if self._action_json is not None:
            raise UnscopedValidationError("rule action is already set")
        self._action_json = action_json


class _TargetGroupListenerAction(ListenerAction):
    def __init__(self, target_groups: list[Any], default_action_json: Any) -> None:
        super().__init__(default_action_json)
        self.target_groups = target_groups

    def bind(self, scope: Construct, listener: Any, associating_construct: IConstruct | None = None) -> None:
        for tg in self.target_groups:
            tg.register_listener(listener, associating_construct)


class _AuthenticateJwtAction(ListenerAction):
    def bind(self, scope: Construct, listener: Any, associating_construct: IConstruct | None = None) -> None:
        super().bind(scope, listener, associating_construct)
        from l2.elasticloadbalancingv2._application_listener import ApplicationListener

        if isinstance(listener, ApplicationListener) and listener.protocol is not ApplicationProtocol.HTTPS:
            raise UnscopedValidationError(
                "JWT authentication requires an HTTPS listener. Please use ApplicationProtocol.HTTPS for the "
                "listener protocol."
            )


class _AuthenticateOidcAction(ListenerAction):
    def __init__(self, default_action_json: Any, next: ListenerAction, allow_https_outbound: bool) -> None:
        super().__init__(default_action_json, next)
        self.allow_https_outbound = allow_https_outbound

    def bind(self, scope: Construct, listener: Any, associating_construct: IConstruct | None = None) -> None:
        super().bind(scope, listener, associating_construct)
        if self.allow_https_outbound:
            from l2 import ec2

            listener.connections.allow_to_any_ipv4(ec2.Port.tcp(443), "Allow to IdP endpoint")


class NetworkListenerAction:
    """What a Network Load Balancer listener does with a connection.

    Args:
        default_action_json: the action as ``AWS::ElasticLoadBalancingV2::Listener`` renders it.
        next: the action that follows.
    """

    def __init__(self, default_action_json: Mapping[str, object], next: NetworkListenerAction | None = None) -> None:
        self.default_action_json = default_action_json
        self.next = next
        self._action_json: Any = None

    @staticmethod
    def forward(
        target_groups: Sequence[INetworkTargetGroup], *, stickiness_duration: Duration | None = None
    ) -> NetworkListenerAction:
        """Forward to one target group, or evenly to several."""
        if not target_groups:
            raise UnscopedValidationError("Need at least one targetGroup in a NetworkListenerAction.forward()")
        if len(target_groups) == 1 and stickiness_duration is None:
            return _NetworkTargetGroupAction(
                list(target_groups), {"type": "forward", "targetGroupArn": target_groups[0].target_group_arn}
            )
        return _NetworkTargetGroupAction(
            list(target_groups),
            {
                "type": "forward",
                "forwardConfig": {
                    "targetGroups": [{"targetGroupArn": g.target_group_arn} for g in target_groups],
                    "targetGroupStickinessConfig": _stickiness(stickiness_duration),
                },
            },
        )

    @staticmethod
    def weighted_forward(
        target_groups: Sequence[NetworkWeightedTargetGroup], *, stickiness_duration: Duration | None = None
    ) -> NetworkListenerAction:
        """Forward to several target groups by weight."""
        if not target_groups:
            raise UnscopedValidationError(
                "Need at least one targetGroup in a NetworkListenerAction.weightedForward()"
            )
        return _NetworkTargetGroupAction(
            [g.target_group for g in target_groups],
            {
                "type": "forward",
                "forwardConfig": {
                    "targetGroups": [
                        {"targetGroupArn": g.target_group.target_group_arn, "weight": g.weight} for g in target_groups
                    ],
                    "targetGroupStickinessConfig": _stickiness(stickiness_duration),
                },
            },
        )

    def render_actions(self) -> list[dict[str, object]]:
        """The actions of a listener's ``DefaultActions``."""
        return _renumber([_drop_none(self.default_action_json), *(self.next.render_actions() if self.next else [])])

    def render_rule_actions(self) -> list[dict[str, object]]:
        """The actions of a listener rule's ``Actions``."""
        json = self._action_json if self._action_json is not None else self.default_action_json
        return _renumber([_drop_none(json), *(self.next.render_rule_actions() if self.next else [])])

    def bind(self, scope: Construct, listener: INetworkListenerRef) -> None:
        """Called when the action is used by ``listener`` (registers target groups)."""

    def _renumber(self, actions: list[Any]) -> list[Any]:
        """Give each action of a chain its ``Order``."""
        return _renumber(actions)


class _NetworkTargetGroupAction(NetworkListenerAction):
    def __init__(self, target_groups: list[Any], default_action_json: Any) -> None:
        super().__init__(default_action_json)
        self.target_groups = target_groups

    def bind(self, scope: Construct, listener: Any) -> None:
        for tg in self.target_groups:
            tg.register_listener(listener)


class ListenerCondition:
    """What a listener rule matches: host, path, header, method, query string or source IP."""

    def __init__(self) -> None:
        self._raw: Any = None

    @staticmethod
    def _of(raw: Any) -> ListenerCondition:
        condition = ListenerCondition()
        condition._raw = raw
        return condition

    @staticmethod
    def host_headers(values: Sequence[str]) -> ListenerCondition:
        """Match the ``Host`` header (up to 5 values, wildcards allowed)."""
        return ListenerCondition._of({"field": "host-header", "hostHeaderConfig": {"values": list(values)}})

    @staticmethod
    def http_header(name: str, values: Sequence[str]) -> ListenerCondition:
        """Match an HTTP header."""
        return ListenerCondition._of(
            {"field": "http-header", "httpHeaderConfig": {"httpHeaderName": name, "values": list(values)}}
        )

    @staticmethod
    def http_request_methods(values: Sequence[str]) -> ListenerCondition:
        """Match the request method."""
        return ListenerCondition._of(
            {"field": "http-request-method", "httpRequestMethodConfig": {"values": list(values)}}
        )

    @staticmethod
    def path_patterns(values: Sequence[str]) -> ListenerCondition:
        """Match the path (up to 5 patterns)."""
        if values and len(values) > 5:
            raise UnscopedValidationError("A rule can only have '5' condition values")
        return ListenerCondition._of({"field": "path-pattern", "pathPatternConfig": {"values": list(values)}})

    @staticmethod
    def query_strings(values: Sequence[QueryStringCondition]) -> ListenerCondition:
        """Match query-string key/value pairs."""
        return ListenerCondition._of(
            {
                "field": "query-string",
                "queryStringConfig": {"values": [_drop_none({"key": v.key, "value": v.value}) for v in values]},
            }
        )

    @staticmethod
    def source_ips(values: Sequence[str]) -> ListenerCondition:
        """Match the client's source IP (CIDR blocks)."""
        return ListenerCondition._of({"field": "source-ip", "sourceIpConfig": {"values": list(values)}})

    def render_raw_condition(self) -> dict[str, object]:
        """The condition as ``AWS::ElasticLoadBalancingV2::ListenerRule`` renders it."""
        return self._raw


class ListenerCertificate:
    """A certificate of an HTTPS or TLS listener, by ARN.

    Args:
        certificate_arn: the certificate's ARN (ACM or IAM).
    """

    def __init__(self, certificate_arn: str) -> None:
        self.certificate_arn = certificate_arn

    @staticmethod
    def from_arn(certificate_arn: str) -> ListenerCertificate:
        """A certificate by ARN."""
        return ListenerCertificate(certificate_arn)

    @staticmethod
    def from_certificate_manager(acm_certificate: IListenerCertificate) -> ListenerCertificate:
        """An ACM certificate (any object with a ``certificate_arn``)."""
        return ListenerCertificate(acm_certificate.certificate_arn)
