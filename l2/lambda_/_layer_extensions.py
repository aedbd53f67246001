"""Layers AWS publishes that a function can opt into: Lambda Insights, the Parameters and Secrets extension and
the AWS Distro for OpenTelemetry (ADOT) wrapper.

The version catalogues (``LambdaInsightsVersion.VERSION_1_0_*``, ``ParamsAndSecretsLayerVersion.from_version``,
``AdotLayerVersion.from_*``) find the layer ARN in the region facts of ``l2.region_info``: the ARN itself in a
stack with a concrete region, else the ARN for the stack's region through a ``CfnMapping`` (as aws-cdk-lib).
"""

from __future__ import annotations

import enum
from typing import Any

from constructs import Construct, Duration, Lazy, Stack, Token, ValidationError
from constructs.internals import structs


def _region_fact_arn(scope: Construct, fact_name: str, known: Any, missing: str) -> str:
    """The layer ARN of ``fact_name`` for ``scope``'s stack: ``known(region_info)`` in a concrete region (an error
    ``missing`` when it has none), else the regional fact (a mapping lookup) of a region-agnostic stack."""
    from l2.region_info import RegionInfo

    stack = Stack.of(scope)
    region = stack.region
    if not Token.is_unresolved(region):
        arn = known(RegionInfo.get(region))
        if arn is None:
            raise ValidationError(missing, scope)
        return arn  # type: ignore[no-any-return]
    return stack.regional_fact(fact_name)


@structs.frozen(kw_only=True)
class InsightsBindConfig:
    """What a Lambda Insights version gives the function: the layer ARN."""

    arn: str


class LambdaInsightsVersion:
    """A version of the Lambda Insights extension layer (``Function(insights_version=...)``): a ``VERSION_*``
    constant (its ARN is the region's, from the region facts) or ``from_insight_version_arn``.

    Args:
        arn: the layer's ARN (``from_insight_version_arn``; default: the region's ARN of a ``VERSION_*``).
    """

    layer_version_arn: str = ""

    VERSION_1_0_54_0: LambdaInsightsVersion
    """Version 1.0.54.0."""
    VERSION_1_0_86_0: LambdaInsightsVersion
    """Version 1.0.86.0."""
    VERSION_1_0_89_0: LambdaInsightsVersion
    """Version 1.0.89.0."""
    VERSION_1_0_98_0: LambdaInsightsVersion
    """Version 1.0.98.0."""
    VERSION_1_0_119_0: LambdaInsightsVersion
    """Version 1.0.119.0."""
    VERSION_1_0_135_0: LambdaInsightsVersion
    """Version 1.0.135.0."""
    VERSION_1_0_143_0: LambdaInsightsVersion
    """Version 1.0.143.0."""
    VERSION_1_0_178_0: LambdaInsightsVersion
    """Version 1.0.178.0."""
    VERSION_1_0_229_0: LambdaInsightsVersion
    """Version 1.0.229.0."""
    VERSION_1_0_273_0: LambdaInsightsVersion
    """Version 1.0.273.0."""
    VERSION_1_0_275_0: LambdaInsightsVersion
    """Version 1.0.275.0."""
    VERSION_1_0_295_0: LambdaInsightsVersion
    """Version 1.0.295.0."""
    VERSION_1_0_317_0: LambdaInsightsVersion
    """Version 1.0.317.0."""
    VERSION_1_0_333_0: LambdaInsightsVersion
    """Version 1.0.333.0."""
    VERSION_1_0_391_0: LambdaInsightsVersion
    """Version 1.0.391.0."""
    VERSION_1_0_404_0: LambdaInsightsVersion
    """Version 1.0.404.0."""
    VERSION_1_0_498_0: LambdaInsightsVersion
    """Version 1.0.498.0."""

    def __init__(self, arn: str | None = None, *, _insights_version: str | None = None) -> None:
        self._insights_version = _insights_version
        if _insights_version is not None:
            version = _insights_version
            self.layer_version_arn = Lazy.uncached_string(
                lambda context: _insights_arn(context.scope, version, None))
        elif arn is not None:
            self.layer_version_arn = arn

    @staticmethod
    def from_insight_version_arn(arn: str) -> LambdaInsightsVersion:
        """The Lambda Insights layer version ``arn``."""
        return LambdaInsightsVersion(arn)

    def _bind(self, scope: Construct, fn: Any) -> InsightsBindConfig:
        version = self._insights_version
        if version is None:
            return InsightsBindConfig(arn=self.layer_version_arn)
        from l2.region_info import RegionInfo

        architecture = getattr(fn, "architecture", None)
        arch = architecture.name if architecture is not None else "x86_64"
        if not any(r.cloudwatch_lambda_insights_arn(version, arch) for r in RegionInfo.regions):
            raise ValidationError(f"Insights version {version} does not exist.", fn)
        return InsightsBindConfig(arn=_insights_arn(scope, version, arch))


def _insights_arn(scope: Construct, version: str, architecture: str | None) -> str:
    from l2.region_info import FactName

    arch = architecture or "x86_64"
    region = Stack.of(scope).region
    return _region_fact_arn(scope, FactName.cloudwatch_lambda_insights_version(version, arch),
                            lambda info: info.cloudwatch_lambda_insights_arn(version, arch),
                            f"Insights version {version} is not supported in region {region}")


for _version in ("1.0.54.0", "1.0.86.0", "1.0.89.0", "1.0.98.0", "1.0.119.0", "1.0.135.0", "1.0.143.0",
                 "1.0.178.0", "1.0.229.0", "1.0.273.0", "1.0.275.0", "1.0.295.0", "1.0.317.0", "1.0.333.0",
                 "1.0.391.0", "1.0.404.0", "1.0.498.0"):
    setattr(LambdaInsightsVersion, "VERSION_" + _version.replace(".", "_"),
            LambdaInsightsVersion(_insights_version=_version))


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

    @staticmethod
    def from_version(
        version: ParamsAndSecretsVersions,
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
        """The extension layer ``version`` of the function's region and architecture (from the region facts),
        with settings."""
        layer = ParamsAndSecretsLayerVersion("", ParamsAndSecretsOptions(
            cache_enabled=cache_enabled, cache_size=cache_size, http_port=http_port, log_level=log_level,
            max_connections=max_connections, parameter_store_timeout=parameter_store_timeout,
            parameter_store_ttl=parameter_store_ttl, secrets_manager_timeout=secrets_manager_timeout,
            secrets_manager_ttl=secrets_manager_ttl))
        layer._version = version
        return layer

    _version: ParamsAndSecretsVersions | None = None

    def _bind(self, scope: Construct, fn: Any) -> ParamsAndSecretsBindConfig:
        arn = self._arn
        if self._version is not None:
            arn = self._version_arn(scope, self._version.value, fn.architecture.name)
        return ParamsAndSecretsBindConfig(arn=arn, environment_vars=self._environment(fn))

    @staticmethod
    def _version_arn(scope: Construct, version: str, architecture: str) -> str:
        from l2.region_info import FactName

        region = Stack.of(scope).region
        return _region_fact_arn(scope, FactName.params_and_secrets_lambda_layer(version, architecture),
                                lambda info: info.params_and_secrets_lambda_layer_arn(version, architecture),
                                f"Parameters and Secrets Extension is not supported in region {region} for "
                                f"{architecture} architecture")

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


class _AdotLambdaLayerVersion:
    """An ADOT layer version of one type (the version classes below).

    Args:
        layer_version: the layer's version (e.g. ``1.32.0-1``); use the ``V*``/``LATEST`` constants.
    """

    _TYPE = ""

    def __init__(self, layer_version: str) -> None:
        self.layer_version = layer_version

    def layer_arn(self, scope: Construct, architecture: Any) -> str:
        """The layer's ARN for ``scope``'s region and ``architecture`` (an ``Architecture``).

        Raises:
            ValidationError: the region has no such layer.
        """
        from l2.region_info import FactName

        kind, version, arch = self._TYPE, self.layer_version, architecture.name
        region = Stack.of(scope).region
        return _region_fact_arn(scope, FactName.adot_lambda_layer(kind, version, arch),
                                lambda info: info.adot_lambda_layer_arn(kind, version, arch),
                                f"Could not find the ARN information for the ADOT Lambda Layer of type {kind} and "
                                f"version {version} in {region}")


def _adot_versions(cls: type[_AdotLambdaLayerVersion], versions: tuple[str, ...]) -> None:
    for version in versions:
        setattr(cls, "V" + version.replace(".", "_").replace("-", "_"), cls(version))
    cls.LATEST = getattr(cls, "V" + versions[0].replace(".", "_").replace("-", "_"))  # type: ignore[attr-defined]


class AdotLambdaLayerJavaSdkVersion(_AdotLambdaLayerVersion):
    """Versions of the ADOT Java SDK layer (``LATEST`` is 1.32.0-1)."""

    _TYPE = "JAVA_SDK"
    LATEST: AdotLambdaLayerJavaSdkVersion
    """The latest version this aws-cdk-lib knows."""
    V1_32_0_1: AdotLambdaLayerJavaSdkVersion
    """1.32.0-1."""
    V1_32_0: AdotLambdaLayerJavaSdkVersion
    """1.32.0."""
    V1_31_0: AdotLambdaLayerJavaSdkVersion
    """1.31.0."""
    V1_30_0: AdotLambdaLayerJavaSdkVersion
    """1.30.0."""
    V1_28_1: AdotLambdaLayerJavaSdkVersion
    """1.28.1."""
    V1_19_0: AdotLambdaLayerJavaSdkVersion
    """1.19.0."""


class AdotLambdaLayerJavaAutoInstrumentationVersion(_AdotLambdaLayerVersion):
    """Versions of the ADOT Java auto-instrumentation layer (``LATEST`` is 1.32.0-1)."""

    _TYPE = "JAVA_AUTO_INSTRUMENTATION"
    LATEST: AdotLambdaLayerJavaAutoInstrumentationVersion
    """The latest version this aws-cdk-lib knows."""
    V1_32_0_1: AdotLambdaLayerJavaAutoInstrumentationVersion
    """1.32.0-1."""
    V1_32_0: AdotLambdaLayerJavaAutoInstrumentationVersion
    """1.32.0."""
    V1_31_0: AdotLambdaLayerJavaAutoInstrumentationVersion
    """1.31.0."""
    V1_30_0: AdotLambdaLayerJavaAutoInstrumentationVersion
    """1.30.0."""
    V1_28_1: AdotLambdaLayerJavaAutoInstrumentationVersion
    """1.28.1."""
    V1_19_2: AdotLambdaLayerJavaAutoInstrumentationVersion
    """1.19.2."""


class AdotLambdaLayerPythonSdkVersion(_AdotLambdaLayerVersion):
    """Versions of the ADOT Python SDK layer (``LATEST`` is 1.29.0)."""

    _TYPE = "PYTHON_SDK"
    LATEST: AdotLambdaLayerPythonSdkVersion
    """The latest version this aws-cdk-lib knows."""
    V1_29_0: AdotLambdaLayerPythonSdkVersion
    """1.29.0."""
    V1_25_0: AdotLambdaLayerPythonSdkVersion
    """1.25.0."""
    V1_24_0: AdotLambdaLayerPythonSdkVersion
    """1.24.0."""
    V1_21_0: AdotLambdaLayerPythonSdkVersion
    """1.21.0."""
    V1_20_0_1: AdotLambdaLayerPythonSdkVersion
    """1.20.0-1."""
    V1_20_0: AdotLambdaLayerPythonSdkVersion
    """1.20.0."""
    V1_19_0_1: AdotLambdaLayerPythonSdkVersion
    """1.19.0-1."""
    V1_18_0: AdotLambdaLayerPythonSdkVersion
    """1.18.0."""
    V1_17_0: AdotLambdaLayerPythonSdkVersion
    """1.17.0."""
    V1_16_0: AdotLambdaLayerPythonSdkVersion
    """1.16.0."""
    V1_15_0: AdotLambdaLayerPythonSdkVersion
    """1.15.0."""
    V1_14_0: AdotLambdaLayerPythonSdkVersion
    """1.14.0."""
    V1_13_0: AdotLambdaLayerPythonSdkVersion
    """1.13.0."""


class AdotLambdaLayerJavaScriptSdkVersion(_AdotLambdaLayerVersion):
    """Versions of the ADOT JavaScript SDK layer (``LATEST`` is 1.30.0)."""

    _TYPE = "JAVASCRIPT_SDK"
    LATEST: AdotLambdaLayerJavaScriptSdkVersion
    """The latest version this aws-cdk-lib knows."""
    V1_30_0: AdotLambdaLayerJavaScriptSdkVersion
    """1.30.0."""
    V1_18_1: AdotLambdaLayerJavaScriptSdkVersion
    """1.18.1."""
    V1_17_1: AdotLambdaLayerJavaScriptSdkVersion
    """1.17.1."""
    V1_16_0: AdotLambdaLayerJavaScriptSdkVersion
    """1.16.0."""
    V1_15_0_1: AdotLambdaLayerJavaScriptSdkVersion
    """1.15.0-1."""
    V1_7_0: AdotLambdaLayerJavaScriptSdkVersion
    """1.7.0."""


class AdotLambdaLayerGenericVersion(_AdotLambdaLayerVersion):
    """Versions of the ADOT generic (collector) layer (``LATEST`` is 0.115.0)."""

    _TYPE = "GENERIC"
    LATEST: AdotLambdaLayerGenericVersion
    """The latest version this aws-cdk-lib knows."""
    V0_115_0: AdotLambdaLayerGenericVersion
    """0.115.0."""
    V0_102_1: AdotLambdaLayerGenericVersion
    """0.102.1."""
    V0_98_0: AdotLambdaLayerGenericVersion
    """0.98.0."""
    V0_90_1: AdotLambdaLayerGenericVersion
    """0.90.1."""
    V0_88_0: AdotLambdaLayerGenericVersion
    """0.88.0."""
    V0_84_0: AdotLambdaLayerGenericVersion
    """0.84.0."""
    V0_82_0: AdotLambdaLayerGenericVersion
    """0.82.0."""
    V0_62_1: AdotLambdaLayerGenericVersion
    """0.62.1."""


_adot_versions(AdotLambdaLayerJavaSdkVersion, ("1.32.0-1", "1.32.0", "1.31.0", "1.30.0", "1.28.1", "1.19.0"))
_adot_versions(AdotLambdaLayerJavaAutoInstrumentationVersion,
               ("1.32.0-1", "1.32.0", "1.31.0", "1.30.0", "1.28.1", "1.19.2"))
_adot_versions(AdotLambdaLayerPythonSdkVersion,
               ("1.29.0", "1.25.0", "1.24.0", "1.21.0", "1.20.0-1", "1.20.0", "1.19.0-1", "1.18.0", "1.17.0",
                "1.16.0", "1.15.0", "1.14.0", "1.13.0"))
_adot_versions(AdotLambdaLayerJavaScriptSdkVersion, ("1.30.0", "1.18.1", "1.17.1", "1.16.0", "1.15.0-1", "1.7.0"))
_adot_versions(AdotLambdaLayerGenericVersion,
               ("0.115.0", "0.102.1", "0.98.0", "0.90.1", "0.88.0", "0.84.0", "0.82.0", "0.62.1"))


@structs.frozen(kw_only=True)
class AdotLayerBindConfig:
    """What an ADOT layer version gives the function: the layer ARN."""

    arn: str


class AdotLayerVersion:
    """The ADOT layer of a function (``AdotInstrumentationConfig.layer_version``): create with ``from_*``.

    Args:
        version: the ADOT layer version (a constant of one of the ``AdotLambdaLayer*Version`` classes).
    """

    def __init__(self, version: _AdotLambdaLayerVersion) -> None:
        self._version = version

    @staticmethod
    def from_java_sdk_layer_version(version: AdotLambdaLayerJavaSdkVersion) -> AdotLayerVersion:
        """The ADOT Java SDK layer ``version``."""
        return AdotLayerVersion(version)

    @staticmethod
    def from_java_auto_instrumentation_layer_version(
            version: AdotLambdaLayerJavaAutoInstrumentationVersion) -> AdotLayerVersion:
        """The ADOT Java auto-instrumentation layer ``version``."""
        return AdotLayerVersion(version)

    @staticmethod
    def from_java_script_sdk_layer_version(version: AdotLambdaLayerJavaScriptSdkVersion) -> AdotLayerVersion:
        """The ADOT JavaScript SDK layer ``version``."""
        return AdotLayerVersion(version)

    @staticmethod
    def from_python_sdk_layer_version(version: AdotLambdaLayerPythonSdkVersion) -> AdotLayerVersion:
        """The ADOT Python SDK layer ``version``."""
        return AdotLayerVersion(version)

    @staticmethod
    def from_generic_layer_version(version: AdotLambdaLayerGenericVersion) -> AdotLayerVersion:
        """The ADOT generic (collector) layer ``version``."""
        return AdotLayerVersion(version)

    def _bind(self, fn: Any) -> AdotLayerBindConfig:
        return AdotLayerBindConfig(arn=self._version.layer_arn(fn.stack, fn.architecture))


@structs.frozen(kw_only=True)
class AdotInstrumentationConfig:
    """ADOT instrumentation of a function.

    Args:
        exec_wrapper: the wrapper script.
        layer_version: the ADOT layer (``AdotLayerVersion.from_*``).
    """

    exec_wrapper: AdotLambdaExecWrapper
    layer_version: AdotLayerVersion
