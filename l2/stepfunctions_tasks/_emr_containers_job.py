"""EMR on EKS job task: ``EmrContainersStartJobRun``, its job driver, application configuration, monitoring,
``Classification`` and ``ReleaseLabel``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import ArnFormat, Construct, Duration, Stack, ValidationError
from constructs.internals import structs
from l2.stepfunctions import Credentials, IntegrationPattern, QueryLanguage, TaskInput, TaskStateBase, Timeout
from l2.stepfunctions_tasks._emr_containers_cluster import VirtualClusterInput
from l2.stepfunctions_tasks._private.task_utils import (
    TaskProps,
    actual_query_language,
    field,
    integration_resource_arn,
    is_json_path_or_jsonata_expression,
    task_kwargs,
    validate_pattern_supported,
)

if TYPE_CHECKING:
    from l2.iam import IPrincipal, IRole
    from l2.logs import ILogGroup
    from l2.s3 import IBucket

_PATTERNS = (IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB)


class Classification:
    """The classification within a EMR Containers application configuration (extend it with ``Classification(name)``).

    Args:
        classification_statement: A literal string in case a new EMR classification is released
    """

    SPARK: Classification
    """Sets the maximizeResourceAllocation property to true or false."""
    SPARK_DEFAULTS: Classification
    """Sets values in the spark-defaults.conf file."""
    SPARK_ENV: Classification
    """Sets values in the spark-env.sh file."""
    SPARK_HIVE_SITE: Classification
    """Sets values in the hive-site.xml for Spark."""
    SPARK_LOG4_J: Classification
    """Sets values in the log4j.properties file."""
    SPARK_METRICS: Classification
    """Sets values in the metrics.properties file."""

    def __init__(self, classification_statement: str) -> None:
        self.classification_statement = classification_statement


Classification.SPARK = Classification("spark")
Classification.SPARK_DEFAULTS = Classification("spark-defaults")
Classification.SPARK_ENV = Classification("spark-env")
Classification.SPARK_HIVE_SITE = Classification("spark-hive-site")
Classification.SPARK_LOG4_J = Classification("spark-log4j")
Classification.SPARK_METRICS = Classification("spark-metrics")


class ReleaseLabel:
    """The Amazon EMR release version to use for the job run (``ReleaseLabel("emr-x.y.z-latest")`` for others).

    Args:
        label: A literal string that contains the release-version ex. 'emr-x.x.x-latest'
    """

    EMR_5_32_0: ReleaseLabel
    """EMR Release version 5.32.0."""
    EMR_5_33_0: ReleaseLabel
    """EMR Release version 5.33.0."""
    EMR_6_2_0: ReleaseLabel
    """EMR Release version 6.2.0."""
    EMR_6_3_0: ReleaseLabel
    """EMR Release version 6.3.0."""

    def __init__(self, label: str) -> None:
        self.label = label


ReleaseLabel.EMR_5_32_0 = ReleaseLabel("emr-5.32.0-latest")
ReleaseLabel.EMR_5_33_0 = ReleaseLabel("emr-5.33.0-latest")
ReleaseLabel.EMR_6_2_0 = ReleaseLabel("emr-6.2.0-latest")
ReleaseLabel.EMR_6_3_0 = ReleaseLabel("emr-6.3.0-latest")


@structs.frozen(kw_only=True)
class ApplicationConfiguration:
    """A configuration specification to be used when provisioning virtual clusters, which can include configurations for applications and software bundled with Amazon EMR on EKS.

    Attributes:
        classification: The classification within a configuration
        nested_config: A list of additional configurations to apply within a configuration object
        properties: A set of properties specified within a configuration classification
    """

    classification: Classification
    nested_config: Sequence[ApplicationConfiguration] | None = None
    properties: Mapping[str, str] | None = None


@structs.frozen(kw_only=True)
class JobDriver:
    """Specify the driver that the EMR Containers job runs on.

    Attributes:
        spark_submit_job_driver: The job driver parameters specified for spark submit
    """

    spark_submit_job_driver: SparkSubmitJobDriver


@structs.frozen(kw_only=True)
class Monitoring:
    """Configuration setting for monitoring.

    Attributes:
        log_bucket: Amazon S3 Bucket for monitoring log publishing
        logging: Enable logging for this job
        log_group: A log group for CloudWatch monitoring
        log_stream_name_prefix: A log stream name prefix for Cloudwatch monitoring
        persistent_app_ui: Monitoring configurations for the persistent application UI.
    """

    log_bucket: IBucket | None = None
    logging: bool | None = None
    log_group: ILogGroup | None = None
    log_stream_name_prefix: str | None = None
    persistent_app_ui: bool | None = None


@structs.frozen(kw_only=True)
class SparkSubmitJobDriver:
    """The information about job driver for Spark submit.

    Attributes:
        entry_point: The entry point of job application
        entry_point_arguments: The arguments for a job application in a task input object containing an array of strings
        spark_submit_parameters: The Spark submit parameters that are used for job runs
    """

    entry_point: TaskInput
    entry_point_arguments: TaskInput | None = None
    spark_submit_parameters: str | None = None


@structs.frozen(kw_only=True)
class EmrContainersStartJobRunJsonPathProps:
    """Properties for calling EMR Containers StartJobRun using JSONPath.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        credentials: Credentials for an IAM Role that the State Machine assumes for executing the task
        heartbeat: (deprecated) Timeout for the heartbeat
        heartbeat_timeout: Timeout for the heartbeat
        integration_pattern: AWS Step Functions integrates with services directly in the Amazon States Language
        task_timeout: Timeout for the task
        timeout: (deprecated) Timeout for the task
        assign: Workflow variables to store in this step
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
        result_path: JSONPath expression to indicate where to inject the state's output
        result_selector: The JSON that will replace the state's raw result and become the effective result before ResultPath is applied
        job_driver: The job driver for the job run
        release_label: The Amazon EMR release version to use for the job run
        virtual_cluster: The ID of the virtual cluster where the job will be run
        application_config: The configurations for the application running in the job run
        execution_role: The execution role for the job run
        job_name: The name of the job run
        monitoring: Configuration for monitoring the job run
        tags: The tags assigned to job runs
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    credentials: Credentials | None = None
    heartbeat: Duration | None = None
    heartbeat_timeout: Timeout | None = None
    integration_pattern: IntegrationPattern | None = None
    task_timeout: Timeout | None = None
    timeout: Duration | None = None
    assign: Mapping[str, object] | None = None
    input_path: str | None = None
    output_path: str | None = None
    result_path: str | None = None
    result_selector: Mapping[str, object] | None = None
    job_driver: JobDriver
    release_label: ReleaseLabel
    virtual_cluster: VirtualClusterInput
    application_config: Sequence[ApplicationConfiguration] | None = None
    execution_role: IRole | None = None
    job_name: str | None = None
    monitoring: Monitoring | None = None
    tags: Mapping[str, str] | None = None


@structs.frozen(kw_only=True)
class EmrContainersStartJobRunJsonataProps:
    """Properties for calling EMR Containers StartJobRun using JSONata.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        credentials: Credentials for an IAM Role that the State Machine assumes for executing the task
        heartbeat: (deprecated) Timeout for the heartbeat
        heartbeat_timeout: Timeout for the heartbeat
        integration_pattern: AWS Step Functions integrates with services directly in the Amazon States Language
        task_timeout: Timeout for the task
        timeout: (deprecated) Timeout for the task
        assign: Workflow variables to store in this step
        outputs: Used to specify and transform output from the state
        job_driver: The job driver for the job run
        release_label: The Amazon EMR release version to use for the job run
        virtual_cluster: The ID of the virtual cluster where the job will be run
        application_config: The configurations for the application running in the job run
        execution_role: The execution role for the job run
        job_name: The name of the job run
        monitoring: Configuration for monitoring the job run
        tags: The tags assigned to job runs
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    credentials: Credentials | None = None
    heartbeat: Duration | None = None
    heartbeat_timeout: Timeout | None = None
    integration_pattern: IntegrationPattern | None = None
    task_timeout: Timeout | None = None
    timeout: Duration | None = None
    assign: Mapping[str, object] | None = None
    outputs: object = None
    job_driver: JobDriver
    release_label: ReleaseLabel
    virtual_cluster: VirtualClusterInput
    application_config: Sequence[ApplicationConfiguration] | None = None
    execution_role: IRole | None = None
    job_name: str | None = None
    monitoring: Monitoring | None = None
    tags: Mapping[str, str] | None = None


@structs.frozen(kw_only=True)
class EmrContainersStartJobRunProps:
    """The props for a EMR Containers StartJobRun Task.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        credentials: Credentials for an IAM Role that the State Machine assumes for executing the task
        heartbeat: (deprecated) Timeout for the heartbeat
        heartbeat_timeout: Timeout for the heartbeat
        integration_pattern: AWS Step Functions integrates with services directly in the Amazon States Language
        task_timeout: Timeout for the task
        timeout: (deprecated) Timeout for the task
        assign: Workflow variables to store in this step
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
        outputs: Used to specify and transform output from the state
        result_path: JSONPath expression to indicate where to inject the state's output
        result_selector: The JSON that will replace the state's raw result and become the effective result before ResultPath is applied
        job_driver: The job driver for the job run
        release_label: The Amazon EMR release version to use for the job run
        virtual_cluster: The ID of the virtual cluster where the job will be run
        application_config: The configurations for the application running in the job run
        execution_role: The execution role for the job run
        job_name: The name of the job run
        monitoring: Configuration for monitoring the job run
        tags: The tags assigned to job runs
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    credentials: Credentials | None = None
    heartbeat: Duration | None = None
    heartbeat_timeout: Timeout | None = None
    integration_pattern: IntegrationPattern | None = None
    task_timeout: Timeout | None = None
    timeout: Duration | None = None
    assign: Mapping[str, object] | None = None
    input_path: str | None = None
    output_path: str | None = None
    outputs: object = None
    result_path: str | None = None
    result_selector: Mapping[str, object] | None = None
    job_driver: JobDriver
    release_label: ReleaseLabel
    virtual_cluster: VirtualClusterInput
    application_config: Sequence[ApplicationConfiguration] | None = None
    execution_role: IRole | None = None
    job_name: str | None = None
    monitoring: Monitoring | None = None
    tags: Mapping[str, str] | None = None


class EmrContainersStartJobRun(TaskStateBase):
    """Starts a job run.

    Args:
        job_driver: The job driver for the job run
        release_label: The Amazon EMR release version to use for the job run
        virtual_cluster: The ID of the virtual cluster where the job will be run
        application_config: The configurations for the application running in the job run
        execution_role: The execution role for the job run
        job_name: The name of the job run
        monitoring: Configuration for monitoring the job run
        tags: The tags assigned to job runs
        result_path: JSONPath expression to indicate where to inject the state's output
        result_selector: The JSON that will replace the state's raw result and become the effective result before ResultPath is applied
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        credentials: Credentials for an IAM Role that the State Machine assumes for executing the task
        heartbeat: (deprecated) Timeout for the heartbeat
        heartbeat_timeout: Timeout for the heartbeat
        integration_pattern: AWS Step Functions integrates with services directly in the Amazon States Language
        task_timeout: Timeout for the task
        timeout: (deprecated) Timeout for the task
        assign: Workflow variables to store in this step
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
        outputs: Used to specify and transform output from the state
    """

    @staticmethod
    def json_path(
        scope: Construct,
        id: str,
        *,
        job_driver: JobDriver,
        release_label: ReleaseLabel,
        virtual_cluster: VirtualClusterInput,
        application_config: Sequence[ApplicationConfiguration] | None = None,
        execution_role: IRole | None = None,
        job_name: str | None = None,
        monitoring: Monitoring | None = None,
        tags: Mapping[str, str] | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, object] | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        credentials: Credentials | None = None,
        heartbeat: Duration | None = None,
        heartbeat_timeout: Timeout | None = None,
        integration_pattern: IntegrationPattern | None = None,
        task_timeout: Timeout | None = None,
        timeout: Duration | None = None,
        assign: Mapping[str, object] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
    ) -> EmrContainersStartJobRun:
        """Starts a job run Task using JSONPath."""
        kwargs = task_kwargs(locals())
        return EmrContainersStartJobRun(scope, id, **kwargs)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        job_driver: JobDriver,
        release_label: ReleaseLabel,
        virtual_cluster: VirtualClusterInput,
        application_config: Sequence[ApplicationConfiguration] | None = None,
        execution_role: IRole | None = None,
        job_name: str | None = None,
        monitoring: Monitoring | None = None,
        tags: Mapping[str, str] | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        credentials: Credentials | None = None,
        heartbeat: Duration | None = None,
        heartbeat_timeout: Timeout | None = None,
        integration_pattern: IntegrationPattern | None = None,
        task_timeout: Timeout | None = None,
        timeout: Duration | None = None,
        assign: Mapping[str, object] | None = None,
        outputs: object = None,
    ) -> EmrContainersStartJobRun:
        """Starts a job run Task using JSONata."""
        kwargs = task_kwargs(locals())
        kwargs["query_language"] = QueryLanguage.JSONATA
        return EmrContainersStartJobRun(scope, id, **kwargs)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        job_driver: JobDriver,
        release_label: ReleaseLabel,
        virtual_cluster: VirtualClusterInput,
        application_config: Sequence[ApplicationConfiguration] | None = None,
        execution_role: IRole | None = None,
        job_name: str | None = None,
        monitoring: Monitoring | None = None,
        tags: Mapping[str, str] | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, object] | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        credentials: Credentials | None = None,
        heartbeat: Duration | None = None,
        heartbeat_timeout: Timeout | None = None,
        integration_pattern: IntegrationPattern | None = None,
        task_timeout: Timeout | None = None,
        timeout: Duration | None = None,
        assign: Mapping[str, object] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
        outputs: object = None,
    ) -> None:
        props = TaskProps(locals())
        super().__init__(scope, id, **props.base())
        self._props = props
        self._setup(props)



    def _setup(self, props: TaskProps) -> None:
        from l2 import logs, s3

        self._integration_pattern = props.integration_pattern or IntegrationPattern.RUN_JOB
        validate_pattern_supported(self._integration_pattern, _PATTERNS)
        if props.application_config:
            self._validate_app_config(props.application_config)
        driver = field(props.job_driver, "spark_submit_job_driver")
        if driver:
            self._validate_spark_submit_job_driver(driver)
        cluster_id = props.virtual_cluster.id
        if props.execution_role is None and is_json_path_or_jsonata_expression(cluster_id):
            raise ValidationError("Execution role cannot be undefined when the virtual cluster ID is not a concrete "
                                  "value. Provide an execution role with the correct trust policy", self)
        monitoring = props.monitoring
        self._log_group: ILogGroup | None = field(monitoring, "log_group") or (
            logs.LogGroup(self, "Monitoring Log Group") if field(monitoring, "logging") else None)
        self._log_bucket: IBucket | None = field(monitoring, "log_bucket") or (
            s3.Bucket(self, "Monitoring Bucket") if field(monitoring, "logging") else None)
        self._role: IRole = props.execution_role or self._create_job_execution_role()
        self.grant_principal: IPrincipal = self._role
        """The principal to grant permissions to."""
        self._grant_monitoring_policies(self._role)
        self._task_policies = self._create_policy_statements(props)

    def _grant_monitoring_policies(self, role: IRole) -> None:
        from l2 import iam

        if self._log_bucket is not None:
            self._log_bucket.grant_read_write(role)
        if self._log_group is not None:
            self._log_group.grant_write(role)
            self._log_group.grant(role, "logs:DescribeLogStreams")
        role.add_to_principal_policy(iam.PolicyStatement(
            resources=[Stack.of(self).format_arn(service="logs", resource="*")], actions=["logs:DescribeLogGroups"]))

    def _create_job_execution_role(self) -> IRole:
        from l2 import iam
        from l2.stepfunctions_tasks._private.emr_containers_trust import update_role_trust_policy

        role = iam.Role(self, "Job-Execution-Role", assumed_by=iam.CompositePrincipal(
            iam.ServicePrincipal("emr-containers.amazonaws.com"), iam.ServicePrincipal("states.amazonaws.com")))
        self._grant_monitoring_policies(role)
        update_role_trust_policy(self, self._props.virtual_cluster.id, role)
        return role

    def _create_policy_statements(self, props: TaskProps) -> list[Any]:
        from l2 import iam

        stack = Stack.of(self)
        cluster_id = props.virtual_cluster.id
        dynamic = is_json_path_or_jsonata_expression(cluster_id)
        statements = [iam.PolicyStatement(
            resources=[stack.format_arn(arn_format=ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME,
                                        service="emr-containers", resource="virtualclusters",
                                        resource_name="*" if dynamic else cluster_id)],
            actions=["emr-containers:StartJobRun"],
            conditions={"StringEquals": {"emr-containers:ExecutionRoleArn": self._role.role_arn}})]
        if self._integration_pattern == IntegrationPattern.RUN_JOB:
            statements.append(iam.PolicyStatement(
                resources=[stack.format_arn(arn_format=ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME,
                                            service="emr-containers", resource="virtualclusters",
                                            resource_name="*" if dynamic else f"{cluster_id}/jobruns/*")],
                actions=["emr-containers:DescribeJobRun", "emr-containers:CancelJobRun"]))
        return statements

    def _validate_app_config(self, config: Sequence[Any] | None) -> None:
        if config is None:
            return
        if len(config) > 100:
            raise ValidationError(
                f"Application configuration array must have 100 or fewer entries. Received {len(config)}", self)
        for element in config:
            self._validate_app_config(field(element, "nested_config"))
        for element in config:
            properties = field(element, "properties")
            if properties is not None and len(properties) > 100:
                raise ValidationError("Application configuration properties must have 100 or fewer entries. "
                                      f"Received {len(properties)}", self)
        for element in config:
            if field(element, "properties") is None and field(element, "nested_config") is None:
                raise ValidationError("Application configuration must have either properties or nested app "
                                      "configurations defined.", self)

    def _validate_spark_submit_job_driver(self, driver: Any) -> None:
        entry_point = field(driver, "entry_point").value
        if not is_json_path_or_jsonata_expression(entry_point) and (len(entry_point) > 256 or len(entry_point) < 1):
            raise ValidationError(
                f"Entry point must be between 1 and 256 characters in length. Received {len(entry_point)}.", self)
        arguments = field(driver, "entry_point_arguments")
        if arguments:
            value = arguments.value
            if isinstance(value, str):
                if not is_json_path_or_jsonata_expression(value):
                    raise ValidationError(
                        "Entry point arguments must be a string array or an encoded JSON path or JSONata expression, "
                        "but received a non JSON path or JSONata expression string", self)
            elif not _is_array_of_strings(value):
                raise ValidationError("Entry point arguments must be a string array or an encoded JSON path or "
                                      f"JSONata expression but received {_js_typeof(value)}.", self)
            if _is_array_of_strings(value) and (len(value) > 10280 or len(value) < 1):
                raise ValidationError("Entry point arguments must be a string array between 1 and 10280 in length. "
                                      f"Received {len(value)}.", self)
        parameters = field(driver, "spark_submit_parameters")
        if parameters and (len(parameters) > 102400 or len(parameters) < 1):
            raise ValidationError("Spark submit parameters must be between 1 and 102400 characters in length. "
                                  f"Received {len(parameters)}.", self)

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        props = self._props
        query_language = actual_query_language(top_level_query_language, props.query_language)
        driver = field(props.job_driver, "spark_submit_job_driver")
        arguments = field(driver, "entry_point_arguments") if driver else None
        monitoring = props.monitoring
        return {
            "Resource": integration_resource_arn("emr-containers", "startJobRun", self._integration_pattern),
            **self._render_parameters_or_arguments({
                "VirtualClusterId": props.virtual_cluster.id,
                "Name": props.job_name,
                "ExecutionRoleArn": self._role.role_arn,
                "ReleaseLabel": props.release_label.label,
                "JobDriver": {"SparkSubmitJobDriver": {
                    "EntryPoint": field(driver, "entry_point").value if driver else None,
                    "EntryPointArguments": arguments.value if arguments else None,
                    "SparkSubmitParameters": field(driver, "spark_submit_parameters") if driver else None,
                }},
                "ConfigurationOverrides": {
                    "ApplicationConfiguration": (None if props.application_config is None
                                                 else [_app_config_json(c) for c in props.application_config]),
                    "MonitoringConfiguration": {
                        "CloudWatchMonitoringConfiguration": None if self._log_group is None else {
                            "LogGroupName": self._log_group.log_group_name,
                            "LogStreamNamePrefix": field(monitoring, "log_stream_name_prefix"),
                        },
                        "PersistentAppUI": "DISABLED" if field(monitoring, "persistent_app_ui") is False else "ENABLED",
                        "S3MonitoringConfiguration": None if self._log_bucket is None else {
                            "LogUri": self._log_bucket.s3_url_for_object()},
                    },
                },
                "Tags": props.tags,
            }, query_language),
        }


def _app_config_json(config: Any) -> dict[str, Any]:
    nested = field(config, "nested_config")
    return {
        "Classification": field(config, "classification").classification_statement,
        "Properties": field(config, "properties"),
        "Configurations": [_app_config_json(c) for c in nested] if nested is not None else None,
    }


def _is_array_of_strings(value: Any) -> bool:
    return isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value)


def _js_typeof(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    return "object"
