"""Lambda.PublicPermission: no resource policy lets anyone invoke a function."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import is_true
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    if props.get("Principal") != "*":
        return None
    if props.get("SourceArn") or props.get("SourceAccount") or props.get("PrincipalOrgID"):
        return None
    if props.get("FunctionUrlAuthType") is not None or is_true(props.get("InvokedViaFunctionUrl")):
        return None  # calls through a function URL only: Lambda.UrlAuth judges the URL
    return "The permission lets any principal invoke the function"


RULE = Rule(
    id="Lambda.PublicPermission",
    level=Level.ERROR,
    resource_types=("AWS::Lambda::Permission",),
    title="Anyone may invoke the function",
    why="A permission for Principal * without a source condition lets every AWS account invoke the function.",
    fix="Name the principal (a service or account) and set source_arn/source_account.",
    check=check,
    location="Properties/Principal",
)
