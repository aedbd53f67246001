"""``l2.elasticloadbalancingv2_actions``: the action's JSON, egress and type errors (aws-cdk-lib 2.275)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from constructs import Duration, Stack
from l2 import cognito
from l2 import elasticloadbalancingv2 as elbv2
from l2.elasticloadbalancingv2_actions import AuthenticateCognitoAction


def _action(stack: Stack, **kwargs: object) -> AuthenticateCognitoAction:
    kwargs.setdefault("next", elbv2.ListenerAction.fixed_response(200))
    return AuthenticateCognitoAction(
        user_pool=cognito.UserPool.from_user_pool_id(stack, "Pool", "us-east-1_abc"),
        user_pool_client=cognito.UserPoolClient.from_user_pool_client_id(stack, "Client", "client"),
        user_pool_domain=cognito.UserPoolDomain.from_domain_name(stack, "Domain", "auth.example.com"),
        **kwargs)  # type: ignore[arg-type]


def test_listener_and_rule_json_differ_in_the_session_timeout_type(stack: Stack) -> None:
    action = _action(stack, session_timeout=Duration.hours(1))
    # aws-cdk-lib renders the listener's timeout as a string and the rule's as a number
    [listener_json, _] = stack.resolve(action.render_actions())
    [rule_json, _] = stack.resolve(action.render_rule_actions())
    assert listener_json["authenticateCognitoConfig"]["sessionTimeout"] == "3600"
    assert rule_json["authenticateCognitoConfig"]["sessionTimeout"] == 3600
    assert listener_json["order"] == 1 and listener_json["type"] == "authenticate-cognito"


def test_https_outbound_is_allowed_by_default(stack: Stack) -> None:
    assert _action(stack).allow_https_outbound is True


def test_next_is_required_and_typed(stack: Stack) -> None:
    with pytest.raises(TypeError, match="argument 'next' expects ListenerAction"):
        _action(stack, next="fixed")


def test_importing_the_actions_loads_only_elbv2_and_its_dependencies() -> None:
    code = ("import sys, l2.elasticloadbalancingv2_actions\n"
            "print(sorted(m for m in sys.modules if m.count('.') == 1 and m.split('.')[0] == 'l2'"
            " and not m.split('.')[1].startswith('_')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "l2.cognito" not in out and "l2.elasticloadbalancingv2_actions" in out
