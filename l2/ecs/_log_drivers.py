"""Log drivers of ECS containers: awslogs (with its log group), FireLens, fluentd, gelf, journald, json-file,
splunk, syslog, none and any other by name."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, SecretValue, Token, UnscopedValidationError
from l2.ecs._enums import AwsLogDriverMode, GelfCompressionType, SplunkLogFormat
from l2.ecs._misc import Secret, _js
from l2.ecs._structs import LogDriverConfig

if TYPE_CHECKING:
    from constructs import Size
    from l2.ecs._container import ContainerDefinition
    from l2.ecs._task_definition import TaskDefinition
    from l2.logs import ILogGroup, RetentionDays


def _remove_empty(options: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in options.items() if v is not None}


def _stringify(options: Mapping[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in _remove_empty(options).items():
        out[key] = value.unsafe_unwrap() if isinstance(value, SecretValue) else _js(value)
    return out


def _common(env: Sequence[str] | None, env_regex: str | None, labels: Sequence[str] | None,
            tag: str | None) -> dict[str, Any]:
    return {
        "tag": tag,
        "labels": ",".join(labels) if labels else None if labels is None else "",
        "env": ",".join(env) if env else None if env is None else "",
        "env-regex": env_regex,
    }


def _secret_options(secrets: Mapping[str, Secret], task_definition: TaskDefinition) -> list[Any]:
    from l1.ecs import CfnTaskDefinition

    out = []
    for name, secret in secrets.items():
        secret.grant_read(task_definition.obtain_execution_role())
        out.append(CfnTaskDefinition.SecretProperty(name=name, value_from=secret.arn))
    return out


def _ensure_in_range(value: float, start: int, end: int) -> None:
    if not Token.is_unresolved(value) and not start <= value <= end:
        raise UnscopedValidationError(f"`{_js(value)}` must be within range {start}:{end}")


def _ensure_positive_integer(value: float) -> None:
    if not Token.is_unresolved(value) and float(value).is_integer() and value < 0:
        raise UnscopedValidationError(f"`{_js(value)}` must be a positive integer.")


class LogDriver:
    """A log driver of a container: ``bind`` returns its configuration."""

    @staticmethod
    def aws_logs(
        *,
        stream_prefix: str,
        datetime_format: str | None = None,
        log_group: ILogGroup | None = None,
        log_retention: RetentionDays | None = None,
        max_buffer_size: Size | None = None,
        mode: AwsLogDriverMode | None = None,
        multiline_pattern: str | None = None,
    ) -> LogDriver:
        """The awslogs driver (CloudWatch Logs); the arguments are :class:`AwsLogDriver`'s."""
        return AwsLogDriver(
            stream_prefix=stream_prefix, datetime_format=datetime_format, log_group=log_group,
            log_retention=log_retention, max_buffer_size=max_buffer_size, mode=mode,
            multiline_pattern=multiline_pattern,
        )

    def bind(self, scope: Construct, container_definition: ContainerDefinition) -> LogDriverConfig:
        """The driver's configuration for ``container_definition``."""
        raise NotImplementedError


class AwsLogDriver(LogDriver):
    """The awslogs log driver: logs go to a CloudWatch log group (a new one unless ``log_group`` is given).

    Args:
        stream_prefix: the prefix of the log streams.
        datetime_format: the pattern that starts a multiline message (strftime format).
        log_group: the log group (default a new one in the container's scope).
        log_retention: the new log group's retention (default never expire).
        max_buffer_size: the buffer of the non-blocking mode.
        mode: blocking or non-blocking delivery.
        multiline_pattern: the regular expression that starts a multiline message.
    """

    def __init__(
        self,
        *,
        stream_prefix: str,
        datetime_format: str | None = None,
        log_group: ILogGroup | None = None,
        log_retention: RetentionDays | None = None,
        max_buffer_size: Size | None = None,
        mode: AwsLogDriverMode | None = None,
        multiline_pattern: str | None = None,
    ) -> None:
        if log_group is not None and log_retention is not None:
            raise UnscopedValidationError("Cannot specify both `logGroup` and `logRetentionDays`.")
        if max_buffer_size is not None and mode is not AwsLogDriverMode.NON_BLOCKING:
            raise UnscopedValidationError("Cannot specify `maxBufferSize` when the driver mode is blocking")
        self._stream_prefix = stream_prefix
        self._datetime_format = datetime_format
        self._log_group_prop = log_group
        self._log_retention = log_retention
        self._max_buffer_size = max_buffer_size
        self._mode = mode
        self._multiline_pattern = multiline_pattern
        self._log_group: Any = None

    @property
    def log_group(self) -> ILogGroup | None:
        """The log group, once bound."""
        return self._log_group

    @log_group.setter
    def log_group(self, value: ILogGroup | None) -> None:
        self._log_group = value

    def bind(self, scope: Construct, container_definition: ContainerDefinition) -> LogDriverConfig:
        """Create the log group if needed, let the execution role write to it, and return the options."""
        from constructs import SizeRoundingBehavior
        from l2 import logs
        from l2._private.iam_module import iam

        group = self._log_group_prop
        if group is None:
            group = logs.LogGroup(scope, "LogGroup", retention=self._log_retention or logs.RetentionDays.INFINITE)
        self._log_group = group
        buffer = (f"{self._max_buffer_size.to_bytes(rounding=SizeRoundingBehavior.FLOOR)}b"
                  if self._max_buffer_size is not None else None)
        container_definition.task_definition.obtain_execution_role().add_to_principal_policy(
            iam().PolicyStatement(actions=["logs:CreateLogStream", "logs:PutLogEvents"],
                                  resources=[group.log_group_arn])
        )
        return LogDriverConfig(log_driver="awslogs", options=_remove_empty({
            "awslogs-group": group.log_group_name,
            "awslogs-stream-prefix": self._stream_prefix,
            "awslogs-region": group.env.region,
            "awslogs-datetime-format": self._datetime_format,
            "awslogs-multiline-pattern": self._multiline_pattern,
            "mode": self._mode.value if self._mode is not None else None,
            "max-buffer-size": buffer,
        }))


class FireLensLogDriver(LogDriver):
    """The awsfirelens driver: logs go to the task's FireLens log router.

    Args:
        options: the router's output options.
        secret_options: secrets the router reads.
        env, env_regex, labels, tag: Docker's common log options (not rendered by this driver).
    """

    def __init__(
        self,
        *,
        options: Mapping[str, str] | None = None,
        secret_options: Mapping[str, Secret] | None = None,
        env: Sequence[str] | None = None,
        env_regex: str | None = None,
        labels: Sequence[str] | None = None,
        tag: str | None = None,
    ) -> None:
        self.options = options
        self.secret_options = secret_options

    def bind(self, _scope: Construct, _container_definition: ContainerDefinition) -> LogDriverConfig:
        """The awsfirelens configuration."""
        return LogDriverConfig(
            log_driver="awsfirelens",
            options=_remove_empty(self.options) if self.options is not None else None,
            secret_options=_secret_options(self.secret_options, _container_definition.task_definition)
            if self.secret_options else None,
        )


class FluentdLogDriver(LogDriver):
    """The fluentd log driver.

    Args:
        address: the fluentd daemon's ``host:port``.
        async_: send asynchronously.
        async_connect: connect asynchronously (deprecated by Docker).
        buffer_limit: the buffer size in events.
        max_retries: the retries before dropping events.
        retry_wait: the wait between retries.
        sub_second_precision: timestamps in nanoseconds.
        env, env_regex, labels, tag: Docker's common log options.
    """

    def __init__(
        self,
        *,
        address: str | None = None,
        async_: bool | None = None,
        async_connect: bool | None = None,
        buffer_limit: int | float | None = None,
        max_retries: int | float | None = None,
        retry_wait: Duration | None = None,
        sub_second_precision: bool | None = None,
        env: Sequence[str] | None = None,
        env_regex: str | None = None,
        labels: Sequence[str] | None = None,
        tag: str | None = None,
    ) -> None:
        self._options = {
            "fluentd-address": address, "fluentd-async-connect": async_connect, "fluentd-async": async_,
            "fluentd-buffer-limit": buffer_limit,
            "fluentd-retry-wait": retry_wait.to_seconds() if retry_wait is not None else None,
            "fluentd-max-retries": max_retries, "fluentd-sub-second-precision": sub_second_precision,
            **_common(env, env_regex, labels, tag),
        }

    def bind(self, _scope: Construct, _container_definition: ContainerDefinition) -> LogDriverConfig:
        """The fluentd options."""
        return LogDriverConfig(log_driver="fluentd", options=_stringify(self._options))


class GelfLogDriver(LogDriver):
    """The gelf (Graylog) log driver.

    Args:
        address: the GELF server address (``udp://host:port``).
        compression_level: -1 to 9.
        compression_type: gzip, zlib or none.
        tcp_max_reconnect: reconnection attempts (TCP).
        tcp_reconnect_delay: the wait between reconnections (TCP).
        env, env_regex, labels, tag: Docker's common log options.
    """

    def __init__(
        self,
        *,
        address: str,
        compression_level: int | float | None = None,
        compression_type: GelfCompressionType | None = None,
        tcp_max_reconnect: int | float | None = None,
        tcp_reconnect_delay: Duration | None = None,
        env: Sequence[str] | None = None,
        env_regex: str | None = None,
        labels: Sequence[str] | None = None,
        tag: str | None = None,
    ) -> None:
        if compression_level:
            _ensure_in_range(compression_level, -1, 9)
        if tcp_max_reconnect:
            _ensure_positive_integer(tcp_max_reconnect)
        self._options = {
            "gelf-address": address,
            "gelf-compression-type": compression_type.value if compression_type is not None else None,
            "gelf-compression-level": compression_level, "gelf-tcp-max-reconnect": tcp_max_reconnect,
            "gelf-tcp-reconnect-delay": tcp_reconnect_delay.to_seconds() if tcp_reconnect_delay else None,
            **_common(env, env_regex, labels, tag),
        }

    def bind(self, _scope: Construct, _container_definition: ContainerDefinition) -> LogDriverConfig:
        """The gelf options."""
        return LogDriverConfig(log_driver="gelf", options=_stringify(self._options))


class GenericLogDriver(LogDriver):
    """Any log driver by name, with its options as given.

    Args:
        log_driver: the driver's name.
        options: its options.
        secret_options: secrets it reads.
    """

    def __init__(
        self,
        *,
        log_driver: str,
        options: Mapping[str, str] | None = None,
        secret_options: Mapping[str, Secret] | None = None,
    ) -> None:
        self.log_driver = log_driver
        self.options = dict(options or {})
        self.secret_options = secret_options

    def bind(self, _scope: Construct, _container_definition: ContainerDefinition) -> LogDriverConfig:
        """The driver's name and options."""
        return LogDriverConfig(
            log_driver=self.log_driver, options=_remove_empty(self.options),
            secret_options=_secret_options(self.secret_options, _container_definition.task_definition)
            if self.secret_options else None,
        )


class JournaldLogDriver(LogDriver):
    """The journald log driver.

    Args:
        env, env_regex, labels, tag: Docker's common log options.
    """

    def __init__(
        self,
        *,
        env: Sequence[str] | None = None,
        env_regex: str | None = None,
        labels: Sequence[str] | None = None,
        tag: str | None = None,
    ) -> None:
        self._options = _common(env, env_regex, labels, tag)

    def bind(self, _scope: Construct, _container_definition: ContainerDefinition) -> LogDriverConfig:
        """The journald options."""
        return LogDriverConfig(log_driver="journald", options=_stringify(self._options))


class JsonFileLogDriver(LogDriver):
    """The json-file log driver.

    Args:
        compress: compress rotated files.
        max_file: the number of files kept.
        max_size: the size before rotation (``10m``).
        env, env_regex, labels, tag: Docker's common log options (``tag`` is not rendered).
    """

    def __init__(
        self,
        *,
        compress: bool | None = None,
        max_file: int | float | None = None,
        max_size: str | None = None,
        env: Sequence[str] | None = None,
        env_regex: str | None = None,
        labels: Sequence[str] | None = None,
        tag: str | None = None,
    ) -> None:
        if max_file and max_file < 0:
            raise UnscopedValidationError("`maxFile` must be a positive integer.")
        self._options = {
            "max-size": max_size, "max-file": max_file, "compress": compress,
            "labels": ",".join(labels) if labels is not None else None,
            "env": ",".join(env) if env is not None else None, "env-regex": env_regex,
        }

    def bind(self, _scope: Construct, _container_definition: ContainerDefinition) -> LogDriverConfig:
        """The json-file options."""
        return LogDriverConfig(log_driver="json-file", options=_stringify(self._options))


class NoneLogDriver(LogDriver):
    """No logs."""

    def bind(self, _scope: Construct, _container_definition: ContainerDefinition) -> LogDriverConfig:
        """The ``none`` driver."""
        return LogDriverConfig(log_driver="none")


class SplunkLogDriver(LogDriver):
    """The splunk log driver.

    Args:
        secret_token: the HEC token, as a secret.
        url: the Splunk Enterprise or Cloud instance.
        ca_name, ca_path: the certificate authority used to verify the server.
        format: the message format.
        gzip: compress with gzip.
        gzip_level: -1 to 9.
        index: the event index.
        insecure_skip_verify: skip TLS verification.
        source, source_type: the event source and source type.
        verify_connection: check the server at start.
        env, env_regex, labels, tag: Docker's common log options.
    """

    def __init__(
        self,
        *,
        secret_token: Secret,
        url: str,
        ca_name: str | None = None,
        ca_path: str | None = None,
        format: SplunkLogFormat | None = None,
        gzip: bool | None = None,
        gzip_level: int | float | None = None,
        index: str | None = None,
        insecure_skip_verify: str | None = None,
        source: str | None = None,
        source_type: str | None = None,
        verify_connection: bool | None = None,
        env: Sequence[str] | None = None,
        env_regex: str | None = None,
        labels: Sequence[str] | None = None,
        tag: str | None = None,
    ) -> None:
        if not secret_token:
            raise UnscopedValidationError("Please provide either token or secretToken.")
        if gzip_level:
            _ensure_in_range(gzip_level, -1, 9)
        self._secret_token = secret_token
        self._options = {
            "splunk-url": url, "splunk-source": source, "splunk-sourcetype": source_type,
            "splunk-index": index, "splunk-capath": ca_path, "splunk-caname": ca_name,
            "splunk-insecureskipverify": insecure_skip_verify,
            "splunk-format": format.value if format is not None else None,
            "splunk-verify-connection": verify_connection, "splunk-gzip": gzip, "splunk-gzip-level": gzip_level,
            **_common(env, env_regex, labels, tag),
        }

    def bind(self, _scope: Construct, _container_definition: ContainerDefinition) -> LogDriverConfig:
        """The splunk options, with the token as a secret option."""
        return LogDriverConfig(
            log_driver="splunk", options=_stringify(self._options),
            secret_options=_secret_options({"splunk-token": self._secret_token}, _container_definition.task_definition),
        )


class SyslogLogDriver(LogDriver):
    """The syslog log driver.

    Args:
        address: the syslog server (``tcp|udp|tcp+tls://host:port``).
        facility: the syslog facility.
        format: the message format.
        tls_ca_cert, tls_cert, tls_key: TLS files.
        tls_skip_verify: skip TLS verification.
        env, env_regex, labels, tag: Docker's common log options.
    """

    def __init__(
        self,
        *,
        address: str | None = None,
        facility: str | None = None,
        format: str | None = None,
        tls_ca_cert: str | None = None,
        tls_cert: str | None = None,
        tls_key: str | None = None,
        tls_skip_verify: bool | None = None,
        env: Sequence[str] | None = None,
        env_regex: str | None = None,
        labels: Sequence[str] | None = None,
        tag: str | None = None,
    ) -> None:
        self._options = {
            "syslog-address": address, "syslog-facility": facility, "syslog-tls-ca-cert": tls_ca_cert,
            "syslog-tls-cert": tls_cert, "syslog-tls-key": tls_key, "syslog-tls-skip-verify": tls_skip_verify,
            "syslog-format": format, **_common(env, env_regex, labels, tag),
        }

    def bind(self, _scope: Construct, _container_definition: ContainerDefinition) -> LogDriverConfig:
        """The syslog options."""
        return LogDriverConfig(log_driver="syslog", options=_stringify(self._options))


class LogDrivers:
    """Factories of every log driver."""

    @staticmethod
    def aws_logs(
        *,
        stream_prefix: str,
        datetime_format: str | None = None,
        log_group: ILogGroup | None = None,
        log_retention: RetentionDays | None = None,
        max_buffer_size: Size | None = None,
        mode: AwsLogDriverMode | None = None,
        multiline_pattern: str | None = None,
    ) -> LogDriver:
        """The awslogs driver (:class:`AwsLogDriver`)."""
        return AwsLogDriver(
            stream_prefix=stream_prefix, datetime_format=datetime_format, log_group=log_group,
            log_retention=log_retention, max_buffer_size=max_buffer_size, mode=mode,
            multiline_pattern=multiline_pattern,
        )

    @staticmethod
    def fluentd(
        *,
        address: str | None = None,
        async_: bool | None = None,
        async_connect: bool | None = None,
        buffer_limit: int | float | None = None,
        max_retries: int | float | None = None,
        retry_wait: Duration | None = None,
        sub_second_precision: bool | None = None,
        env: Sequence[str] | None = None,
        env_regex: str | None = None,
        labels: Sequence[str] | None = None,
        tag: str | None = None,
    ) -> LogDriver:
        """The fluentd driver (:class:`FluentdLogDriver`)."""
        return FluentdLogDriver(
            address=address, async_=async_, async_connect=async_connect, buffer_limit=buffer_limit,
            max_retries=max_retries, retry_wait=retry_wait, sub_second_precision=sub_second_precision,
            env=env, env_regex=env_regex, labels=labels, tag=tag,
        )

    @staticmethod
    def gelf(
        *,
        address: str,
        compression_level: int | float | None = None,
        compression_type: GelfCompressionType | None = None,
        tcp_max_reconnect: int | float | None = None,
        tcp_reconnect_delay: Duration | None = None,
        env: Sequence[str] | None = None,
        env_regex: str | None = None,
        labels: Sequence[str] | None = None,
        tag: str | None = None,
    ) -> LogDriver:
        """The gelf driver (:class:`GelfLogDriver`)."""
        return GelfLogDriver(
            address=address, compression_level=compression_level, compression_type=compression_type,
            tcp_max_reconnect=tcp_max_reconnect, tcp_reconnect_delay=tcp_reconnect_delay,
            env=env, env_regex=env_regex, labels=labels, tag=tag,
        )

    @staticmethod
    def journald(
        *,
        env: Sequence[str] | None = None,
        env_regex: str | None = None,
        labels: Sequence[str] | None = None,
        tag: str | None = None,
    ) -> LogDriver:
        """The journald driver (:class:`JournaldLogDriver`)."""
        return JournaldLogDriver(env=env, env_regex=env_regex, labels=labels, tag=tag)

    @staticmethod
    def json_file(
        *,
        compress: bool | None = None,
        max_file: int | float | None = None,
        max_size: str | None = None,
        env: Sequence[str] | None = None,
        env_regex: str | None = None,
        labels: Sequence[str] | None = None,
        tag: str | None = None,
    ) -> LogDriver:
        """The json-file driver (:class:`JsonFileLogDriver`)."""
        return JsonFileLogDriver(compress=compress, max_file=max_file, max_size=max_size, env=env,
                                 env_regex=env_regex, labels=labels, tag=tag)

    @staticmethod
    def splunk(
        *,
        secret_token: Secret,
        url: str,
        ca_name: str | None = None,
        ca_path: str | None = None,
        format: SplunkLogFormat | None = None,
        gzip: bool | None = None,
        gzip_level: int | float | None = None,
        index: str | None = None,
        insecure_skip_verify: str | None = None,
        source: str | None = None,
        source_type: str | None = None,
        verify_connection: bool | None = None,
        env: Sequence[str] | None = None,
        env_regex: str | None = None,
        labels: Sequence[str] | None = None,
        tag: str | None = None,
    ) -> LogDriver:
        """The splunk driver (:class:`SplunkLogDriver`)."""
        return SplunkLogDriver(
            secret_token=secret_token, url=url, ca_name=ca_name, ca_path=ca_path, format=format, gzip=gzip,
            gzip_level=gzip_level, index=index, insecure_skip_verify=insecure_skip_verify, source=source,
            source_type=source_type, verify_connection=verify_connection, env=env, env_regex=env_regex,
            labels=labels, tag=tag,
        )

    @staticmethod
    def syslog(
        *,
        address: str | None = None,
        facility: str | None = None,
        format: str | None = None,
        tls_ca_cert: str | None = None,
        tls_cert: str | None = None,
        tls_key: str | None = None,
        tls_skip_verify: bool | None = None,
        env: Sequence[str] | None = None,
        env_regex: str | None = None,
        labels: Sequence[str] | None = None,
        tag: str | None = None,
    ) -> LogDriver:
        """The syslog driver (:class:`SyslogLogDriver`)."""
        return SyslogLogDriver(
            address=address, facility=facility, format=format, tls_ca_cert=tls_ca_cert, tls_cert=tls_cert,
            tls_key=tls_key, tls_skip_verify=tls_skip_verify, env=env, env_regex=env_regex, labels=labels, tag=tag,
        )

    @staticmethod
    def none() -> LogDriver:
        """No logs."""
        return NoneLogDriver()

    @staticmethod
    def firelens(
        *,
        options: Mapping[str, str] | None = None,
        secret_options: Mapping[str, Secret] | None = None,
        env: Sequence[str] | None = None,
        env_regex: str | None = None,
        labels: Sequence[str] | None = None,
        tag: str | None = None,
    ) -> LogDriver:
        """The awsfirelens driver (:class:`FireLensLogDriver`)."""
        return FireLensLogDriver(options=options, secret_options=secret_options, env=env, env_regex=env_regex,
                                 labels=labels, tag=tag)
