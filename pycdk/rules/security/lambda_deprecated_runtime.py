"""Lambda.DeprecatedRuntime: functions do not use a runtime AWS Lambda no longer supports."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._rule import Level, Resource, Rule

DEPRECATED = frozenset({
    "nodejs", "nodejs4.3", "nodejs4.3-edge", "nodejs6.10", "nodejs8.10", "nodejs10.x", "nodejs12.x",
    "nodejs14.x", "nodejs16.x", "nodejs18.x",
    "python2.7", "python3.6", "python3.7", "python3.8", "python3.9",
    "java8", "dotnet6", "dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1",
    "go1.x", "ruby2.5", "ruby2.7", "provided",
})
"""The runtimes aws-cdk-lib 2.275 marks deprecated ("Legacy runtime no longer supported by AWS Lambda"),
plus ``nodejs4.3-edge``."""


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    runtime = props.get("Runtime")
    return f"The runtime {runtime} is no longer supported" if isinstance(runtime, str) and runtime in DEPRECATED else None


RULE = Rule(
    id="Lambda.DeprecatedRuntime",
    level=Level.ERROR,
    resource_types=("AWS::Lambda::Function",),
    title="The function uses a deprecated runtime",
    why="A deprecated runtime gets no security patches, and AWS Lambda blocks creating and then updating "
    "functions that use it.",
    fix="Move to a supported runtime of the same language (e.g. lambda_.Runtime.PYTHON_3_13, NODEJS_22_X).",
    check=check,
    nag_ids=("AwsSolutions-L1", "Serverless-LambdaLatestVersion"),
    location="Properties/Runtime",
)
