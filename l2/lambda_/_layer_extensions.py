"""Layers AWS publishes that a function can opt into: Lambda Insights, the Parameters and Secrets extension and
the AWS Distro for OpenTelemetry (ADOT) wrapper.

Only the forms that take a layer ARN are here: the version catalogues of aws-cdk-lib (``VERSION_1_0_*``,
``from_version``, ``AdotLayerVersion.from_*``) look the ARN up in the region-info facts, which pycdk does not have.
"""

from __future__ import annotations

import enum
from typing import Any

from constructs import Construct, Duration, ValidationError
from constructs.internals import structs


@structs.frozen(kw_only=True)
class InsightsBindConfig:
    """What a Lambda Insights version gives the function: the layer ARN."""

    arn: str


class LambdaInsightsVersion:
    """A version of the Lambda Insights extension layer (``Function(insights_version=...)``)."""

    layer_version_arn: str

    def __init__(self, arn: str) -> None:
        self.layer_version_arn = arn

    @staticmethod
    def from_insight_version_arn(arn: str) -> LambdaInsightsVersion:
        """The Lambda Insights layer version ``arn``."""
        return LambdaInsightsVersion(arn)

    def _bind(self, scope: Construct, fn: Any) -> InsightsBindConfig:
        return InsightsBindConfig(arn=self.layer_version_arn)


class ParamsAndSecretsVersions(enum.Enum):
    """Versions of the Parameters and Secrets extension."""

    V1_0_103 = "1.0.103"


class ParamsAndSecretsLogLevel(enum.Enum):
    """The log level of the Parameters and Secrets extension."""

    DEBUG = "debug"
    INFO = "info"
    WARN = "warn"
    ERROR = "error"
    NONE = "none"


@structs.frozen(kw_only=True)
class ParamsAndSecretsOptions:
    """Settings of the Parameters and Secrets extension (each an environment variable of the function).

    Args:
        cache_enabled: cache parameters and secrets (default true).
        cache_size: items cached (default 1000).
        http_port: the extension's local port (default 2773).
        log_level: default INFO.
        max_connections: HTTP connections to Parameter Store / Secrets Manager (default 3).
        parameter_store_timeout / secrets_manager_timeout: request timeouts (default 0: none).
        parameter_store_ttl / secrets_manager_ttl: cache TTLs (default and maximum 300 seconds).
    """

    cache_enabled: bool | None = None
    cache_size: float | None = None
    http_port: float | None = None
    log_level: ParamsAndSecretsLogLevel | None = None
    max_connections: float | None = None
    parameter_store_timeout: Duration | None = None
    parameter_store_ttl: Duration | None = None
    secrets_manager_timeout: Duration | None = None
    secrets_manager_ttl: Duration | None = None


@structs.frozen(kw_only=True)
class ParamsAndSecretsBindConfig:
    """What the extension gives the function: the layer ARN and environment variables."""

    arn: str
    environment_vars: dict[str, str]


def _js_value(x: Any) -> str:
    if isinstance(x, bool):
        return "true" if x else "false"
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return str(x)


class ParamsAndSecretsLayerVersion:
    """A Parameters and Secrets extension layer with its settings (``Function(params_and_secrets=...)``).

    Args:
        arn: the layer version ARN.
        options: the extension's settings.
    """

    def __init__(self, arn: str, options: ParamsAndSecretsOptions) -> None:
        self._arn = arn
        self.options = options

    @staticmethod
    def from_version_arn(
        arn: str,
        *,
        cache_enabled: bool | None = None,
        cache_size: float | None = None,
        http_port: float | None = None,
        log_level: ParamsAndSecretsLogLevel | None = None,
        max_connections: float | None = None,
        parameter_store_timeout: Duration | None = None,
        parameter_store_ttl: Duration | None = None,
        secrets_manager_timeout: Duration | None = None,
        secrets_manager_ttl: Duration | None = None,
    ) -> ParamsAndSecretsLayerVersion:
        """The extension layer version ``arn``, with settings."""
        return ParamsAndSecretsLayerVersion(arn, ParamsAndSecretsOptions(
            cache_enabled=cache_enabled, cache_size=cache_size, http_port=http_port, log_level=log_level,
            max_connections=max_connections, parameter_store_timeout=parameter_store_timeout,
            parameter_store_ttl=parameter_store_ttl, secrets_manager_timeout=secrets_manager_timeout,
            secrets_manager_ttl=secrets_manager_ttl))

    def _bind(self, scope: Construct, fn: Any) -> ParamsAndSecretsBindConfig:
        return ParamsAndSecretsBindConfig(arn=self._arn, environment_vars=self._environment(scope))

    def _environment(self, scope: Construct) -> dict[str, str]:
        o = self.options
        if o.cache_size is not None and not 0 <= o.cache_size <= 1000:
            raise ValidationError(f"Cache size must be between 0 and 1000 inclusive - provided: "
                                  f"{_js_value(o.cache_size)}", scope)
        if o.http_port is not None and not 1 <= o.http_port <= 65535:
            raise ValidationError(f"HTTP port must be between 1 and 65535 inclusive - provided: "
                                  f"{_js_value(o.http_port)}", scope)
        if o.max_connections is not None and o.max_connections < 1:
            raise ValidationError(f"Maximum connections must be at least 1 - provided: "
                                  f"{_js_value(o.max_connections)}", scope)
        if o.secrets_manager_ttl is not None and o.secrets_manager_ttl.to_seconds() > 300:
            raise ValidationError(f"Maximum TTL for a cached secret is 300 seconds - provided: "
                                  f"{_js_value(o.secrets_manager_ttl.to_seconds())} seconds", scope)
        if o.parameter_store_ttl is not None and o.parameter_store_ttl.to_seconds() > 300:
            raise ValidationError(f"Maximum TTL for a cached parameter is 300 seconds - provided: "
                                  f"{_js_value(o.parameter_store_ttl.to_seconds())} seconds", scope)
        values: dict[str, Any] = {
            "PARAMETERS_SECRETS_EXTENSION_CACHE_ENABLED": o.cache_enabled if o.cache_enabled is not None else True,
            "PARAMETERS_SECRETS_EXTENSION_CACHE_SIZE": o.cache_size if o.cache_size is not None else 1000,
            "PARAMETERS_SECRETS_EXTENSION_HTTP_PORT": o.http_port if o.http_port is not None else 2773,
            "PARAMETERS_SECRETS_EXTENSION_LOG_LEVEL": (o.log_level or ParamsAndSecretsLogLevel.INFO).value,
            "PARAMETERS_SECRETS_EXTENSION_MAX_CONNECTIONS": o.max_connections if o.max_connections is not None
            else 3,
            "SECRETS_MANAGER_TIMEOUT_MILLIS": o.secrets_manager_timeout.to_milliseconds()
            if o.secrets_manager_timeout is not None else 0,
            "SECRETS_MANAGER_TTL": o.secrets_manager_ttl.to_seconds() if o.secrets_manager_ttl is not None else 300,
            "SSM_PARAMETER_STORE_TIMEOUT_MILLIS": o.parameter_store_timeout.to_milliseconds()
            if o.parameter_store_timeout is not None else 0,
            "SSM_PARAMETER_STORE_TTL": o.parameter_store_ttl.to_seconds() if o.parameter_store_ttl is not None
            else 300,
        }
        return {k: _js_value(v) for k, v in values.items()}


class AdotLambdaExecWrapper(enum.Enum):
    """The ``AWS_LAMBDA_EXEC_WRAPPER`` script of the ADOT layer."""

    REGULAR_HANDLER = "/opt/otel-handler"
    PROXY_HANDLER = "/opt/otel-proxy-handler"
    STREAM_HANDLER = "/opt/otel-stream-handler"
    INSTRUMENT_HANDLER = "/opt/otel-instrument"
    SQS_HANDLER = "/opt/otel-sqs-handler"


@structs.frozen(kw_only=True)
class AdotInstrumentationConfig:
    """ADOT instrumentation of a function.

    Args:
        exec_wrapper: the wrapper script.
        layer_version: the ADOT layer (an object whose ``_bind(scope)`` returns the layer ARN as ``.arn``).
    """

    exec_wrapper: AdotLambdaExecWrapper
    layer_version: Any
