"""RDS.NoPublicAccess: database instances are not publicly accessible."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import is_true
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    return "The instance is publicly accessible" if is_true(props.get("PubliclyAccessible")) else None


RULE = Rule(
    id="RDS.NoPublicAccess",
    level=Level.ERROR,
    resource_types=("AWS::RDS::DBInstance",),
    title="The database instance is publicly accessible",
    why="A public endpoint lets the internet attempt logins and exploit database vulnerabilities.",
    fix="Set publicly_accessible=False and run the database in private or isolated subnets.",
    check=check,
    location="Properties/PubliclyAccessible",
)
