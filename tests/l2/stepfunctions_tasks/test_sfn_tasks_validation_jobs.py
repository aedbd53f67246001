"""Validation of the SageMaker job, EMR cluster, EMR on EKS, ECS, cross-region SDK and EvaluateExpression tasks:
aws-cdk-lib 2.275's messages (its compiled ``aws-stepfunctions-tasks/lib`` sources), raised as ``ValidationError``
naming the task's path, or ``UnscopedValidationError`` where aws-cdk-lib raises one without a scope."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from constructs import App, Duration, Size, Stack, UnscopedValidationError, ValidationError
from l2 import ec2, ecs, iam
from l2 import stepfunctions as sfn
from l2 import stepfunctions_tasks as tasks

E = tasks.EmrCreateCluster
_OUT = tasks.OutputDataConfig(s3_output_location=tasks.S3Location.from_json_expression("$.out"))


def _training(**spec: Any) -> Callable[[Stack], Any]:
    return lambda s: tasks.SageMakerCreateTrainingJob(
        s, "T", training_job_name="j", output_data_config=_OUT,
        algorithm_specification=tasks.AlgorithmSpecification(**spec))


def _transform(**options: Any) -> Callable[[Stack], Any]:
    return lambda s: tasks.SageMakerCreateTransformJob(
        s, "T", transform_job_name="t", model_name="m",
        transform_input=tasks.TransformInput(transform_data_source=tasks.TransformDataSource(
            s3_data_source=tasks.TransformS3DataSource(s3_uri="s3://b/p"))),
        transform_output=tasks.TransformOutput(s3_output_path="s3://b/o"),
        model_client_options=tasks.ModelClientOptions(**options)).to_state_json()


def _cluster(**kwargs: Any) -> Callable[[Stack], Any]:
    props: dict[str, Any] = {"instances": E.InstancesConfigProperty(), "name": "c", **kwargs}
    return lambda s: tasks.EmrCreateCluster(s, "T", **props)


def _fleet(**kwargs: Any) -> E.InstancesConfigProperty:
    return E.InstancesConfigProperty(instance_fleets=[E.InstanceFleetConfigProperty(
        instance_fleet_type=kwargs.pop("role", E.InstanceRoleType.CORE), **kwargs)])


def _job(**kwargs: Any) -> Callable[[Stack], Any]:
    driver = kwargs.pop("driver", tasks.SparkSubmitJobDriver(entry_point=sfn.TaskInput.from_text("local:///a.py")))
    props: dict[str, Any] = {
        "virtual_cluster": tasks.VirtualClusterInput.from_virtual_cluster_id("vc"),
        "release_label": tasks.ReleaseLabel.EMR_6_2_0, "job_driver": tasks.JobDriver(spark_submit_job_driver=driver),
        "execution_role": "role", **kwargs}
    def make(s: Stack) -> Any:
        if props["execution_role"] == "role":
            props["execution_role"] = iam.Role(s, "R", assumed_by=iam.ServicePrincipal("states.amazonaws.com"))
        return tasks.EmrContainersStartJobRun(s, "T", **props)
    return make


def _ecs(network_mode: ecs.NetworkMode | None = None, **kwargs: Any) -> Callable[[Stack], Any]:
    def make(s: Stack) -> Any:
        cluster = ecs.Cluster(s, "C")
        task_definition = ecs.Ec2TaskDefinition(s, "TD", network_mode=network_mode)
        if not kwargs.pop("no_container", False):
            task_definition.add_container("Main", image=ecs.ContainerImage.from_registry("x"), memory_limit_mib=256)
        other = ecs.Ec2TaskDefinition(s, "Other").add_container(
            "Stray", image=ecs.ContainerImage.from_registry("y"), memory_limit_mib=256)
        if kwargs.pop("stray_override", False):
            kwargs["container_overrides"] = [tasks.ContainerOverride(container_definition=other)]
        return tasks.EcsRunTask(s, "T", cluster=cluster, task_definition=task_definition,
                                launch_target=kwargs.pop("launch_target", tasks.EcsEc2LaunchTarget()), **kwargs
                                ).to_state_json()
    return make


SCOPED: list[tuple[str, Callable[[Stack], Any], str]] = [
    ("training_no_algorithm", _training(), "Must define either an algorithm name or training image URI in the "
                                           "algorithm specification"),
    ("training_both", _training(algorithm_name="a", training_image=tasks.DockerImage.from_registry("i")),
     "Cannot define both an algorithm name and training image URI in the algorithm specification"),
    ("training_name_length", _training(algorithm_name="a" * 171),
     "Algorithm name length must be between 1 and 170, but got 171"),
    ("training_name_pattern", _training(algorithm_name="bad name"),
     "Expected algorithm name to match pattern ^(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:[a-z\\-]*\\/)?"
     "([a-zA-Z0-9]([a-zA-Z0-9-]){0,62})(?<!-)$, but got bad name"),
    ("transform_retries", _transform(invocations_max_retries=4),
     "invocationsMaxRetries should be between 0 and 3. Received: 4."),
    ("transform_timeout", _transform(invocations_timeout=Duration.hours(2)),
     "invocationsTimeout should be between 1 and 3600 seconds. Received: 7200."),
    ("cluster_release_label", _cluster(release_label="emr-6.x"),
     "The release label must be in the format 'emr-x.x.x' but got emr-6.x"),
    ("cluster_idle_timeout", _cluster(auto_termination_policy_idle_timeout=Duration.seconds(30)),
     "`autoTerminationPolicyIdleTimeout` must be between 60 and 604800 seconds, got 30 seconds."),
    ("cluster_step_concurrency", _cluster(step_concurrency_level=257),
     "Step concurrency level must be in range [1, 256], but got 257."),
    ("cluster_step_concurrency_version", _cluster(step_concurrency_level=2, release_label="emr-5.27.0"),
     "Step concurrency is only supported in EMR release version 5.28.0 and above but got emr-5.27.0."),
    ("cluster_root_volume", _cluster(ebs_root_volume_size=Size.gibibytes(101)),
     "ebsRootVolumeSize must be between 15 and 100 GiB, but got 101 GiB."),
    ("cluster_root_volume_version", _cluster(release_label="emr-6.14.0", ebs_root_volume_iops=3000),
     "ebsRootVolumeThroughput and ebsRootVolumeIops are only supported in EMR release version 6.15.0 and above "
     "but got emr-6.14.0."),
    ("cluster_throughput", _cluster(ebs_root_volume_throughput=100),
     "ebsRootVolumeThroughput must be between 125 and 1000 MiB/s, but got 100 MiB/s."),
    ("cluster_iops", _cluster(ebs_root_volume_iops=20000),
     "ebsRootVolumeIops must be between 3000 and 16000, but got 20000."),
    ("cluster_scaling_role_with_fleets", lambda s: tasks.EmrCreateCluster(
        s, "T", name="c", instances=_fleet(target_on_demand_capacity=1),
        auto_scaling_role=iam.Role(s, "R", assumed_by=iam.ServicePrincipal("elasticmapreduce.amazonaws.com"))),
     "Auto Scaling roles can not be specified with instance fleets."),
    ("job_role_needed", _job(execution_role=None,
                             virtual_cluster=tasks.VirtualClusterInput.from_virtual_cluster_id(
                                 sfn.JsonPath.string_at("$.id"))),
     "Execution role cannot be undefined when the virtual cluster ID is not a concrete value. Provide an execution "
     "role with the correct trust policy"),
    ("job_app_config", _job(application_config=[tasks.ApplicationConfiguration(
        classification=tasks.Classification.SPARK)]),
     "Application configuration must have either properties or nested app configurations defined."),
    ("job_app_config_count", _job(application_config=[tasks.ApplicationConfiguration(
        classification=tasks.Classification.SPARK, properties={"a": "b"})] * 101),
     "Application configuration array must have 100 or fewer entries. Received 101"),
    ("job_entry_point", _job(driver=tasks.SparkSubmitJobDriver(entry_point=sfn.TaskInput.from_text("x" * 257))),
     "Entry point must be between 1 and 256 characters in length. Received 257."),
    ("job_arguments", _job(driver=tasks.SparkSubmitJobDriver(entry_point=sfn.TaskInput.from_text("a"),
                                                             entry_point_arguments=sfn.TaskInput.from_text("x"))),
     "Entry point arguments must be a string array or an encoded JSON path or JSONata expression, but received a "
     "non JSON path or JSONata expression string"),
    ("job_parameters", _job(driver=tasks.SparkSubmitJobDriver(entry_point=sfn.TaskInput.from_text("a"),
                                                              spark_submit_parameters="p" * 102401)),
     "Spark submit parameters must be between 1 and 102400 characters in length. Received 102401."),
    ("ecs_token", _ecs(integration_pattern=sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN),
     "Task Token is required in at least one `containerOverrides.environment` for callback. Use JsonPath.taskToken "
     "to set the token."),
    ("ecs_no_container", _ecs(no_container=True), "A TaskDefinition must have at least one essential container"),
    ("ecs_networking", _ecs(subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC)),
     "Supplied TaskDefinition must have 'networkMode' of 'AWS_VPC' to use 'vpcSubnets' and 'securityGroup'. "
     "Received: bridge"),
    ("ecs_stray_override", _ecs(stray_override=True),
     "Overrides mention container with name 'Stray', but no such container in task definition"),
    ("ecs_fargate_target", _ecs(launch_target=tasks.EcsFargateLaunchTarget(
        platform_version=ecs.FargatePlatformVersion.LATEST)),
     "Supplied TaskDefinition is not compatible with Fargate"),
    ("ecs_no_capacity", _ecs(), "Cluster for this service needs Ec2 capacity. Call addCapacity() on the cluster."),
    ("cross_region_run_job", lambda s: tasks.CallAwsServiceCrossRegion(
        s, "T", service="s3", action="listBuckets", iam_resources=["*"], region="eu-west-1",
        integration_pattern=sfn.IntegrationPattern.RUN_JOB),
     "The RUN_JOB integration pattern is not supported for CallAwsServiceCrossRegion"),
    ("cross_region_camel_case", lambda s: tasks.CallAwsServiceCrossRegion(
        s, "T", service="s3", action="ListBuckets", iam_resources=["*"], region="eu-west-1"),
     "action must be camelCase, got: ListBuckets"),
    ("evaluate_plain_string", lambda s: tasks.EvaluateExpression(s, "T", expression="'$.a' + 1"),
     'state path(s) ["$.a"] are used as literal text inside a plain string in the EvaluateExpression \'expression\'; '
     "a path inside a plain string used to be resolved but is no longer resolved - use a template literal with "
     "interpolation instead, e.g. `...${$.a}...`"),
    ("evaluate_template_text", lambda s: tasks.EvaluateExpression(s, "T", expression="`x $.b ${$.c}`"),
     'state path(s) ["$.b"] are used as literal text inside a template literal in the EvaluateExpression '
     "'expression'; a path in template text used to be resolved but is no longer resolved - reference it via "
     "interpolation like ${$.b} instead"),
]


@pytest.mark.parametrize(("case", "make", "message"), SCOPED, ids=[c[0] for c in SCOPED])
def test_validation_error_names_the_task(case: str, make: Callable[[Stack], Any], message: str) -> None:
    stack = Stack(App(), "S")
    with pytest.raises(ValidationError) as err:
        make(stack)
    assert err.value.bare_message == message
    assert err.value.construct_path == "S/T"


@pytest.mark.parametrize(("make", "message"), [
    (lambda s: tasks.EmrCreateCluster(s, "T", name="c", instances=_fleet()).to_state_json(),
     "At least one of targetSpotCapacity and targetOnDemandCapacity should be greater than 0"),
    (lambda s: tasks.EmrCreateCluster(s, "T", name="c", instances=_fleet(
        role=E.InstanceRoleType.MASTER, target_spot_capacity=2)).to_state_json(),
     "For a master instance fleet, targetSpotCapacity cannot be a number other than 1, got 2"),
    (lambda s: tasks.EmrCreateCluster(s, "T", name="c", instances=_fleet(
        target_on_demand_capacity=1, instance_type_configs=[E.InstanceTypeConfigProperty(
            instance_type="m5.xlarge", bid_price="1", bid_price_as_percentage_of_on_demand_price=50)])
        ).to_state_json(),
     "Cannot specify both bidPrice and bidPriceAsPercentageOfOnDemandPrice"),
    (lambda s: tasks.EmrCreateCluster(s, "T", name="c", instances=_fleet(
        target_on_demand_capacity=1, instance_type_configs=[E.InstanceTypeConfigProperty(
            instance_type="m5.xlarge", priority=1)])).to_state_json(),
     "Priority values are set on instance type configs, but allocation strategy is 'lowest-price'. Priority values "
     "only take effect with OnDemandAllocationStrategy.PRIORITIZED."),
    (lambda s: tasks.EmrCreateCluster(s, "T", name="c", instances=_fleet(
        target_spot_capacity=1, launch_specifications=E.InstanceFleetProvisioningSpecificationsProperty(
            spot_specification=E.SpotProvisioningSpecificationProperty(
                allocation_strategy=E.SpotAllocationStrategy.DIVERSIFIED, timeout_action=E.SpotTimeoutAction.
                TERMINATE_CLUSTER, timeout=Duration.minutes(2))))).to_state_json(),
     "timeout must be between 5 and 1440 minutes, got 2 minutes."),
    (lambda s: tasks.CapacityProviderOptions.custom([]),
     "Capacity provider strategy must contain between 1 and 20 capacity providers, got 0"),
    (lambda s: tasks.EvaluateExpression(s, "T", expression="$.a", runtime=__import__("l2.lambda_").lambda_.Runtime
                                        .PYTHON_3_12),
     "The runtime python3.12 is currently not supported."),
])
def test_unscoped_errors(make: Callable[[Stack], Any], message: str) -> None:
    with pytest.raises(UnscopedValidationError) as err:
        make(Stack(App(), "S"))
    assert str(err.value) == message


def test_wrong_argument_types_are_type_errors() -> None:
    stack = Stack(App(), "S")
    with pytest.raises(TypeError, match="primary_container"):
        tasks.SageMakerCreateModel(stack, "M", model_name="m", primary_container="image")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="instances"):
        tasks.EmrCreateCluster(stack, "C", name="c", instances=3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="release_label"):
        _job(release_label="emr-6.2.0")(stack)
