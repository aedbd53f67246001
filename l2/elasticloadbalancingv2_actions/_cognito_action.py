"""``AuthenticateCognitoAction``: a listener action that signs users in with an Amazon Cognito user pool."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, IConstruct
from constructs.internals import structs
from l2.elasticloadbalancingv2 import ListenerAction

if TYPE_CHECKING:
    from l2.cognito import IUserPool, IUserPoolClient, IUserPoolDomain
    from l2.elasticloadbalancingv2 import IApplicationListener, UnauthenticatedAction


@structs.frozen(kw_only=True)
class AuthenticateCognitoActionProps:
    """The properties of an ``AuthenticateCognitoAction`` (see that class for each keyword)."""

    next: ListenerAction
    user_pool: IUserPool
    user_pool_client: IUserPoolClient
    user_pool_domain: IUserPoolDomain
    allow_https_outbound: bool | None = None
    authentication_request_extra_params: Mapping[str, str] | None = None
    on_unauthenticated_request: UnauthenticatedAction | None = None
    scope: str | None = None
    session_cookie_name: str | None = None
    session_timeout: Duration | None = None


class AuthenticateCognitoAction(ListenerAction):
    """Authenticate the user with an Amazon Cognito user pool, then run ``next``.

    Args:
        next: the action that runs once the user is authenticated.
        user_pool: the Cognito user pool.
        user_pool_client: the user pool's app client (with a secret and the authorization code grant).
        user_pool_domain: the user pool's domain (its ``domain_name`` is rendered).
        allow_https_outbound: whether the listener's security group may reach the identity provider on TCP 443
            of any IPv4 address (default: true).
        authentication_request_extra_params: query parameters (at most 10) added to the redirect to the
            authorization endpoint.
        on_unauthenticated_request: what to do with a request from an unauthenticated user (default:
            ``UnauthenticatedAction.AUTHENTICATE``).
        scope: the user claims requested from the identity provider (default: ``"openid"``).
        session_cookie_name: the name of the authentication session cookie (default:
            ``AWSELBAuthSessionCookie``).
        session_timeout: the maximum duration of the authentication session (default: 7 days).
    """

    def __init__(
        self,
        *,
        next: ListenerAction,
        user_pool: IUserPool,
        user_pool_client: IUserPoolClient,
        user_pool_domain: IUserPoolDomain,
        allow_https_outbound: bool | None = None,
        authentication_request_extra_params: Mapping[str, str] | None = None,
        on_unauthenticated_request: UnauthenticatedAction | None = None,
        scope: str | None = None,
        session_cookie_name: str | None = None,
        session_timeout: Duration | None = None,
    ) -> None:
        config: dict[str, Any] = {
            "userPoolArn": user_pool.user_pool_arn,
            "userPoolClientId": user_pool_client.user_pool_client_id,
            "userPoolDomain": user_pool_domain.domain_name,
            "authenticationRequestExtraParams": authentication_request_extra_params,
            "onUnauthenticatedRequest": on_unauthenticated_request.value if on_unauthenticated_request else None,
            "scope": scope,
            "sessionCookieName": session_cookie_name,
            "sessionTimeout": str(session_timeout.to_seconds()) if session_timeout is not None else None,
        }
        super().__init__({"type": "authenticate-cognito", "authenticateCognitoConfig": config}, next)
        self.allow_https_outbound: bool = True if allow_https_outbound is None else allow_https_outbound
        rule_config = {**config,
                       "sessionTimeout": session_timeout.to_seconds() if session_timeout is not None else None}
        self._add_rule_action({"type": "authenticate-cognito", "authenticateCognitoConfig": rule_config})

    def bind(self, scope: Construct, listener: IApplicationListener,
             associating_construct: IConstruct | None = None) -> None:
        """Called when ``listener`` uses the action: opens HTTPS egress to the identity provider if allowed."""
        super().bind(scope, listener, associating_construct)
        if self.allow_https_outbound:
            from l2 import ec2

            listener.connections.allow_to_any_ipv4(ec2.Port.tcp(443), "Allow to IdP endpoint")
