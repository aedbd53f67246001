"""EMR cluster creation task: ``EmrCreateCluster`` and its nested structs and enumerations (the EMR
``RunJobFlow`` API's shapes)."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Aws, Construct, Duration, FeatureFlags, Size, Stack, Token, ValidationError
from constructs.internals import structs
from l2.stepfunctions import Credentials, IntegrationPattern, QueryLanguage, TaskStateBase, Timeout
from l2.stepfunctions_tasks._private import emr_cluster_utils as utils
from l2.stepfunctions_tasks._private.emr_cluster_utils import _map
from l2.stepfunctions_tasks._private.task_utils import (
    TaskProps,
    actual_query_language,
    field,
    integration_resource_arn,
    task_kwargs,
    validate_pattern_supported,
)

if TYPE_CHECKING:
    from l2.iam import IRole

_PATTERNS = (IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB)
_SERVICE_POLICY_V2 = "@aws-cdk/aws-stepfunctions-tasks:enableEmrServicePolicyV2"


@structs.frozen(kw_only=True)
class EmrCreateClusterJsonPathProps:
    """Properties for calling an AWS service's API action using JSONPath from your state machine across regions.

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
        instances: A specification of the number and type of Amazon EC2 instances
        name: The Name of the Cluster
        additional_info: A JSON string for selecting additional features
        applications: A case-insensitive list of applications for Amazon EMR to install and configure when launching the cluster
        auto_scaling_role: An IAM role for automatic scaling policies
        auto_termination_policy_idle_timeout: The amount of idle time after which the cluster automatically terminates
        bootstrap_actions: A list of bootstrap actions to run before Hadoop starts on the cluster nodes
        cluster_role: Also called instance profile and EC2 role
        configurations: The list of configurations supplied for the EMR cluster you are creating
        custom_ami_id: The ID of a custom Amazon EBS-backed Linux AMI.
        ebs_root_volume_iops: The IOPS of the EBS root device volume of the Linux AMI that is used for each EC2 instance
        ebs_root_volume_size: The size of the EBS root device volume of the Linux AMI that is used for each EC2 instance
        ebs_root_volume_throughput: The throughput, in MiB/s, of the EBS root device volume of the Linux AMI that is used for each EC2 instance
        kerberos_attributes: Attributes for Kerberos configuration when Kerberos authentication is enabled using a security configuration
        log_uri: The location in Amazon S3 to write the log files of the job flow
        managed_scaling_policy: The specified managed scaling policy for an Amazon EMR cluster
        release_label: The Amazon EMR release label, which determines the version of open-source application packages installed on the cluster
        scale_down_behavior: Specifies the way that individual Amazon EC2 instances terminate when an automatic scale-in activity occurs or an instance group is resized
        security_configuration: The name of a security configuration to apply to the cluster
        service_role: The IAM role that will be assumed by the Amazon EMR service to access AWS resources on your behalf
        step_concurrency_level: Specifies the step concurrency level to allow multiple steps to run in parallel
        tags: A list of tags to associate with a cluster and propagate to Amazon EC2 instances
        visible_to_all_users: A value of true indicates that all IAM users in the AWS account can perform cluster actions if they have the proper IAM policy permissions
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
    instances: EmrCreateCluster.InstancesConfigProperty
    name: str
    additional_info: str | None = None
    applications: Sequence[EmrCreateCluster.ApplicationConfigProperty] | None = None
    auto_scaling_role: IRole | None = None
    auto_termination_policy_idle_timeout: Duration | None = None
    bootstrap_actions: Sequence[EmrCreateCluster.BootstrapActionConfigProperty] | None = None
    cluster_role: IRole | None = None
    configurations: Sequence[EmrCreateCluster.ConfigurationProperty] | None = None
    custom_ami_id: str | None = None
    ebs_root_volume_iops: float | None = None
    ebs_root_volume_size: Size | None = None
    ebs_root_volume_throughput: float | None = None
    kerberos_attributes: EmrCreateCluster.KerberosAttributesProperty | None = None
    log_uri: str | None = None
    managed_scaling_policy: EmrCreateCluster.ManagedScalingPolicyProperty | None = None
    release_label: str | None = None
    scale_down_behavior: EmrCreateCluster.EmrClusterScaleDownBehavior | None = None
    security_configuration: str | None = None
    service_role: IRole | None = None
    step_concurrency_level: float | None = None
    tags: Mapping[str, str] | None = None
    visible_to_all_users: bool | None = None


@structs.frozen(kw_only=True)
class EmrCreateClusterJsonataProps:
    """Properties for calling an AWS service's API action using JSONata from your state machine across regions.

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
        instances: A specification of the number and type of Amazon EC2 instances
        name: The Name of the Cluster
        additional_info: A JSON string for selecting additional features
        applications: A case-insensitive list of applications for Amazon EMR to install and configure when launching the cluster
        auto_scaling_role: An IAM role for automatic scaling policies
        auto_termination_policy_idle_timeout: The amount of idle time after which the cluster automatically terminates
        bootstrap_actions: A list of bootstrap actions to run before Hadoop starts on the cluster nodes
        cluster_role: Also called instance profile and EC2 role
        configurations: The list of configurations supplied for the EMR cluster you are creating
        custom_ami_id: The ID of a custom Amazon EBS-backed Linux AMI.
        ebs_root_volume_iops: The IOPS of the EBS root device volume of the Linux AMI that is used for each EC2 instance
        ebs_root_volume_size: The size of the EBS root device volume of the Linux AMI that is used for each EC2 instance
        ebs_root_volume_throughput: The throughput, in MiB/s, of the EBS root device volume of the Linux AMI that is used for each EC2 instance
        kerberos_attributes: Attributes for Kerberos configuration when Kerberos authentication is enabled using a security configuration
        log_uri: The location in Amazon S3 to write the log files of the job flow
        managed_scaling_policy: The specified managed scaling policy for an Amazon EMR cluster
        release_label: The Amazon EMR release label, which determines the version of open-source application packages installed on the cluster
        scale_down_behavior: Specifies the way that individual Amazon EC2 instances terminate when an automatic scale-in activity occurs or an instance group is resized
        security_configuration: The name of a security configuration to apply to the cluster
        service_role: The IAM role that will be assumed by the Amazon EMR service to access AWS resources on your behalf
        step_concurrency_level: Specifies the step concurrency level to allow multiple steps to run in parallel
        tags: A list of tags to associate with a cluster and propagate to Amazon EC2 instances
        visible_to_all_users: A value of true indicates that all IAM users in the AWS account can perform cluster actions if they have the proper IAM policy permissions
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
    instances: EmrCreateCluster.InstancesConfigProperty
    name: str
    additional_info: str | None = None
    applications: Sequence[EmrCreateCluster.ApplicationConfigProperty] | None = None
    auto_scaling_role: IRole | None = None
    auto_termination_policy_idle_timeout: Duration | None = None
    bootstrap_actions: Sequence[EmrCreateCluster.BootstrapActionConfigProperty] | None = None
    cluster_role: IRole | None = None
    configurations: Sequence[EmrCreateCluster.ConfigurationProperty] | None = None
    custom_ami_id: str | None = None
    ebs_root_volume_iops: float | None = None
    ebs_root_volume_size: Size | None = None
    ebs_root_volume_throughput: float | None = None
    kerberos_attributes: EmrCreateCluster.KerberosAttributesProperty | None = None
    log_uri: str | None = None
    managed_scaling_policy: EmrCreateCluster.ManagedScalingPolicyProperty | None = None
    release_label: str | None = None
    scale_down_behavior: EmrCreateCluster.EmrClusterScaleDownBehavior | None = None
    security_configuration: str | None = None
    service_role: IRole | None = None
    step_concurrency_level: float | None = None
    tags: Mapping[str, str] | None = None
    visible_to_all_users: bool | None = None


@structs.frozen(kw_only=True)
class EmrCreateClusterProps:
    """Properties for calling an AWS service's API action from your state machine across regions.

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
        instances: A specification of the number and type of Amazon EC2 instances
        name: The Name of the Cluster
        additional_info: A JSON string for selecting additional features
        applications: A case-insensitive list of applications for Amazon EMR to install and configure when launching the cluster
        auto_scaling_role: An IAM role for automatic scaling policies
        auto_termination_policy_idle_timeout: The amount of idle time after which the cluster automatically terminates
        bootstrap_actions: A list of bootstrap actions to run before Hadoop starts on the cluster nodes
        cluster_role: Also called instance profile and EC2 role
        configurations: The list of configurations supplied for the EMR cluster you are creating
        custom_ami_id: The ID of a custom Amazon EBS-backed Linux AMI.
        ebs_root_volume_iops: The IOPS of the EBS root device volume of the Linux AMI that is used for each EC2 instance
        ebs_root_volume_size: The size of the EBS root device volume of the Linux AMI that is used for each EC2 instance
        ebs_root_volume_throughput: The throughput, in MiB/s, of the EBS root device volume of the Linux AMI that is used for each EC2 instance
        kerberos_attributes: Attributes for Kerberos configuration when Kerberos authentication is enabled using a security configuration
        log_uri: The location in Amazon S3 to write the log files of the job flow
        managed_scaling_policy: The specified managed scaling policy for an Amazon EMR cluster
        release_label: The Amazon EMR release label, which determines the version of open-source application packages installed on the cluster
        scale_down_behavior: Specifies the way that individual Amazon EC2 instances terminate when an automatic scale-in activity occurs or an instance group is resized
        security_configuration: The name of a security configuration to apply to the cluster
        service_role: The IAM role that will be assumed by the Amazon EMR service to access AWS resources on your behalf
        step_concurrency_level: Specifies the step concurrency level to allow multiple steps to run in parallel
        tags: A list of tags to associate with a cluster and propagate to Amazon EC2 instances
        visible_to_all_users: A value of true indicates that all IAM users in the AWS account can perform cluster actions if they have the proper IAM policy permissions
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
    instances: EmrCreateCluster.InstancesConfigProperty
    name: str
    additional_info: str | None = None
    applications: Sequence[EmrCreateCluster.ApplicationConfigProperty] | None = None
    auto_scaling_role: IRole | None = None
    auto_termination_policy_idle_timeout: Duration | None = None
    bootstrap_actions: Sequence[EmrCreateCluster.BootstrapActionConfigProperty] | None = None
    cluster_role: IRole | None = None
    configurations: Sequence[EmrCreateCluster.ConfigurationProperty] | None = None
    custom_ami_id: str | None = None
    ebs_root_volume_iops: float | None = None
    ebs_root_volume_size: Size | None = None
    ebs_root_volume_throughput: float | None = None
    kerberos_attributes: EmrCreateCluster.KerberosAttributesProperty | None = None
    log_uri: str | None = None
    managed_scaling_policy: EmrCreateCluster.ManagedScalingPolicyProperty | None = None
    release_label: str | None = None
    scale_down_behavior: EmrCreateCluster.EmrClusterScaleDownBehavior | None = None
    security_configuration: str | None = None
    service_role: IRole | None = None
    step_concurrency_level: float | None = None
    tags: Mapping[str, str] | None = None
    visible_to_all_users: bool | None = None


class EmrCreateCluster(TaskStateBase):
    """A Step Functions Task to create an EMR Cluster.

    Args:
        instances: A specification of the number and type of Amazon EC2 instances
        name: The Name of the Cluster
        additional_info: A JSON string for selecting additional features
        applications: A case-insensitive list of applications for Amazon EMR to install and configure when launching the cluster
        auto_scaling_role: An IAM role for automatic scaling policies
        auto_termination_policy_idle_timeout: The amount of idle time after which the cluster automatically terminates
        bootstrap_actions: A list of bootstrap actions to run before Hadoop starts on the cluster nodes
        cluster_role: Also called instance profile and EC2 role
        configurations: The list of configurations supplied for the EMR cluster you are creating
        custom_ami_id: The ID of a custom Amazon EBS-backed Linux AMI.
        ebs_root_volume_iops: The IOPS of the EBS root device volume of the Linux AMI that is used for each EC2 instance
        ebs_root_volume_size: The size of the EBS root device volume of the Linux AMI that is used for each EC2 instance
        ebs_root_volume_throughput: The throughput, in MiB/s, of the EBS root device volume of the Linux AMI that is used for each EC2 instance
        kerberos_attributes: Attributes for Kerberos configuration when Kerberos authentication is enabled using a security configuration
        log_uri: The location in Amazon S3 to write the log files of the job flow
        managed_scaling_policy: The specified managed scaling policy for an Amazon EMR cluster
        release_label: The Amazon EMR release label, which determines the version of open-source application packages installed on the cluster
        scale_down_behavior: Specifies the way that individual Amazon EC2 instances terminate when an automatic scale-in activity occurs or an instance group is resized
        security_configuration: The name of a security configuration to apply to the cluster
        service_role: The IAM role that will be assumed by the Amazon EMR service to access AWS resources on your behalf
        step_concurrency_level: Specifies the step concurrency level to allow multiple steps to run in parallel
        tags: A list of tags to associate with a cluster and propagate to Amazon EC2 instances
        visible_to_all_users: A value of true indicates that all IAM users in the AWS account can perform cluster actions if they have the proper IAM policy permissions
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

    @structs.frozen(kw_only=True)
    class ApplicationConfigProperty:
        """Properties for the EMR Cluster Applications.

        Attributes:
            name: The name of the application
            additional_info: This option is for advanced users only
            args: Arguments for Amazon EMR to pass to the application
            version: The version of the application
        """

        name: str
        additional_info: Mapping[str, str] | None = None
        args: Sequence[str] | None = None
        version: str | None = None

    @structs.frozen(kw_only=True)
    class AutoScalingPolicyProperty:
        """An automatic scaling policy for a core instance group or task instance group in an Amazon EMR cluster.

        Attributes:
            constraints: The upper and lower EC2 instance limits for an automatic scaling policy
            rules: The scale-in and scale-out rules that comprise the automatic scaling policy
        """

        constraints: EmrCreateCluster.ScalingConstraintsProperty
        rules: Sequence[EmrCreateCluster.ScalingRuleProperty]

    @structs.frozen(kw_only=True)
    class BootstrapActionConfigProperty:
        """Configuration of a bootstrap action.

        Attributes:
            name: The name of the bootstrap action
            script_bootstrap_action: The script run by the bootstrap action
        """

        name: str
        script_bootstrap_action: EmrCreateCluster.ScriptBootstrapActionConfigProperty

    class CloudWatchAlarmComparisonOperator(enum.Enum):
        """CloudWatch Alarm Comparison Operators."""

        GREATER_THAN_OR_EQUAL = "GREATER_THAN_OR_EQUAL"
        """GREATER_THAN_OR_EQUAL."""
        GREATER_THAN = "GREATER_THAN"
        """GREATER_THAN."""
        LESS_THAN = "LESS_THAN"
        """LESS_THAN."""
        LESS_THAN_OR_EQUAL = "LESS_THAN_OR_EQUAL"
        """LESS_THAN_OR_EQUAL."""

    @structs.frozen(kw_only=True)
    class CloudWatchAlarmDefinitionProperty:
        """The definition of a CloudWatch metric alarm, which determines when an automatic scaling activity is triggered.

        Attributes:
            comparison_operator: Determines how the metric specified by MetricName is compared to the value specified by Threshold
            metric_name: The name of the CloudWatch metric that is watched to determine an alarm condition
            period: The period, in seconds, over which the statistic is applied
            dimensions: A CloudWatch metric dimension
            evaluation_periods: The number of periods, in five-minute increments, during which the alarm condition must exist before the alarm triggers automatic scaling activity
            namespace: The namespace for the CloudWatch metric
            statistic: The statistic to apply to the metric associated with the alarm
            threshold: The value against which the specified statistic is compared
            unit: The unit of measure associated with the CloudWatch metric being watched
        """

        comparison_operator: EmrCreateCluster.CloudWatchAlarmComparisonOperator
        metric_name: str
        period: Duration
        dimensions: Sequence[EmrCreateCluster.MetricDimensionProperty] | None = None
        evaluation_periods: float | None = None
        namespace: str | None = None
        statistic: EmrCreateCluster.CloudWatchAlarmStatistic | None = None
        threshold: float | None = None
        unit: EmrCreateCluster.CloudWatchAlarmUnit | None = None

    class CloudWatchAlarmStatistic(enum.Enum):
        """CloudWatch Alarm Statistics."""

        SAMPLE_COUNT = "SAMPLE_COUNT"
        """SAMPLE_COUNT."""
        AVERAGE = "AVERAGE"
        """AVERAGE."""
        SUM = "SUM"
        """SUM."""
        MINIMUM = "MINIMUM"
        """MINIMUM."""
        MAXIMUM = "MAXIMUM"
        """MAXIMUM."""

    class CloudWatchAlarmUnit(enum.Enum):
        """CloudWatch Alarm Units."""

        NONE = "NONE"
        """NONE."""
        SECONDS = "SECONDS"
        """SECONDS."""
        MICRO_SECONDS = "MICRO_SECONDS"
        """MICRO_SECONDS."""
        MILLI_SECONDS = "MILLI_SECONDS"
        """MILLI_SECONDS."""
        BYTES = "BYTES"
        """BYTES."""
        KILO_BYTES = "KILO_BYTES"
        """KILO_BYTES."""
        MEGA_BYTES = "MEGA_BYTES"
        """MEGA_BYTES."""
        GIGA_BYTES = "GIGA_BYTES"
        """GIGA_BYTES."""
        TERA_BYTES = "TERA_BYTES"
        """TERA_BYTES."""
        BITS = "BITS"
        """BITS."""
        KILO_BITS = "KILO_BITS"
        """KILO_BITS."""
        MEGA_BITS = "MEGA_BITS"
        """MEGA_BITS."""
        GIGA_BITS = "GIGA_BITS"
        """GIGA_BITS."""
        TERA_BITS = "TERA_BITS"
        """TERA_BITS."""
        PERCENT = "PERCENT"
        """PERCENT."""
        COUNT = "COUNT"
        """COUNT."""
        BYTES_PER_SECOND = "BYTES_PER_SECOND"
        """BYTES_PER_SECOND."""
        KILO_BYTES_PER_SECOND = "KILO_BYTES_PER_SECOND"
        """KILO_BYTES_PER_SECOND."""
        MEGA_BYTES_PER_SECOND = "MEGA_BYTES_PER_SECOND"
        """MEGA_BYTES_PER_SECOND."""
        GIGA_BYTES_PER_SECOND = "GIGA_BYTES_PER_SECOND"
        """GIGA_BYTES_PER_SECOND."""
        TERA_BYTES_PER_SECOND = "TERA_BYTES_PER_SECOND"
        """TERA_BYTES_PER_SECOND."""
        BITS_PER_SECOND = "BITS_PER_SECOND"
        """BITS_PER_SECOND."""
        KILO_BITS_PER_SECOND = "KILO_BITS_PER_SECOND"
        """KILO_BITS_PER_SECOND."""
        MEGA_BITS_PER_SECOND = "MEGA_BITS_PER_SECOND"
        """MEGA_BITS_PER_SECOND."""
        GIGA_BITS_PER_SECOND = "GIGA_BITS_PER_SECOND"
        """GIGA_BITS_PER_SECOND."""
        TERA_BITS_PER_SECOND = "TERA_BITS_PER_SECOND"
        """TERA_BITS_PER_SECOND."""
        COUNT_PER_SECOND = "COUNT_PER_SECOND"
        """COUNT_PER_SECOND."""

    class ComputeLimitsUnitType(enum.Enum):
        """The unit type for managed scaling policy compute limits."""

        INSTANCE_FLEET_UNITS = "InstanceFleetUnits"
        """InstanceFleetUnits."""
        INSTANCES = "Instances"
        """Instances."""
        VCPU = "VCPU"
        """VCPU."""

    @structs.frozen(kw_only=True)
    class ConfigurationProperty:
        """An optional configuration specification to be used when provisioning cluster instances, which can include configurations for applications and software bundled with Amazon EMR.

        Attributes:
            classification: The classification within a configuration
            configurations: A list of additional configurations to apply within a configuration object
            properties: A set of properties specified within a configuration classification
        """

        classification: str | None = None
        configurations: Sequence[EmrCreateCluster.ConfigurationProperty] | None = None
        properties: Mapping[str, str] | None = None

    @structs.frozen(kw_only=True)
    class EbsBlockDeviceConfigProperty:
        """Configuration of requested EBS block device associated with the instance group with count of volumes that will be associated to every instance.

        Attributes:
            volume_specification: EBS volume specifications such as volume type, IOPS, and size (GiB) that will be requested for the EBS volume attached to an EC2 instance in the cluster
            volumes_per_instance: Number of EBS volumes with a specific volume configuration that will be associated with every instance in the instance group
        """

        volume_specification: EmrCreateCluster.VolumeSpecificationProperty
        volumes_per_instance: float | None = None

    class EbsBlockDeviceVolumeType(enum.Enum):
        """EBS Volume Types."""

        GP3 = "gp3"
        """gp3 Volume Type."""
        GP2 = "gp2"
        """gp2 Volume Type."""
        IO1 = "io1"
        """io1 Volume Type."""
        ST1 = "st1"
        """st1 Volume Type."""
        SC1 = "sc1"
        """sc1 Volume Type."""
        STANDARD = "standard"
        """Standard Volume Type."""

    @structs.frozen(kw_only=True)
    class EbsConfigurationProperty:
        """The Amazon EBS configuration of a cluster instance.

        Attributes:
            ebs_block_device_configs: An array of Amazon EBS volume specifications attached to a cluster instance
            ebs_optimized: Indicates whether an Amazon EBS volume is EBS-optimized
        """

        ebs_block_device_configs: Sequence[EmrCreateCluster.EbsBlockDeviceConfigProperty] | None = None
        ebs_optimized: bool | None = None

    class EmrClusterScaleDownBehavior(enum.Enum):
        """The Cluster ScaleDownBehavior specifies the way that individual Amazon EC2 instances terminate when an automatic scale-in activity occurs or an instance group is resized."""

        TERMINATE_AT_INSTANCE_HOUR = "TERMINATE_AT_INSTANCE_HOUR"
        """Indicates that Amazon EMR terminates nodes at the instance-hour boundary, regardless of when the request to terminate the instance was submitted."""
        TERMINATE_AT_TASK_COMPLETION = "TERMINATE_AT_TASK_COMPLETION"
        """Indicates that Amazon EMR adds nodes to a deny list and drains tasks from nodes before terminating the Amazon EC2 instances, regardless of the instance-hour boundary."""

    @structs.frozen(kw_only=True)
    class InstanceFleetConfigProperty:
        """The configuration that defines an instance fleet.

        Attributes:
            instance_fleet_type: The node type that the instance fleet hosts
            instance_type_configs: The instance type configurations that define the EC2 instances in the instance fleet
            launch_specifications: The launch specification for the instance fleet
            name: The friendly name of the instance fleet
            target_on_demand_capacity: The target capacity of On-Demand units for the instance fleet, which determines how many On-Demand instances to provision
            target_spot_capacity: The target capacity of Spot units for the instance fleet, which determines how many Spot instances to provision
        """

        instance_fleet_type: EmrCreateCluster.InstanceRoleType
        instance_type_configs: Sequence[EmrCreateCluster.InstanceTypeConfigProperty] | None = None
        launch_specifications: EmrCreateCluster.InstanceFleetProvisioningSpecificationsProperty | None = None
        name: str | None = None
        target_on_demand_capacity: float | None = None
        target_spot_capacity: float | None = None

    @structs.frozen(kw_only=True)
    class InstanceFleetProvisioningSpecificationsProperty:
        """The launch specification for On-Demand and Spot instances in the fleet, which determines the defined duration and provisioning timeout behavior, and allocation strategy.

        Attributes:
            on_demand_specification: The launch specification for On-Demand Instances in the instance fleet, which determines the allocation strategy
            spot_specification: The launch specification for Spot instances in the fleet, which determines the defined duration and provisioning timeout behavior
        """

        on_demand_specification: EmrCreateCluster.OnDemandProvisioningSpecificationProperty | None = None
        spot_specification: EmrCreateCluster.SpotProvisioningSpecificationProperty | None = None

    @structs.frozen(kw_only=True)
    class InstanceGroupConfigProperty:
        """Configuration defining a new instance group.

        Attributes:
            instance_count: Target number of instances for the instance group
            instance_role: The role of the instance group in the cluster
            instance_type: The EC2 instance type for all instances in the instance group
            auto_scaling_policy: An automatic scaling policy for a core instance group or task instance group in an Amazon EMR cluster
            bid_price: The bid price for each EC2 Spot instance type as defined by InstanceType
            configurations: The list of configurations supplied for an EMR cluster instance group
            ebs_configuration: EBS configurations that will be attached to each EC2 instance in the instance group
            market: Market type of the EC2 instances used to create a cluster node
            name: Friendly name given to the instance group
        """

        instance_count: float
        instance_role: EmrCreateCluster.InstanceRoleType
        instance_type: str
        auto_scaling_policy: EmrCreateCluster.AutoScalingPolicyProperty | None = None
        bid_price: str | None = None
        configurations: Sequence[EmrCreateCluster.ConfigurationProperty] | None = None
        ebs_configuration: EmrCreateCluster.EbsConfigurationProperty | None = None
        market: EmrCreateCluster.InstanceMarket | None = None
        name: str | None = None

    class InstanceMarket(enum.Enum):
        """EC2 Instance Market."""

        ON_DEMAND = "ON_DEMAND"
        """On Demand Instance."""
        SPOT = "SPOT"
        """Spot Instance."""

    class InstanceRoleType(enum.Enum):
        """Instance Role Types."""

        MASTER = "MASTER"
        """Master Node."""
        CORE = "CORE"
        """Core Node."""
        TASK = "TASK"
        """Task Node."""

    @structs.frozen(kw_only=True)
    class InstanceTypeConfigProperty:
        """An instance type configuration for each instance type in an instance fleet, which determines the EC2 instances Amazon EMR attempts to provision to fulfill On-Demand and Spot target capacities.

        Attributes:
            instance_type: An EC2 instance type
            bid_price: The bid price for each EC2 Spot instance type as defined by InstanceType
            bid_price_as_percentage_of_on_demand_price: The bid price, as a percentage of On-Demand price
            configurations: A configuration classification that applies when provisioning cluster instances, which can include configurations for applications and software that run on the cluster
            ebs_configuration: The configuration of Amazon Elastic Block Storage (EBS) attached to each instance as defined by InstanceType
            priority: The priority at which Amazon EMR launches the EC2 instance with this instance type
            weighted_capacity: The number of units that a provisioned instance of this type provides toward fulfilling the target capacities defined in the InstanceFleetConfig
        """

        instance_type: str
        bid_price: str | None = None
        bid_price_as_percentage_of_on_demand_price: float | None = None
        configurations: Sequence[EmrCreateCluster.ConfigurationProperty] | None = None
        ebs_configuration: EmrCreateCluster.EbsConfigurationProperty | None = None
        priority: float | None = None
        weighted_capacity: float | None = None

    @structs.frozen(kw_only=True)
    class InstancesConfigProperty:
        """A specification of the number and type of Amazon EC2 instances.

        Attributes:
            additional_master_security_groups: A list of additional Amazon EC2 security group IDs for the master node
            additional_slave_security_groups: A list of additional Amazon EC2 security group IDs for the core and task nodes
            ec2_key_name: The name of the EC2 key pair that can be used to ssh to the master node as the user called "hadoop.".
            ec2_subnet_id: Applies to clusters that use the uniform instance group configuration
            ec2_subnet_ids: Applies to clusters that use the instance fleet configuration
            emr_managed_master_security_group: The identifier of the Amazon EC2 security group for the master node
            emr_managed_slave_security_group: The identifier of the Amazon EC2 security group for the core and task nodes
            hadoop_version: Applies only to Amazon EMR release versions earlier than 4.0
            instance_count: The number of EC2 instances in the cluster
            instance_fleets: Describes the EC2 instances and instance configurations for clusters that use the instance fleet configuration
            instance_groups: Configuration for the instance groups in a cluster
            master_instance_type: The EC2 instance type of the master node
            placement: The Availability Zone in which the cluster runs
            service_access_security_group: The identifier of the Amazon EC2 security group for the Amazon EMR service to access clusters in VPC private subnets
            slave_instance_type: The EC2 instance type of the core and task nodes
            termination_protected: Specifies whether to lock the cluster to prevent the Amazon EC2 instances from being terminated by API call, user intervention, or in the event of a job-flow error
        """

        additional_master_security_groups: Sequence[str] | None = None
        additional_slave_security_groups: Sequence[str] | None = None
        ec2_key_name: str | None = None
        ec2_subnet_id: str | None = None
        ec2_subnet_ids: Sequence[str] | None = None
        emr_managed_master_security_group: str | None = None
        emr_managed_slave_security_group: str | None = None
        hadoop_version: str | None = None
        instance_count: float | None = None
        instance_fleets: Sequence[EmrCreateCluster.InstanceFleetConfigProperty] | None = None
        instance_groups: Sequence[EmrCreateCluster.InstanceGroupConfigProperty] | None = None
        master_instance_type: str | None = None
        placement: EmrCreateCluster.PlacementTypeProperty | None = None
        service_access_security_group: str | None = None
        slave_instance_type: str | None = None
        termination_protected: bool | None = None

    @structs.frozen(kw_only=True)
    class KerberosAttributesProperty:
        """Attributes for Kerberos configuration when Kerberos authentication is enabled using a security configuration.

        Attributes:
            realm: The name of the Kerberos realm to which all nodes in a cluster belong
            ad_domain_join_password: The Active Directory password for ADDomainJoinUser
            ad_domain_join_user: Required only when establishing a cross-realm trust with an Active Directory domain
            cross_realm_trust_principal_password: Required only when establishing a cross-realm trust with a KDC in a different realm
            kdc_admin_password: The password used within the cluster for the kadmin service on the cluster-dedicated KDC, which maintains Kerberos principals, password policies, and keytabs for the cluster
        """

        realm: str
        ad_domain_join_password: str | None = None
        ad_domain_join_user: str | None = None
        cross_realm_trust_principal_password: str | None = None
        kdc_admin_password: str | None = None

    @structs.frozen(kw_only=True)
    class ManagedScalingComputeLimitsProperty:
        """The EC2 unit limits for a managed scaling policy.

        Attributes:
            maximum_capacity_units: The upper boundary of Amazon EC2 units
            minimum_capacity_units: The lower boundary of Amazon EC2 units
            unit_type: The unit type used for specifying a managed scaling policy
            maximum_core_capacity_units: The upper boundary of Amazon EC2 units for core node type in a cluster
            maximum_on_demand_capacity_units: The upper boundary of On-Demand Amazon EC2 units
        """

        maximum_capacity_units: float
        minimum_capacity_units: float
        unit_type: EmrCreateCluster.ComputeLimitsUnitType
        maximum_core_capacity_units: float | None = None
        maximum_on_demand_capacity_units: float | None = None

    @structs.frozen(kw_only=True)
    class ManagedScalingPolicyProperty:
        """The managed scaling policy for an Amazon EMR cluster.

        Attributes:
            compute_limits: The Amazon EC2 unit limits for a managed scaling policy
        """

        compute_limits: EmrCreateCluster.ManagedScalingComputeLimitsProperty | None = None

    @structs.frozen(kw_only=True)
    class MetricDimensionProperty:
        """A CloudWatch dimension, which is specified using a Key (known as a Name in CloudWatch), Value pair.

        Attributes:
            key: The dimension name
            value: The dimension value
        """

        key: str
        value: str

    class OnDemandAllocationStrategy(enum.Enum):
        """On-Demand Allocation Strategies."""

        LOWEST_PRICE = "lowest-price"
        """Lowest-price, which launches instances from the lowest priced pool that has available capacity."""
        PRIORITIZED = "prioritized"
        """Prioritized, which launches instances based on the priority that you assign to each instance type configuration."""

    @structs.frozen(kw_only=True)
    class OnDemandProvisioningSpecificationProperty:
        """The launch specification for On-Demand Instances in the instance fleet, which determines the allocation strategy.

        Attributes:
            allocation_strategy: Specifies the strategy to use in launching On-Demand instance fleets
        """

        allocation_strategy: EmrCreateCluster.OnDemandAllocationStrategy

    @structs.frozen(kw_only=True)
    class PlacementTypeProperty:
        """The Amazon EC2 Availability Zone configuration of the cluster (job flow).

        Attributes:
            availability_zone: The Amazon EC2 Availability Zone for the cluster
            availability_zones: When multiple Availability Zones are specified, Amazon EMR evaluates them and launches instances in the optimal Availability Zone
        """

        availability_zone: str | None = None
        availability_zones: Sequence[str] | None = None

    @structs.frozen(kw_only=True)
    class ScalingActionProperty:
        """The type of adjustment the automatic scaling activity makes when triggered, and the periodicity of the adjustment.

        Attributes:
            simple_scaling_policy_configuration: The type of adjustment the automatic scaling activity makes when triggered, and the periodicity of the adjustment
            market: Not available for instance groups
        """

        simple_scaling_policy_configuration: EmrCreateCluster.SimpleScalingPolicyConfigurationProperty
        market: EmrCreateCluster.InstanceMarket | None = None

    class ScalingAdjustmentType(enum.Enum):
        """AutoScaling Adjustment Type."""

        CHANGE_IN_CAPACITY = "CHANGE_IN_CAPACITY"
        """CHANGE_IN_CAPACITY."""
        PERCENT_CHANGE_IN_CAPACITY = "PERCENT_CHANGE_IN_CAPACITY"
        """PERCENT_CHANGE_IN_CAPACITY."""
        EXACT_CAPACITY = "EXACT_CAPACITY"
        """EXACT_CAPACITY."""

    @structs.frozen(kw_only=True)
    class ScalingConstraintsProperty:
        """The upper and lower EC2 instance limits for an automatic scaling policy.

        Attributes:
            max_capacity: The upper boundary of EC2 instances in an instance group beyond which scaling activities are not allowed to grow
            min_capacity: The lower boundary of EC2 instances in an instance group below which scaling activities are not allowed to shrink
        """

        max_capacity: float
        min_capacity: float

    @structs.frozen(kw_only=True)
    class ScalingRuleProperty:
        """A scale-in or scale-out rule that defines scaling activity, including the CloudWatch metric alarm that triggers activity, how EC2 instances are added or removed, and the periodicity of adjustments.

        Attributes:
            action: The conditions that trigger an automatic scaling activity
            name: The name used to identify an automatic scaling rule
            trigger: The CloudWatch alarm definition that determines when automatic scaling activity is triggered
            description: A friendly, more verbose description of the automatic scaling rule
        """

        action: EmrCreateCluster.ScalingActionProperty
        name: str
        trigger: EmrCreateCluster.ScalingTriggerProperty
        description: str | None = None

    @structs.frozen(kw_only=True)
    class ScalingTriggerProperty:
        """The conditions that trigger an automatic scaling activity and the definition of a CloudWatch metric alarm.

        Attributes:
            cloud_watch_alarm_definition: The definition of a CloudWatch metric alarm
        """

        cloud_watch_alarm_definition: EmrCreateCluster.CloudWatchAlarmDefinitionProperty

    @structs.frozen(kw_only=True)
    class ScriptBootstrapActionConfigProperty:
        """Configuration of the script to run during a bootstrap action.

        Attributes:
            path: Location of the script to run during a bootstrap action
            args: A list of command line arguments to pass to the bootstrap action script
        """

        path: str
        args: Sequence[str] | None = None

    @structs.frozen(kw_only=True)
    class SimpleScalingPolicyConfigurationProperty:
        """An automatic scaling configuration, which describes how the policy adds or removes instances, the cooldown period, and the number of EC2 instances that will be added each time the CloudWatch metric alarm condition is satisfied.

        Attributes:
            scaling_adjustment: The amount by which to scale in or scale out, based on the specified AdjustmentType
            adjustment_type: The way in which EC2 instances are added (if ScalingAdjustment is a positive number) or terminated (if ScalingAdjustment is a negative number) each time the scaling activity is triggered
            cool_down: The amount of time, in seconds, after a scaling activity completes before any further trigger-related scaling activities can start
        """

        scaling_adjustment: float
        adjustment_type: EmrCreateCluster.ScalingAdjustmentType | None = None
        cool_down: float | None = None

    class SpotAllocationStrategy(enum.Enum):
        """Spot Allocation Strategies."""

        CAPACITY_OPTIMIZED = "capacity-optimized"
        """Capacity-optimized, which launches instances from Spot Instance pools with optimal capacity for the number of instances that are launching."""
        PRICE_CAPACITY_OPTIMIZED = "price-capacity-optimized"
        """Price-capacity-optimized, which launches instances from Spot Instance pools with the highest capacity availability for the number of instances that are launching."""
        LOWEST_PRICE = "lowest-price"
        """Lowest-price, which launches instances from the lowest priced pool that has available capacity."""
        DIVERSIFIED = "diversified"
        """Diversified, which launches instances across all Spot capacity pools."""

    @structs.frozen(kw_only=True)
    class SpotProvisioningSpecificationProperty:
        """The launch specification for Spot instances in the instance fleet, which determines the defined duration and provisioning timeout behavior.

        Attributes:
            timeout_action: The action to take when TargetSpotCapacity has not been fulfilled when the TimeoutDurationMinutes has expired
            allocation_strategy: Specifies the strategy to use in launching Spot Instance fleets
            block_duration_minutes: (deprecated) The defined duration for Spot instances (also known as Spot blocks) in minutes
            timeout: The spot provisioning timeout period in minutes
            timeout_duration_minutes: (deprecated) The spot provisioning timeout period in minutes
        """

        timeout_action: EmrCreateCluster.SpotTimeoutAction
        allocation_strategy: EmrCreateCluster.SpotAllocationStrategy | None = None
        block_duration_minutes: float | None = None
        timeout: Duration | None = None
        timeout_duration_minutes: float | None = None

    class SpotTimeoutAction(enum.Enum):
        """Spot Timeout Actions."""

        SWITCH_TO_ON_DEMAND = "SWITCH_TO_ON_DEMAND"
        """SWITCH_TO_ON_DEMAND."""
        TERMINATE_CLUSTER = "TERMINATE_CLUSTER"
        """TERMINATE_CLUSTER."""

    @structs.frozen(kw_only=True)
    class VolumeSpecificationProperty:
        """EBS volume specifications such as volume type, IOPS, and size (GiB) that will be requested for the EBS volume attached to an EC2 instance in the cluster.

        Attributes:
            volume_size: The volume size
            volume_type: The volume type
            iops: The number of I/O operations per second (IOPS) that the volume supports
        """

        volume_size: Size
        volume_type: EmrCreateCluster.EbsBlockDeviceVolumeType
        iops: float | None = None


    @staticmethod
    def json_path(
        scope: Construct,
        id: str,
        *,
        instances: EmrCreateCluster.InstancesConfigProperty,
        name: str,
        additional_info: str | None = None,
        applications: Sequence[EmrCreateCluster.ApplicationConfigProperty] | None = None,
        auto_scaling_role: IRole | None = None,
        auto_termination_policy_idle_timeout: Duration | None = None,
        bootstrap_actions: Sequence[EmrCreateCluster.BootstrapActionConfigProperty] | None = None,
        cluster_role: IRole | None = None,
        configurations: Sequence[EmrCreateCluster.ConfigurationProperty] | None = None,
        custom_ami_id: str | None = None,
        ebs_root_volume_iops: float | None = None,
        ebs_root_volume_size: Size | None = None,
        ebs_root_volume_throughput: float | None = None,
        kerberos_attributes: EmrCreateCluster.KerberosAttributesProperty | None = None,
        log_uri: str | None = None,
        managed_scaling_policy: EmrCreateCluster.ManagedScalingPolicyProperty | None = None,
        release_label: str | None = None,
        scale_down_behavior: EmrCreateCluster.EmrClusterScaleDownBehavior | None = None,
        security_configuration: str | None = None,
        service_role: IRole | None = None,
        step_concurrency_level: float | None = None,
        tags: Mapping[str, str] | None = None,
        visible_to_all_users: bool | None = None,
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
    ) -> EmrCreateCluster:
        """A Step Functions task using JSONPath to create an EMR Cluster."""
        kwargs = task_kwargs(locals())
        return EmrCreateCluster(scope, id, **kwargs)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        instances: EmrCreateCluster.InstancesConfigProperty,
        name: str,
        additional_info: str | None = None,
        applications: Sequence[EmrCreateCluster.ApplicationConfigProperty] | None = None,
        auto_scaling_role: IRole | None = None,
        auto_termination_policy_idle_timeout: Duration | None = None,
        bootstrap_actions: Sequence[EmrCreateCluster.BootstrapActionConfigProperty] | None = None,
        cluster_role: IRole | None = None,
        configurations: Sequence[EmrCreateCluster.ConfigurationProperty] | None = None,
        custom_ami_id: str | None = None,
        ebs_root_volume_iops: float | None = None,
        ebs_root_volume_size: Size | None = None,
        ebs_root_volume_throughput: float | None = None,
        kerberos_attributes: EmrCreateCluster.KerberosAttributesProperty | None = None,
        log_uri: str | None = None,
        managed_scaling_policy: EmrCreateCluster.ManagedScalingPolicyProperty | None = None,
        release_label: str | None = None,
        scale_down_behavior: EmrCreateCluster.EmrClusterScaleDownBehavior | None = None,
        security_configuration: str | None = None,
        service_role: IRole | None = None,
        step_concurrency_level: float | None = None,
        tags: Mapping[str, str] | None = None,
        visible_to_all_users: bool | None = None,
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
    ) -> EmrCreateCluster:
        """A Step Functions task using JSONata to create an EMR Cluster."""
        kwargs = task_kwargs(locals())
        kwargs["query_language"] = QueryLanguage.JSONATA
        return EmrCreateCluster(scope, id, **kwargs)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        instances: EmrCreateCluster.InstancesConfigProperty,
        name: str,
        additional_info: str | None = None,
        applications: Sequence[EmrCreateCluster.ApplicationConfigProperty] | None = None,
        auto_scaling_role: IRole | None = None,
        auto_termination_policy_idle_timeout: Duration | None = None,
        bootstrap_actions: Sequence[EmrCreateCluster.BootstrapActionConfigProperty] | None = None,
        cluster_role: IRole | None = None,
        configurations: Sequence[EmrCreateCluster.ConfigurationProperty] | None = None,
        custom_ami_id: str | None = None,
        ebs_root_volume_iops: float | None = None,
        ebs_root_volume_size: Size | None = None,
        ebs_root_volume_throughput: float | None = None,
        kerberos_attributes: EmrCreateCluster.KerberosAttributesProperty | None = None,
        log_uri: str | None = None,
        managed_scaling_policy: EmrCreateCluster.ManagedScalingPolicyProperty | None = None,
        release_label: str | None = None,
        scale_down_behavior: EmrCreateCluster.EmrClusterScaleDownBehavior | None = None,
        security_configuration: str | None = None,
        service_role: IRole | None = None,
        step_concurrency_level: float | None = None,
        tags: Mapping[str, str] | None = None,
        visible_to_all_users: bool | None = None,
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
        from l2 import iam

        self._visible_to_all_users = True if props.visible_to_all_users is None else props.visible_to_all_users
        self._integration_pattern = props.integration_pattern or IntegrationPattern.RUN_JOB
        validate_pattern_supported(self._integration_pattern, _PATTERNS)
        self._auto_scaling_role: IRole | None = props.auto_scaling_role
        self._service_role: IRole = props.service_role or self._create_service_role()
        self._cluster_role: IRole = props.cluster_role or self._create_cluster_role()
        self._cluster_role.grant_pass_role(self._service_role)
        self._base_tags: dict[str, str] | None = None
        if FeatureFlags.of(self).is_enabled(_SERVICE_POLICY_V2):
            self._base_tags = {"for-use-with-amazon-emr-managed-policies": "true"}
        fleets = field(props.instances, "instance_fleets")
        if not fleets:
            self._auto_scaling_role = self._auto_scaling_role or self._create_auto_scaling_role()
        elif self._auto_scaling_role is not None:
            raise ValidationError("Auto Scaling roles can not be specified with instance fleets.", self)
        stack = Stack.of(self)
        statements = [
            iam.PolicyStatement(actions=["elasticmapreduce:RunJobFlow", "elasticmapreduce:DescribeCluster",
                                         "elasticmapreduce:TerminateJobFlows", "elasticmapreduce:AddTags"],
                                resources=["*"]),
            iam.PolicyStatement(actions=["iam:PassRole"],
                                resources=[self._service_role.role_arn, self._cluster_role.role_arn]),
            iam.PolicyStatement(
                sid="ElasticMapReduceServiceLinkedRole", actions=["iam:CreateServiceLinkedRole"],
                resources=[f"arn:{Aws.PARTITION}:iam::{stack.account}:role/aws-service-role/"
                           "elasticmapreduce.amazonaws.com*/AWSServiceRoleForEMRCleanup*"],
                conditions={"StringEquals": {"iam:AWSServiceName": [
                    "elasticmapreduce.amazonaws.com", "elasticmapreduce.amazonaws.com.cn"]}}),
        ]
        if self._auto_scaling_role is not None:
            statements.append(iam.PolicyStatement(actions=["iam:PassRole"],
                                                  resources=[self._auto_scaling_role.role_arn]))
        if props.tags:
            statements.append(iam.PolicyStatement(actions=["elasticmapreduce:AddTags"], resources=[
                stack.format_arn(service="elasticmapreduce", resource="cluster", resource_name="*")]))
        if self._integration_pattern == IntegrationPattern.RUN_JOB:
            statements.append(iam.PolicyStatement(
                actions=["events:PutTargets", "events:PutRule", "events:DescribeRule"],
                resources=[stack.format_arn(service="events", resource="rule",
                                            resource_name="StepFunctionsGetEventForEMRRunJobFlowRule")]))
        self._task_policies = statements
        idle = props.auto_termination_policy_idle_timeout
        if idle is not None and not Token.is_unresolved(idle):
            seconds = idle.to_seconds()
            if seconds < 60 or seconds > 604800:
                raise ValidationError("`autoTerminationPolicyIdleTimeout` must be between 60 and 604800 seconds, "
                                      f"got {_num(seconds)} seconds.", self)
        self._validate_release_label_props(props)

    @property
    def service_role(self) -> IRole:
        """The service role for the EMR Cluster."""
        return self._service_role

    @property
    def cluster_role(self) -> IRole:
        """The instance role for the EMR Cluster."""
        return self._cluster_role

    @property
    def auto_scaling_role(self) -> IRole:
        """The autoscaling role for the EMR Cluster."""
        if self._auto_scaling_role is None:
            raise ValidationError("role not available yet--use the object in a Task first", self)
        return self._auto_scaling_role

    def _create_service_role(self) -> IRole:
        from l2 import iam

        policy = ("service-role/AmazonEMRServicePolicy_v2" if FeatureFlags.of(self).is_enabled(_SERVICE_POLICY_V2)
                  else "service-role/AmazonElasticMapReduceRole")
        return iam.Role(self, "ServiceRole", assumed_by=iam.ServicePrincipal("elasticmapreduce.amazonaws.com"),
                        managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name(policy)])

    def _create_cluster_role(self) -> IRole:
        from l2 import iam

        role = iam.Role(self, "InstanceRole", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
        iam.CfnInstanceProfile(self, "InstanceProfile", roles=[role.role_name], instance_profile_name=role.role_name)
        return role

    def _create_auto_scaling_role(self) -> IRole:
        from l2 import iam

        role = iam.Role(self, "AutoScalingRole", assumed_by=iam.ServicePrincipal("elasticmapreduce.amazonaws.com"),
                        managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name(
                            "service-role/AmazonElasticMapReduceforAutoScalingRole")])
        if role.assume_role_policy is not None:
            role.assume_role_policy.add_statements(iam.PolicyStatement(
                effect=iam.Effect.ALLOW, principals=[iam.ServicePrincipal("application-autoscaling.amazonaws.com")],
                actions=["sts:AssumeRole"]))
        return role

    def _validate_release_label_props(self, props: TaskProps) -> None:
        label = props.release_label
        if label is not None and not Token.is_unresolved(label):
            parts = label[4:].split(".")
            if label[:4] != "emr-" or len(parts) != 3 or any(not _is_number(p) for p in parts):
                raise ValidationError(f"The release label must be in the format 'emr-x.x.x' but got {label}", self)
        level = props.step_concurrency_level
        if level is not None and not Token.is_unresolved(level):
            if level < 1 or level > 256:
                raise ValidationError(f"Step concurrency level must be in range [1, 256], but got {_num(level)}.", self)
            if label and level != 1:
                major, minor = (label[4:].split(".") + ["", ""])[:2]
                if float(major or "nan") < 5 or (float(major) == 5 and float(minor or "nan") < 28):
                    raise ValidationError("Step concurrency is only supported in EMR release version 5.28.0 and above "
                                          f"but got {label}.", self)
        size = props.ebs_root_volume_size
        if size is not None and (size.to_gibibytes() < 15 or size.to_gibibytes() > 100):
            raise ValidationError(
                f"ebsRootVolumeSize must be between 15 and 100 GiB, but got {_num(size.to_gibibytes())} GiB.", self)
        throughput, iops = props.ebs_root_volume_throughput, props.ebs_root_volume_iops
        if label and (throughput is not None or iops is not None):
            if _version_tuple(label[4:]) < (6, 15, 0):
                raise ValidationError("ebsRootVolumeThroughput and ebsRootVolumeIops are only supported in EMR release "
                                      f"version 6.15.0 and above but got {label}.", self)
        if throughput is not None and (throughput < 125 or throughput > 1000):
            raise ValidationError(
                f"ebsRootVolumeThroughput must be between 125 and 1000 MiB/s, but got {_num(throughput)} MiB/s.", self)
        if iops is not None and (iops < 3000 or iops > 16000):
            raise ValidationError(f"ebsRootVolumeIops must be between 3000 and 16000, but got {_num(iops)}.", self)

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        props = self._props
        query_language = actual_query_language(top_level_query_language, props.query_language)
        tags = {**props.tags, **(self._base_tags or {})} if props.tags else self._base_tags
        idle = props.auto_termination_policy_idle_timeout
        parameters = {
            "Instances": utils.instances_config(props.instances),
            "JobFlowRole": self._cluster_role.role_name,
            "Name": props.name,
            "ServiceRole": self._service_role.role_name,
            "AdditionalInfo": props.additional_info,
            "Applications": _map(utils.application_config, props.applications),
            "AutoScalingRole": self._auto_scaling_role.role_name if self._auto_scaling_role is not None else None,
            "BootstrapActions": _map(utils.bootstrap_action_config, props.bootstrap_actions),
            "Configurations": _map(utils.configuration, props.configurations),
            "CustomAmiId": props.custom_ami_id,
            "EbsRootVolumeSize": props.ebs_root_volume_size.to_gibibytes() if props.ebs_root_volume_size else None,
            "EbsRootVolumeIops": props.ebs_root_volume_iops,
            "EbsRootVolumeThroughput": props.ebs_root_volume_throughput,
            "KerberosAttributes": (utils.kerberos_attributes(props.kerberos_attributes)
                                   if props.kerberos_attributes else None),
            "LogUri": props.log_uri,
            "ManagedScalingPolicy": (utils.managed_scaling_policy(props.managed_scaling_policy)
                                     if props.managed_scaling_policy else None),
            "ReleaseLabel": props.release_label,
            "ScaleDownBehavior": _enum(props.scale_down_behavior),
            "SecurityConfiguration": props.security_configuration,
            "StepConcurrencyLevel": props.step_concurrency_level,
            **({"Tags": [{"Key": k, "Value": v} for k, v in tags.items()]} if tags else {}),
            "VisibleToAllUsers": self._visible_to_all_users,
            "AutoTerminationPolicy": {"IdleTimeout": idle.to_seconds()} if idle else None,
        }
        return {
            "Resource": integration_resource_arn("elasticmapreduce", "createCluster", self._integration_pattern),
            **self._render_parameters_or_arguments(parameters, query_language),
        }


def _enum(value: Any) -> Any:
    return getattr(value, "value", value)


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return text.strip() != ""


def _version_tuple(text: str) -> tuple[int, ...]:
    out = []
    for part in text.split(".")[:3]:
        digits = "".join(ch for ch in part if ch.isdigit())
        out.append(int(digits or 0))
    return tuple(out)
