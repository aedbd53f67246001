"""``GET /features``: the feature flags of AppConfig's deployed configuration, for the signed-in user.

The function starts an AppConfig Data session for the application, environment and profile named by its
environment variables and returns the flags it reads, with the caller's Cognito user name.
"""

from __future__ import annotations

import json
import os
from typing import Any


def enabled_flags(configuration: dict[str, Any]) -> dict[str, bool]:
    """``{flag: enabled}`` of an AppConfig feature-flags document as AppConfig Data returns it."""
    return {name: bool(flag.get("enabled")) for name, flag in sorted(configuration.items())}


def read_configuration(client: Any) -> dict[str, Any]:
    """The latest configuration, through an ``appconfigdata`` client."""
    session = client.start_configuration_session(
        ApplicationIdentifier=os.environ["APPCONFIG_APPLICATION_ID"],
        EnvironmentIdentifier=os.environ["APPCONFIG_ENVIRONMENT_ID"],
        ConfigurationProfileIdentifier=os.environ["APPCONFIG_PROFILE_ID"],
    )
    latest = client.get_latest_configuration(ConfigurationToken=session["InitialConfigurationToken"])
    content = latest["Configuration"].read()
    return json.loads(content) if content else {}


def handler(event: dict[str, Any], context: Any, client: Any = None) -> dict[str, Any]:
    """HTTP API (payload format 2.0) entry point; the authorizer has checked the user pool's JWT."""
    if client is None:  # pragma: no cover - the deployed function only
        import boto3

        client = boto3.client("appconfigdata")
    claims = event.get("requestContext", {}).get("authorizer", {}).get("jwt", {}).get("claims", {})
    body = {
        "user": claims.get("cognito:username", claims.get("sub")),
        "features": enabled_flags(read_configuration(client)),
    }
    return {"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": json.dumps(body)}
