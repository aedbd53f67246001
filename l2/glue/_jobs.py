"""The concrete Glue jobs: PySpark ETL/streaming/flex, Scala Spark ETL/streaming/flex and Python shell."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Annotations, Construct, Duration, ValidationError
from constructs.internals import cached_property, structs
from l2.glue._code import Code
from l2.glue._constants import (
    ExecutionClass,
    GlueVersion,
    JobLanguage,
    JobType,
    LibrarySet,
    MaxCapacity,
    PythonVersion,
    WorkerType,
)
from l2.glue._interfaces import (  # runtime: the argument checks resolve them
    IConnection,
    ISecurityConfiguration,
)
from l2.glue._job import (
    ContinuousLoggingProps,
    Job,
    JobProps,
    SparkJob,
    SparkJobProps,
    SparkUIProps,
    WorkerConfiguration,
)

if TYPE_CHECKING:
    from l1.glue import CfnJob
    from l2.iam import IRole


@structs.frozen(kw_only=True)
class PySparkEtlJobProps(SparkJobProps):
    """The properties of a ``PySparkEtlJob``."""

    extra_files: Sequence[Code] | None = None
    extra_jars: Sequence[Code] | None = None
    extra_jars_first: bool | None = None
    extra_python_files: Sequence[Code] | None = None
    job_run_queuing_enabled: bool | None = None
    notify_delay_after: Duration | None = None


@structs.frozen(kw_only=True)
class PySparkStreamingJobProps(SparkJobProps):
    """The properties of a ``PySparkStreamingJob``."""

    extra_files: Sequence[Code] | None = None
    extra_jars: Sequence[Code] | None = None
    extra_jars_first: bool | None = None
    extra_python_files: Sequence[Code] | None = None
    job_run_queuing_enabled: bool | None = None


@structs.frozen(kw_only=True)
class PySparkFlexEtlJobProps(SparkJobProps):
    """The properties of a ``PySparkFlexEtlJob``."""

    extra_files: Sequence[Code] | None = None
    extra_jars: Sequence[Code] | None = None
    extra_jars_first: bool | None = None
    extra_python_files: Sequence[Code] | None = None
    notify_delay_after: Duration | None = None


@structs.frozen(kw_only=True)
class ScalaSparkEtlJobProps(SparkJobProps):
    """The properties of a ``ScalaSparkEtlJob`` (see that class for each keyword)."""

    class_name: str
    extra_files: Sequence[Code] | None = None
    extra_jars: Sequence[Code] | None = None
    extra_jars_first: bool | None = None
    job_run_queuing_enabled: bool | None = None
    notify_delay_after: Duration | None = None


@structs.frozen(kw_only=True)
class ScalaSparkStreamingJobProps(SparkJobProps):
    """The properties of a ``ScalaSparkStreamingJob`` (see that class for each keyword)."""

    class_name: str
    extra_files: Sequence[Code] | None = None
    extra_jars: Sequence[Code] | None = None
    extra_jars_first: bool | None = None
    job_run_queuing_enabled: bool | None = None


@structs.frozen(kw_only=True)
class ScalaSparkFlexEtlJobProps(SparkJobProps):
    """The properties of a ``ScalaSparkFlexEtlJob`` (see that class for each keyword)."""

    class_name: str
    extra_files: Sequence[Code] | None = None
    extra_jars: Sequence[Code] | None = None
    extra_jars_first: bool | None = None
    notify_delay_after: Duration | None = None


@structs.frozen(kw_only=True)
class PythonShellJobProps(JobProps):
    """The properties of a ``PythonShellJob`` (see that class for each keyword)."""

    extra_python_files: Sequence[Code] | None = None
    job_run_queuing_enabled: bool | None = None
    library_set: LibrarySet | None = None
    max_capacity: MaxCapacity | None = None
    python_version: PythonVersion | None = None


class _SparkJobImpl(SparkJob):
    """The template shared by the six Spark jobs."""

    _command: JobType
    _language: JobLanguage
    _default_version: GlueVersion
    _flex = False
    _notify = True
    _python = True

    def _build(self, a: dict[str, Any]) -> None:
        self._set_managed_argument("--job-language", self._language.value)
        if not self._python:
            self._set_managed_argument("--class", a["class_name"])
        self._setup_extra_code_arguments(a.get("extra_jars"), a.get("extra_jars_first"),
                                         a.get("extra_python_files"), a.get("extra_files"))
        self._non_executable_common_arguments(a.get("continuous_logging"), a.get("security_configuration"),
                                              a.get("enable_metrics"), a.get("enable_observability_metrics"))
        default_arguments = self._merge_default_arguments(a.get("default_arguments"))
        queuing = a.get("job_run_queuing_enabled")
        max_retries = a.get("max_retries")
        if (not self._flex and self._command is JobType.ETL and self._python and queuing is True
                and max_retries is not None and max_retries > 0):
            Annotations.of(self).add_warning_v2(
                "GlueMaxRetriesQueuingEnabled",
                f"maxRetries was set to {max_retries}. Overriding it to 0 with since job run queuing is enabled "
                "(service constraint)")
        from l1.glue import CfnJob

        worker = a.get("worker_configuration")
        command: dict[str, Any] = {"name": self._command.value,
                                   "script_location": self._code_s3_object_url(a["script"])}
        if self._python:
            command["python_version"] = PythonVersion.THREE.value
        notify = a.get("notify_delay_after")
        props = self._common_cfn_props(a.get("job_name"), a.get("description"), a.get("connections"),
                                       a.get("max_concurrent_runs"), a.get("timeout"),
                                       a.get("security_configuration"), a.get("tags"))
        glue_version = a.get("glue_version") or self._default_version
        props.update({
            "command": command,
            "glue_version": glue_version.value,
            "worker_type": (worker.worker_type if worker else WorkerType.G_1X).value,
            "number_of_workers": worker.number_of_workers if worker else 10,
            "default_arguments": default_arguments,
        })
        if self._flex:
            props["max_retries"] = max_retries
            props["execution_class"] = ExecutionClass.FLEX.value
            props["job_run_queuing_enabled"] = False
        else:
            props["max_retries"] = 0 if queuing else max_retries
            props["job_run_queuing_enabled"] = bool(queuing)
        if self._notify and notify is not None:
            props["notification_property"] = {"notify_delay_after": notify.to_minutes()}
        self.resource: CfnJob = CfnJob(self, "Resource", **{k: v for k, v in props.items() if v is not None})

    @cached_property
    def job_name(self) -> str:  # type: ignore[override]
        """The job's name."""
        return self.get_resource_name_attribute(self.resource.ref)

    @cached_property
    def job_arn(self) -> str:  # type: ignore[override]
        """The job's ARN."""
        return self._build_job_arn(self, self.job_name)


def _spark_args(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if k not in ("self", "scope", "id", "__class__")}


_SPARK_BASE_KEYS = ("enable_metrics", "enable_observability_metrics", "spark_ui", "worker_configuration", "role",
                    "script", "connections", "continuous_logging", "default_arguments", "description",
                    "glue_version", "job_name", "max_concurrent_runs", "max_retries", "security_configuration",
                    "tags", "timeout")


def _base(a: dict[str, Any]) -> dict[str, Any]:
    return {k: a[k] for k in _SPARK_BASE_KEYS}


class PySparkEtlJob(_SparkJobImpl):
    """A PySpark ETL job (``AWS::Glue::Job``, command ``glueetl``, Glue 4.0 and 10 ``G_1X`` workers by default).

    Args:
        role: the job's IAM role.
        script: the script (``Code.from_asset`` or ``Code.from_bucket``).
        extra_files / extra_jars / extra_python_files: more code for the job (``--extra-*`` arguments).
        extra_jars_first: prefer the extra jars over Glue's (``--user-jars-first``).
        job_run_queuing_enabled: queue runs beyond the concurrency quota (forces ``max_retries`` to 0).
        notify_delay_after: notify after a run has been delayed this long.
        enable_metrics / enable_observability_metrics: default true.
        spark_ui: Spark UI event logs in S3.
        worker_configuration: worker type and count.
        connections: Glue connections the job uses.
        continuous_logging: continuous CloudWatch logging (default on).
        default_arguments: more job arguments (managed ones are refused).
        description / glue_version / job_name / max_concurrent_runs / max_retries / timeout / tags: job settings.
        security_configuration: the security configuration.
    """

    PROPERTY_INJECTION_ID = "@aws-cdk.aws-glue-alpha.PySparkEtlJob"
    """The id property injectors register for."""
    _command = JobType.ETL
    _language = JobLanguage.PYTHON
    _default_version = GlueVersion.V4_0

    def __init__(self, scope: Construct, id: str, *, extra_files: Sequence[Code] | None = None,
                 extra_jars: Sequence[Code] | None = None, extra_jars_first: bool | None = None,
                 extra_python_files: Sequence[Code] | None = None, job_run_queuing_enabled: bool | None = None,
                 notify_delay_after: Duration | None = None, enable_metrics: bool | None = None,
                 enable_observability_metrics: bool | None = None, spark_ui: SparkUIProps | None = None,
                 worker_configuration: WorkerConfiguration | None = None, role: IRole, script: Code,
                 connections: Sequence[IConnection] | None = None,
                 continuous_logging: ContinuousLoggingProps | None = None,
                 default_arguments: Mapping[str, str] | None = None, description: str | None = None,
                 glue_version: GlueVersion | None = None, job_name: str | None = None,
                 max_concurrent_runs: int | float | None = None, max_retries: int | float | None = None,
                 security_configuration: ISecurityConfiguration | None = None,
                 tags: Mapping[str, str] | None = None, timeout: Duration | None = None) -> None:
        a = _spark_args(locals())
        super().__init__(scope, id, **_base(a))
        self._build(a)


class PySparkStreamingJob(_SparkJobImpl):
    """A PySpark streaming job (command ``gluestreaming``; see ``PySparkEtlJob`` for the keywords)."""

    PROPERTY_INJECTION_ID = "@aws-cdk.aws-glue-alpha.PySparkStreamingJob"
    """The id property injectors register for."""
    _command = JobType.STREAMING
    _language = JobLanguage.PYTHON
    _default_version = GlueVersion.V4_0
    _notify = False

    def __init__(self, scope: Construct, id: str, *, extra_files: Sequence[Code] | None = None,
                 extra_jars: Sequence[Code] | None = None, extra_jars_first: bool | None = None,
                 extra_python_files: Sequence[Code] | None = None, job_run_queuing_enabled: bool | None = None,
                 enable_metrics: bool | None = None,
                 enable_observability_metrics: bool | None = None, spark_ui: SparkUIProps | None = None,
                 worker_configuration: WorkerConfiguration | None = None, role: IRole, script: Code,
                 connections: Sequence[IConnection] | None = None,
                 continuous_logging: ContinuousLoggingProps | None = None,
                 default_arguments: Mapping[str, str] | None = None, description: str | None = None,
                 glue_version: GlueVersion | None = None, job_name: str | None = None,
                 max_concurrent_runs: int | float | None = None, max_retries: int | float | None = None,
                 security_configuration: ISecurityConfiguration | None = None,
                 tags: Mapping[str, str] | None = None, timeout: Duration | None = None) -> None:
        a = _spark_args(locals())
        super().__init__(scope, id, **_base(a))
        self._build(a)


class PySparkFlexEtlJob(_SparkJobImpl):
    """A PySpark ETL job on flexible capacity (Glue 5.0 by default; see ``PySparkEtlJob`` for the keywords)."""

    PROPERTY_INJECTION_ID = "@aws-cdk.aws-glue-alpha.PySparkFlexEtlJob"
    """The id property injectors register for."""
    _command = JobType.ETL
    _language = JobLanguage.PYTHON
    _default_version = GlueVersion.V5_0
    _flex = True

    def __init__(self, scope: Construct, id: str, *, extra_files: Sequence[Code] | None = None,
                 extra_jars: Sequence[Code] | None = None, extra_jars_first: bool | None = None,
                 extra_python_files: Sequence[Code] | None = None,
                 notify_delay_after: Duration | None = None, enable_metrics: bool | None = None,
                 enable_observability_metrics: bool | None = None, spark_ui: SparkUIProps | None = None,
                 worker_configuration: WorkerConfiguration | None = None, role: IRole, script: Code,
                 connections: Sequence[IConnection] | None = None,
                 continuous_logging: ContinuousLoggingProps | None = None,
                 default_arguments: Mapping[str, str] | None = None, description: str | None = None,
                 glue_version: GlueVersion | None = None, job_name: str | None = None,
                 max_concurrent_runs: int | float | None = None, max_retries: int | float | None = None,
                 security_configuration: ISecurityConfiguration | None = None,
                 tags: Mapping[str, str] | None = None, timeout: Duration | None = None) -> None:
        a = _spark_args(locals())
        super().__init__(scope, id, **_base(a))
        self._build(a)


class ScalaSparkEtlJob(_SparkJobImpl):
    """A Scala Spark ETL job (``--class`` names the main class; see ``PySparkEtlJob`` for the other keywords).

    Args:
        class_name: the fully qualified name of the Scala class with the job's main method.
    """

    PROPERTY_INJECTION_ID = "@aws-cdk.aws-glue-alpha.ScalaSparkEtlJob"
    """The id property injectors register for."""
    _command = JobType.ETL
    _language = JobLanguage.SCALA
    _default_version = GlueVersion.V4_0
    _python = False

    def __init__(self, scope: Construct, id: str, *, class_name: str, extra_files: Sequence[Code] | None = None,
                 extra_jars: Sequence[Code] | None = None, extra_jars_first: bool | None = None,
                 job_run_queuing_enabled: bool | None = None,
                 notify_delay_after: Duration | None = None, enable_metrics: bool | None = None,
                 enable_observability_metrics: bool | None = None, spark_ui: SparkUIProps | None = None,
                 worker_configuration: WorkerConfiguration | None = None, role: IRole, script: Code,
                 connections: Sequence[IConnection] | None = None,
                 continuous_logging: ContinuousLoggingProps | None = None,
                 default_arguments: Mapping[str, str] | None = None, description: str | None = None,
                 glue_version: GlueVersion | None = None, job_name: str | None = None,
                 max_concurrent_runs: int | float | None = None, max_retries: int | float | None = None,
                 security_configuration: ISecurityConfiguration | None = None,
                 tags: Mapping[str, str] | None = None, timeout: Duration | None = None) -> None:
        a = _spark_args(locals())
        super().__init__(scope, id, **_base(a))
        self._build(a)


class ScalaSparkStreamingJob(_SparkJobImpl):
    """A Scala Spark streaming job (see ``ScalaSparkEtlJob``)."""

    PROPERTY_INJECTION_ID = "@aws-cdk.aws-glue-alpha.ScalaSparkStreamingJob"
    """The id property injectors register for."""
    _command = JobType.STREAMING
    _language = JobLanguage.SCALA
    _default_version = GlueVersion.V4_0
    _python = False
    _notify = False

    def __init__(self, scope: Construct, id: str, *, class_name: str, extra_files: Sequence[Code] | None = None,
                 extra_jars: Sequence[Code] | None = None, extra_jars_first: bool | None = None,
                 job_run_queuing_enabled: bool | None = None, enable_metrics: bool | None = None,
                 enable_observability_metrics: bool | None = None, spark_ui: SparkUIProps | None = None,
                 worker_configuration: WorkerConfiguration | None = None, role: IRole, script: Code,
                 connections: Sequence[IConnection] | None = None,
                 continuous_logging: ContinuousLoggingProps | None = None,
                 default_arguments: Mapping[str, str] | None = None, description: str | None = None,
                 glue_version: GlueVersion | None = None, job_name: str | None = None,
                 max_concurrent_runs: int | float | None = None, max_retries: int | float | None = None,
                 security_configuration: ISecurityConfiguration | None = None,
                 tags: Mapping[str, str] | None = None, timeout: Duration | None = None) -> None:
        a = _spark_args(locals())
        super().__init__(scope, id, **_base(a))
        self._build(a)


class ScalaSparkFlexEtlJob(_SparkJobImpl):
    """A Scala Spark ETL job on flexible capacity (Glue 5.0 by default; see ``ScalaSparkEtlJob``)."""

    PROPERTY_INJECTION_ID = "@aws-cdk.aws-glue-alpha.ScalaSparkFlexEtlJob"
    """The id property injectors register for."""
    _command = JobType.ETL
    _language = JobLanguage.SCALA
    _default_version = GlueVersion.V5_0
    _python = False
    _flex = True

    def __init__(self, scope: Construct, id: str, *, class_name: str, extra_files: Sequence[Code] | None = None,
                 extra_jars: Sequence[Code] | None = None, extra_jars_first: bool | None = None,
                 notify_delay_after: Duration | None = None, enable_metrics: bool | None = None,
                 enable_observability_metrics: bool | None = None, spark_ui: SparkUIProps | None = None,
                 worker_configuration: WorkerConfiguration | None = None, role: IRole, script: Code,
                 connections: Sequence[IConnection] | None = None,
                 continuous_logging: ContinuousLoggingProps | None = None,
                 default_arguments: Mapping[str, str] | None = None, description: str | None = None,
                 glue_version: GlueVersion | None = None, job_name: str | None = None,
                 max_concurrent_runs: int | float | None = None, max_retries: int | float | None = None,
                 security_configuration: ISecurityConfiguration | None = None,
                 tags: Mapping[str, str] | None = None, timeout: Duration | None = None) -> None:
        a = _spark_args(locals())
        super().__init__(scope, id, **_base(a))
        self._build(a)


class PythonShellJob(Job):
    """A Python shell job (command ``pythonshell``, Python 3.9, Glue 3.0 and 1/16 DPU by default).

    Args:
        role: the job's IAM role.
        script: the script.
        extra_python_files: more Python files (``--extra-py-files``).
        job_run_queuing_enabled: queue runs beyond the concurrency quota (forces ``max_retries`` to 0).
        library_set: the preloaded libraries (default ``ANALYTICS``).
        max_capacity: ``DPU_1_16TH`` (default) or ``DPU_1``.
        python_version: only ``THREE_NINE``.
        connections / continuous_logging / default_arguments / description / glue_version / job_name /
            max_concurrent_runs / max_retries / security_configuration / tags / timeout: as ``PySparkEtlJob``.
    """

    PROPERTY_INJECTION_ID = "@aws-cdk.aws-glue-alpha.PythonShellJob"
    """The id property injectors register for."""

    def __init__(self, scope: Construct, id: str, *, extra_python_files: Sequence[Code] | None = None,
                 job_run_queuing_enabled: bool | None = None, library_set: LibrarySet | None = None,
                 max_capacity: MaxCapacity | None = None, python_version: PythonVersion | None = None,
                 role: IRole, script: Code, connections: Sequence[IConnection] | None = None,
                 continuous_logging: ContinuousLoggingProps | None = None,
                 default_arguments: Mapping[str, str] | None = None, description: str | None = None,
                 glue_version: GlueVersion | None = None, job_name: str | None = None,
                 max_concurrent_runs: int | float | None = None, max_retries: int | float | None = None,
                 security_configuration: ISecurityConfiguration | None = None,
                 tags: Mapping[str, str] | None = None, timeout: Duration | None = None) -> None:
        super().__init__(scope, id, physical_name=job_name)
        if python_version is not None and python_version is not PythonVersion.THREE_NINE:
            raise ValidationError(
                f'Python shell jobs only support PythonVersion.THREE_NINE, got "{python_version.value}"', self)
        self.role = role
        """The job's role."""
        self.grant_principal = role
        """The principal grants go to (the role)."""
        self._setup_continuous_logging(role, continuous_logging, security_configuration)
        self._set_managed_argument("--job-language", JobLanguage.PYTHON.value)
        is_39 = python_version is None or python_version is PythonVersion.THREE_NINE
        self._set_managed_argument("library-set",
                                   (library_set or LibrarySet.ANALYTICS).value if is_39 else None)
        self._set_managed_argument("--extra-py-files", ",".join(
            self._code_s3_object_url(c) for c in extra_python_files) if extra_python_files else None)
        merged = self._merge_default_arguments(default_arguments)
        from l1.glue import CfnJob

        props = self._common_cfn_props(job_name, description, connections, max_concurrent_runs, timeout,
                                       security_configuration, tags)
        props.update({
            "command": {"name": JobType.PYTHON_SHELL.value, "script_location": self._code_s3_object_url(script),
                        "python_version": (python_version or PythonVersion.THREE_NINE).value},
            "glue_version": (glue_version or GlueVersion.V3_0).value,
            "max_capacity": (max_capacity or MaxCapacity.DPU_1_16TH).value,
            "max_retries": 0 if job_run_queuing_enabled else (max_retries or 0),
            "job_run_queuing_enabled": bool(job_run_queuing_enabled),
            "default_arguments": merged,
        })
        self.resource: CfnJob = CfnJob(self, "Resource", **{k: v for k, v in props.items() if v is not None})

    @cached_property
    def job_name(self) -> str:  # type: ignore[override]
        """The job's name."""
        return self.get_resource_name_attribute(self.resource.ref)

    @cached_property
    def job_arn(self) -> str:  # type: ignore[override]
        """The job's ARN."""
        return self._build_job_arn(self, self.job_name)
