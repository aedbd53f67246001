"""The Lambda function every pattern builds (or adopts): X-Ray tracing on unless the props say otherwise."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from constructs import Construct, ValidationError
from l2 import lambda_
from patterns._private.props import check_exclusive, check_prop_names, merge_props

LAMBDA_FUNCTION_ID = "LambdaFunction"
"""The construct id of the function a pattern creates."""


def build_lambda_function(
    scope: Construct,
    *,
    existing_lambda_obj: lambda_.Function | None,
    lambda_function_props: Mapping[str, Any] | None,
) -> lambda_.Function:
    """``existing_lambda_obj``, or a new ``lambda_.Function`` from the props over the secure defaults.

    Raises:
        ValidationError: both or neither of the two are given, or the props name unknown keyword arguments.
    """
    check_exclusive(scope, existing_lambda_obj=existing_lambda_obj, lambda_function_props=lambda_function_props)
    if existing_lambda_obj is not None:
        return existing_lambda_obj
    if lambda_function_props is None:
        raise ValidationError(
            "Provide existing_lambda_obj or lambda_function_props (with code, handler and runtime)", scope
        )
    check_prop_names(scope, "lambda_function_props", lambda_function_props, lambda_.Function)
    props = merge_props({"tracing": lambda_.Tracing.ACTIVE}, lambda_function_props)
    missing = [name for name in ("code", "handler", "runtime") if props.get(name) is None]
    if missing:
        raise ValidationError(f"lambda_function_props is missing {', '.join(missing)}", scope)
    return lambda_.Function(scope, LAMBDA_FUNCTION_ID, **props)
