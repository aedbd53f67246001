"""APIGateway.RequestValidation: REST APIs validate requests."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    if resource.template.referrers(resource.logical_id, "AWS::ApiGateway::RequestValidator"):
        return None
    return "The REST API has no request validator"


RULE = Rule(
    id="APIGateway.RequestValidation",
    level=Level.WARNING,
    resource_types=("AWS::ApiGateway::RestApi",),
    title="The REST API does not validate requests",
    why="A request validator rejects requests with missing parameters or a body that does not match the "
    "model before they reach (and cost) the integration.",
    fix="Add a validator (api.add_request_validator(...), or request_validator_options on methods).",
    check=check,
    nag_ids=("AwsSolutions-APIG2",),
)
