"""Short spellings of the intrinsics the bootstrap template uses over and over."""

from __future__ import annotations

from typing import Any

from constructs import Aws, CfnCondition, Fn

NO_VALUE: str = Aws.NO_VALUE
"""``{"Ref": "AWS::NoValue"}``: drops the property (or list element) it stands for."""


def sub(body: str) -> str:
    """``Fn::Sub`` of ``body``, written as the upstream template writes it (``${Logical.Attr}`` included)."""
    return Fn.sub(body)


def if_(condition: CfnCondition, when_true: Any, when_false: Any) -> Any:
    """``Fn::If`` on ``condition``."""
    return Fn.condition_if(condition.logical_id, when_true, when_false)


def role_name(kind: str) -> str:
    """``cdk-${Qualifier}-<kind>-${AWS::AccountId}-${AWS::Region}`` as ``Fn::Sub``."""
    return sub(f"cdk-${{Qualifier}}-{kind}-${{AWS::AccountId}}-${{AWS::Region}}")


def bucket_and_objects(resource_logical_id: str) -> list[str]:
    """The ARN of a bucket and the ARN pattern of every object in it."""
    return [sub(f"${{{resource_logical_id}.Arn}}"), sub(f"${{{resource_logical_id}.Arn}}/*")]
