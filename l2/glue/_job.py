"""Glue jobs: ``JobBase`` (events, metrics, imports), ``Job``/``SparkJob`` (shared settings) and their props."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    Annotations,
    Construct,
    Duration,
    Resource,
    Stack,
    Token,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import structs
from l1.interfaces.glue import JobReference
from l2._private.metric_options import given_options as _given
from l2.glue._code import Code
from l2.glue._constants import GlueVersion, JobState, MetricType, WorkerType
from l2.glue._interfaces import (  # runtime: the argument checks resolve them
    IConnection,
    IJob,
    ISecurityConfiguration,
)

if TYPE_CHECKING:
    from l2.cloudwatch import Metric, Unit
    from l2.events import EventPattern, IRuleTarget, Rule
    from l2.iam import IPrincipal, IRole
    from l2.logs import ILogGroup
    from l2.s3 import IBucket

_SECRET_KEY = re.compile(r"pass(word|wd)?|secret|token|credential|api[-_]?key|private[-_]?key|access[-_]?key",
                         re.IGNORECASE)


def warn_on_plaintext_secrets(scope: Construct, values: Mapping[str, Any] | None, code: str, remedy: str) -> None:
    """Warn when keys that look like secrets hold literal values."""
    if not values:
        return
    flagged = [k for k, v in values.items() if _SECRET_KEY.search(k) and not Token.is_unresolved(v)]
    if not flagged:
        return
    what = "key appears" if len(flagged) == 1 else "keys appear"
    keys = ", ".join(json.dumps(k) for k in flagged)
    Annotations.of(scope).add_warning_v2(
        code, f"the following {what} to hold a plaintext secret and will be stored in plaintext in the "
              f"synthesized template: {keys}. {remedy}")


@structs.frozen(kw_only=True)
class ContinuousLoggingProps:
    """Continuous CloudWatch logging of a job.

    Args:
        enabled: turn it on.
        conversion_pattern: a Log4j conversion pattern.
        log_group: a log group (default ``/aws-glue/jobs/logs-v2``).
        log_stream_prefix: the log stream prefix (default the job run id).
        quiet: filter out non-useful Apache Spark driver/executor and Hadoop YARN messages.
    """

    enabled: bool
    conversion_pattern: str | None = None
    log_group: ILogGroup | None = None
    log_stream_prefix: str | None = None
    quiet: bool | None = None


@structs.frozen(kw_only=True)
class SparkUIProps:
    """Spark UI event logs of a job.

    Args:
        bucket: the bucket for the logs (default a new one).
        prefix: the prefix in the bucket (must start and not end with ``/``).
    """

    bucket: IBucket | None = None
    prefix: str | None = None


@structs.frozen(kw_only=True)
class SparkUILoggingLocation:
    """Where a job's Spark UI logs go.

    Args:
        bucket: the bucket the Spark UI logs are written to.
        prefix: the key prefix of the logs (default: none).
    """

    bucket: IBucket
    prefix: str | None = None


@structs.frozen(kw_only=True)
class WorkerConfiguration:
    """The workers of a Spark job.

    Args:
        number_of_workers: how many.
        worker_type: which kind.
    """

    number_of_workers: int | float
    worker_type: WorkerType


@structs.frozen(kw_only=True)
class JobAttributes:
    """An existing job (``Job.from_job_attributes``).

    Args:
        job_name: the job's name.
        role: the job's role (default unknown: grants are no-ops with a warning).
    """

    job_name: str
    role: IRole | None = None


@structs.frozen(kw_only=True)
class JobProps:
    """The settings every job has (see ``PySparkEtlJob``)."""

    role: IRole
    script: Code
    connections: Sequence[IConnection] | None = None
    continuous_logging: ContinuousLoggingProps | None = None
    default_arguments: Mapping[str, str] | None = None
    description: str | None = None
    glue_version: GlueVersion | None = None
    job_name: str | None = None
    max_concurrent_runs: int | float | None = None
    max_retries: int | float | None = None
    security_configuration: ISecurityConfiguration | None = None
    tags: Mapping[str, str] | None = None
    timeout: Duration | None = None


@structs.frozen(kw_only=True)
class SparkJobProps(JobProps):
    """The settings of Spark jobs (see ``PySparkEtlJob``)."""

    enable_metrics: bool | None = None
    enable_observability_metrics: bool | None = None
    spark_ui: SparkUIProps | None = None
    worker_configuration: WorkerConfiguration | None = None


@structs.frozen(kw_only=True)
class SparkExtraCodeProps:
    """Extra code of a Spark job: files, jars and Python files.

    Args:
        extra_files: more files copied to the working directory (``--extra-files``; default: none).
        extra_jars: more jars on the classpath (``--extra-jars``; default: none).
        extra_jars_first: put the extra jars before Glue's own on the classpath (default: False).
        extra_python_files: more Python files on the path (``--extra-py-files``; default: none).
    """

    extra_files: Sequence[Code] | None = None
    extra_jars: Sequence[Code] | None = None
    extra_jars_first: bool | None = None
    extra_python_files: Sequence[Code] | None = None


class JobBase(Resource):
    """What every job has: name, ARN, event rules and metrics."""

    job_name: str
    job_arn: str
    grant_principal: IPrincipal

    @property
    def job_ref(self) -> JobReference:
        """A reference to this job (its name)."""
        return JobReference(job_name=self.job_name)

    def on_event(self, id: str, *, target: IRuleTarget | None = None, cross_stack_scope: Construct | None = None,
                 description: str | None = None, event_pattern: EventPattern | None = None,
                 rule_name: str | None = None) -> Rule:
        """An EventBridge rule for this job's state-change and run-status events.

        Args:
            id: the rule's construct id (under this job).
            target: where matching events go.
            cross_stack_scope: where supporting constructs go for a target in another stack.
            description: the rule's description.
            event_pattern: extra filtering.
            rule_name: a physical name for the rule.
        """
        from l2.events import Rule

        rule = Rule(self, id, cross_stack_scope=cross_stack_scope, description=description,
                    event_pattern=event_pattern, rule_name=rule_name)
        rule.add_target(target)
        from constructs.internals import analytics_call, analytics_quiet

        # aws-cdk-lib makes one call (pycdk one a key: the pattern keeps its key order: source, detail-type, detail)
        analytics_call(rule, "addEventPattern", [{
            "source": ["aws.glue"], "detailType": ["Glue Job State Change", "Glue Job Run Status"],
            "detail": {"jobName": [self.job_name]}}])
        with analytics_quiet():
            rule.add_event_pattern(source=["aws.glue"])
            rule.add_event_pattern(detail_type=["Glue Job State Change", "Glue Job Run Status"])
            rule.add_event_pattern(detail={"jobName": [self.job_name]})
        return rule

    def _on_state_change(self, id: str, state: JobState, options: dict[str, Any]) -> Rule:
        if options.get("description") is None:
            options["description"] = f"Rule triggered when Glue job {self.job_name} is in {state.value} state"
        from constructs.internals import analytics_literal

        # the rule's analytics metadata: aws-cdk-lib's {description, ...options}
        analytics_literal(self, id, {"description": options["description"],
                                     **{k: v for k, v in sorted(options.items()) if v is not None}})
        rule = self.on_event(id, **options)
        rule.add_event_pattern(detail={"state": [state.value]})
        return rule

    def on_success(self, id: str, *, target: IRuleTarget | None = None, cross_stack_scope: Construct | None = None,
                   description: str | None = None, event_pattern: EventPattern | None = None,
                   rule_name: str | None = None) -> Rule:
        """A rule for succeeded runs (arguments as ``on_event``)."""
        return self._on_state_change(id, JobState.SUCCEEDED, _given(locals(), "id"))

    def on_failure(self, id: str, *, target: IRuleTarget | None = None, cross_stack_scope: Construct | None = None,
                   description: str | None = None, event_pattern: EventPattern | None = None,
                   rule_name: str | None = None) -> Rule:
        """A rule for failed runs (arguments as ``on_event``)."""
        return self._on_state_change(id, JobState.FAILED, _given(locals(), "id"))

    def on_timeout(self, id: str, *, target: IRuleTarget | None = None, cross_stack_scope: Construct | None = None,
                   description: str | None = None, event_pattern: EventPattern | None = None,
                   rule_name: str | None = None) -> Rule:
        """A rule for timed-out runs (arguments as ``on_event``)."""
        return self._on_state_change(id, JobState.TIMEOUT, _given(locals(), "id"))

    def metric(self, metric_name: str, type: MetricType, *, account: str | None = None, color: str | None = None,
               dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
               period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
               stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
               visible: bool | None = None) -> Metric:
        """A Glue job metric (namespace ``Glue``, dimensions ``JobName``, ``JobRunId=ALL``, ``Type``)."""
        props = _given(locals(), "metric_name", "type")
        from l2.cloudwatch import Metric

        options: dict[str, Any] = {"metric_name": metric_name, "namespace": "Glue", "dimensions_map": {
            "JobName": self.job_name, "JobRunId": "ALL", "Type": type.value}}
        options.update(props)
        return Metric(**options).attach_to(self)

    def _metric_rule(self, rule_id: str, state: JobState, props: dict[str, Any]) -> Metric:
        from l2.cloudwatch import Metric, Stats

        found = self.node.try_find_child(rule_id)
        rule = found if found is not None else self._on_state_change(rule_id, state, {})
        options: dict[str, Any] = {"namespace": "AWS/Events", "metric_name": "TriggeredRules",
                                   "dimensions_map": {"RuleName": rule.rule_name},  # type: ignore[attr-defined]
                                   "statistic": Stats.SUM}
        options.update(props)
        return Metric(**options).attach_to(rule)

    def metric_success(self, *, account: str | None = None, color: str | None = None,
                       dimensions_map: Mapping[str, str] | None = None, id: str | None = None,
                       label: str | None = None, period: Duration | None = None, region: str | None = None,
                       stack_account: str | None = None, stack_region: str | None = None,
                       statistic: str | None = None, unit: Unit | None = None,
                       visible: bool | None = None) -> Metric:
        """How often the job succeeded (a rule's ``TriggeredRules``, sum over 5 minutes)."""
        return self._metric_rule("SuccessMetricRule", JobState.SUCCEEDED, _given(locals()))

    def metric_failure(self, *, account: str | None = None, color: str | None = None,
                       dimensions_map: Mapping[str, str] | None = None, id: str | None = None,
                       label: str | None = None, period: Duration | None = None, region: str | None = None,
                       stack_account: str | None = None, stack_region: str | None = None,
                       statistic: str | None = None, unit: Unit | None = None,
                       visible: bool | None = None) -> Metric:
        """How often the job failed."""
        return self._metric_rule("FailureMetricRule", JobState.FAILED, _given(locals()))

    def metric_timeout(self, *, account: str | None = None, color: str | None = None,
                       dimensions_map: Mapping[str, str] | None = None, id: str | None = None,
                       label: str | None = None, period: Duration | None = None, region: str | None = None,
                       stack_account: str | None = None, stack_region: str | None = None,
                       statistic: str | None = None, unit: Unit | None = None,
                       visible: bool | None = None) -> Metric:
        """How often the job timed out."""
        return self._metric_rule("TimeoutMetricRule", JobState.TIMEOUT, _given(locals()))

    def _build_job_arn(self, scope: Construct, job_name: str) -> str:
        return Stack.of(scope).format_arn(service="glue", resource="job", resource_name=job_name)


class _ImportedJob(JobBase):
    def __init__(self, scope: Construct, id: str, job_name: str, role: IRole | None) -> None:
        super().__init__(scope, id)
        self.job_name = job_name
        self.job_arn = self._build_job_arn(scope, job_name)
        if role is not None:
            self.grant_principal = role
        else:
            from l2.iam import UnknownPrincipal

            self.grant_principal = UnknownPrincipal(resource=self)


_RESERVED_ARGUMENTS = frozenset({"--debug", "--mode", "--JOB_NAME", "--endpoint"})


class Job(JobBase):
    """The base of the concrete jobs: managed job arguments, continuous logging, code binding."""

    role: IRole

    def __init__(self, scope: Construct, id: str, *, account: str | None = None,
                 environment_from_arn: str | None = None, physical_name: str | None = None,
                 region: str | None = None) -> None:
        super().__init__(scope, id, account=account, environment_from_arn=environment_from_arn,
                         physical_name=physical_name, region=region)
        self._managed_arguments: dict[str, str] = {}
        self._managed_argument_keys: set[str] = set()

    @staticmethod
    def from_job_attributes(scope: Construct, id: str, *, job_name: str, role: IRole | None = None) -> IJob:
        """An existing job by name."""
        return _ImportedJob(scope, id, job_name, role)

    def _set_managed_argument(self, key: str, value: str | None) -> None:
        self._managed_argument_keys.add(key)
        if value is not None:
            self._managed_arguments[key] = value

    def _merge_default_arguments(self, default_arguments: Mapping[str, str] | None) -> dict[str, str]:
        if default_arguments:
            if any(Token.is_unresolved(k) for k in default_arguments):
                Annotations.of(self).add_warning_v2(
                    "@aws-cdk/aws-glue-alpha:tokenJobArgumentKey",
                    "defaultArguments contains an unresolved token as an argument key, so it cannot be checked for "
                    "conflicts with construct-managed arguments. If it resolves to a managed argument at deploy "
                    "time, the construct-managed value will take precedence. Configure managed arguments through "
                    "their dedicated props (e.g. continuousLogging, enableMetrics, enableObservabilityMetrics, "
                    "sparkUI).")
            conflicts = [k for k in default_arguments if k in _RESERVED_ARGUMENTS or (
                k in self._managed_argument_keys and not (
                    k in self._managed_arguments and default_arguments[k] == self._managed_arguments[k]))]
            if conflicts:
                raise ValidationError(
                    f"the job argument(s) {json.dumps(conflicts, separators=(',', ':'))} are managed by the "
                    "construct or reserved by Glue; configure them through the corresponding props (e.g. "
                    "continuousLogging, enableMetrics, enableObservabilityMetrics, sparkUI) instead of "
                    "defaultArguments", self)
        warn_on_plaintext_secrets(
            self, default_arguments, "@aws-cdk/aws-glue-alpha:plaintextJobArgumentSecret",
            "Pass secrets to the job at runtime through AWS Secrets Manager instead of embedding them in "
            "`defaultArguments`.")
        return {**(default_arguments or {}), **self._managed_arguments}

    def _setup_continuous_logging(self, role: IRole, props: ContinuousLoggingProps | None,
                                  security_configuration: ISecurityConfiguration | None) -> None:
        enabled = props is None or bool(props.enabled)
        if enabled and security_configuration is None:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-glue-alpha:unencryptedContinuousLogging",
                "Continuous CloudWatch logging is enabled but no SecurityConfiguration with cloudWatchEncryption "
                "is attached. Job stdout and stderr will be written to an unencrypted CloudWatch log group. See "
                "https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html")
        log_group = props.log_group if enabled and props is not None else None
        if log_group is not None:
            log_group.grant_write(role)
        self._set_managed_argument("--enable-continuous-cloudwatch-log", "true" if enabled else None)
        self._set_managed_argument("--enable-continuous-log-filter",
                                   "true" if enabled and props is not None and props.quiet else None)
        self._set_managed_argument("--continuous-log-logGroup", log_group.log_group_name if log_group else None)
        self._set_managed_argument("--continuous-log-logStreamPrefix",
                                   props.log_stream_prefix if enabled and props is not None else None)
        self._set_managed_argument("--continuous-log-conversionPattern",
                                   props.conversion_pattern if enabled and props is not None else None)

    def _code_s3_object_url(self, code: Code) -> str:
        location = code.bind(self, self.role).s3_location
        return f"s3://{location.bucket_name}/{location.object_key}"

    def _common_cfn_props(self, job_name: str | None, description: str | None,
                          connections: Sequence[IConnection] | None,
                          max_concurrent_runs: int | float | None, timeout: Duration | None,
                          security_configuration: ISecurityConfiguration | None,
                          tags: Mapping[str, str] | None) -> dict[str, Any]:
        return {
            "name": job_name, "description": description, "role": self.role.role_arn,
            "execution_property": {"max_concurrent_runs": max_concurrent_runs} if max_concurrent_runs else None,
            "timeout": timeout.to_minutes() if timeout is not None else None,
            "connections": ({"connections": [c.connection_name for c in connections]}
                            if connections is not None else None),
            "security_configuration": (security_configuration.security_configuration_name
                                       if security_configuration is not None else None),
            "tags": tags,
        }


def _validate_spark_ui_prefix(prefix: str | None) -> None:
    if not prefix or Token.is_unresolved(prefix):
        return
    errors = []
    if not prefix.startswith("/"):
        errors.append("Prefix must begin with '/'")
    if prefix.endswith("/"):
        errors.append("Prefix must not end with '/'")
    if errors:
        raise UnscopedValidationError(f"Invalid prefix format (value: {prefix})\n" + "\n".join(errors))


class SparkJob(Job):
    """The base of the Spark jobs: worker settings, metrics arguments, the Spark UI bucket.

    Args:
        enable_metrics: job profiling metrics (default true).
        enable_observability_metrics: observability metrics (default true).
        spark_ui: Spark UI event logs (default off).
        worker_configuration: worker type and count (default 10 ``G_1X``).
        role / script / ...: see ``PySparkEtlJob``.
    """

    def __init__(self, scope: Construct, id: str, *, enable_metrics: bool | None = None,
                 enable_observability_metrics: bool | None = None, spark_ui: SparkUIProps | None = None,
                 worker_configuration: WorkerConfiguration | None = None, role: IRole, script: Code,
                 connections: Sequence[IConnection] | None = None,
                 continuous_logging: ContinuousLoggingProps | None = None,
                 default_arguments: Mapping[str, str] | None = None, description: str | None = None,
                 glue_version: GlueVersion | None = None, job_name: str | None = None,
                 max_concurrent_runs: int | float | None = None, max_retries: int | float | None = None,
                 security_configuration: ISecurityConfiguration | None = None,
                 tags: Mapping[str, str] | None = None, timeout: Duration | None = None) -> None:
        super().__init__(scope, id, physical_name=job_name)
        self.role = role
        """The job's role."""
        self.grant_principal = role
        """The principal grants go to (the role)."""
        self.spark_ui_logging_location: SparkUILoggingLocation | None = (
            self._setup_spark_ui(spark_ui) if spark_ui is not None else None)
        """Where the Spark UI logs go, if enabled."""

    def _setup_spark_ui(self, props: SparkUIProps) -> SparkUILoggingLocation:
        _validate_spark_ui_prefix(props.prefix)
        bucket = props.bucket
        if bucket is None:
            from l2.s3 import Bucket, BucketEncryption

            bucket = Bucket(self, "SparkUIBucket", enforce_ssl=True, encryption=BucketEncryption.S3_MANAGED)
        if props.prefix is not None:
            bucket.grant_read_write(self, props.prefix[1:] + "/*")
        else:
            bucket.grant_read_write(self)
        return SparkUILoggingLocation(prefix=props.prefix, bucket=bucket)

    def _non_executable_common_arguments(self, continuous_logging: ContinuousLoggingProps | None,
                                         security_configuration: ISecurityConfiguration | None,
                                         enable_metrics: bool | None,
                                         enable_observability_metrics: bool | None) -> None:
        self._setup_continuous_logging(self.role, continuous_logging, security_configuration)
        self._set_managed_argument("--enable-metrics", "" if enable_metrics is None or enable_metrics else None)
        self._set_managed_argument("--enable-observability-metrics",
                                   "true" if enable_observability_metrics is None or enable_observability_metrics
                                   else None)
        location = self.spark_ui_logging_location
        self._set_managed_argument("--enable-spark-ui", "true" if location else None)
        path = None
        if location is not None:
            path = location.bucket.s3_url_for_object(location.prefix)
            if not path.endswith("/"):
                path += "/"
        self._set_managed_argument("--spark-event-logs-path", path)

    def _setup_extra_code_arguments(self, extra_jars: Sequence[Code] | None, extra_jars_first: bool | None,
                                    extra_python_files: Sequence[Code] | None,
                                    extra_files: Sequence[Code] | None) -> None:
        def urls(codes: Sequence[Code] | None) -> str | None:
            return ",".join(self._code_s3_object_url(c) for c in codes) if codes else None

        self._set_managed_argument("--extra-jars", urls(extra_jars))
        self._set_managed_argument("--user-jars-first", "true" if extra_jars_first else None)
        self._set_managed_argument("--extra-py-files", urls(extra_python_files))
        self._set_managed_argument("--extra-files", urls(extra_files))
