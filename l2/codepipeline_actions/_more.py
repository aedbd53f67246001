"""CloudFormation StackSet actions and their types, the EC2 deploy action, the ECR build-and-publish action and
the Inspector scan actions."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    ArnFormat,
    Aws,
    CfnCapabilities,
    Construct,
    Stack,
    Token,
    Tokenization,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import structs
from l2 import codepipeline
from l2.codepipeline_actions._base import (
    Action,
    config,
    deploy_artifact_bounds,
    document,
    validate_percentage,
)
from l2.codepipeline_actions._cloudformation import _parse_capabilities, _SingletonPolicy

if TYPE_CHECKING:
    from l2.ecr import IRepository
    from l2.elasticloadbalancingv2 import ITargetGroup
    from l2.iam import IRole


# -- StackSet types --------------------------------------------------------------------------------------------------
class StackSetTemplate:
    """The template of a stack set."""

    _artifacts_referenced: list[codepipeline.Artifact] = []

    def _render(self) -> str:
        raise NotImplementedError

    @staticmethod
    def from_artifact_path(artifact_path: codepipeline.ArtifactPath) -> StackSetTemplate:
        """The template file ``artifact_path``."""
        return _TemplateFromPath(artifact_path)


class _TemplateFromPath(StackSetTemplate):
    def __init__(self, path: codepipeline.ArtifactPath) -> None:
        self._path = path
        self._artifacts_referenced = [path.artifact]

    def _render(self) -> str:
        return self._path.location


class StackInstances:
    """Where the instances of a stack set go: accounts or organizational units, and regions."""

    _artifacts_referenced: list[codepipeline.Artifact] = []

    def _bind(self, scope: Construct) -> dict[str, Any]:
        raise NotImplementedError

    @staticmethod
    def in_accounts(accounts: Sequence[str], regions: Sequence[str]) -> StackInstances:
        """Instances in ``accounts`` and ``regions``."""
        return StackInstances._from_list(accounts, regions)

    @staticmethod
    def in_organizational_units(ous: Sequence[str], regions: Sequence[str]) -> StackInstances:
        """Instances in the organizational units ``ous`` and ``regions``."""
        return StackInstances._from_list(ous, regions)

    @staticmethod
    def from_artifact_path(artifact_path: codepipeline.ArtifactPath, regions: Sequence[str]) -> StackInstances:
        """Instances in the accounts or OUs listed in the JSON file ``artifact_path``, and ``regions``."""
        if len(regions) == 0:
            raise UnscopedValidationError("'regions' may not be an empty list")
        return _Instances(artifact_path.location, ",".join(regions), [artifact_path.artifact])

    @staticmethod
    def _from_list(targets: Sequence[str], regions: Sequence[str]) -> StackInstances:
        if len(targets) == 0:
            raise UnscopedValidationError("'targets' may not be an empty list")
        if len(regions) == 0:
            raise UnscopedValidationError("'regions' may not be an empty list")
        return _Instances(",".join(targets), ",".join(regions), [])


class _Instances(StackInstances):
    def __init__(self, targets: str, regions: str, artifacts: list[codepipeline.Artifact]) -> None:
        self._targets = targets
        self._regions = regions
        self._artifacts_referenced = artifacts

    def _bind(self, scope: Construct) -> dict[str, Any]:
        return {"DeploymentTargets": self._targets, "Regions": self._regions}


class StackSetParameters:
    """The parameters of a stack set: literal values or a file of an artifact."""

    _artifacts_referenced: list[codepipeline.Artifact] = []

    def _render(self) -> str:
        raise NotImplementedError

    @staticmethod
    def from_literal(parameters: Mapping[str, str], use_previous_values: Sequence[str] | None = None
                     ) -> StackSetParameters:
        """``parameters``, and the names of parameters that keep their previous values."""
        parts = [f"ParameterKey={k},ParameterValue={v}" for k, v in parameters.items()]
        parts += [f"ParameterKey={k},UsePreviousValue=true" for k in use_previous_values or []]
        return _Parameters(" ".join(parts), [])

    @staticmethod
    def from_artifact_path(artifact_path: codepipeline.ArtifactPath) -> StackSetParameters:
        """The parameters file ``artifact_path``."""
        return _Parameters(artifact_path.location, [artifact_path.artifact])


class _Parameters(StackSetParameters):
    def __init__(self, rendered: str, artifacts: list[codepipeline.Artifact]) -> None:
        self._rendered = rendered
        self._artifacts_referenced = artifacts

    def _render(self) -> str:
        return self._rendered


class StackSetOrganizationsAutoDeployment(enum.Enum):
    """Whether new accounts of an organizational unit get the stack set's instances."""

    ENABLED = "Enabled"
    DISABLED = "Disabled"
    ENABLED_WITH_STACK_RETENTION = "EnabledWithStackRetention"


@structs.frozen(kw_only=True)
class OrganizationsDeploymentProps:
    auto_deployment: StackSetOrganizationsAutoDeployment | None = None


@structs.frozen(kw_only=True)
class SelfManagedDeploymentProps:
    administration_role: IRole | None = None
    execution_role_name: str | None = None


class StackSetDeploymentModel:
    """How a stack set is deployed: through AWS Organizations, or with self-managed roles."""

    def _bind(self, scope: Construct) -> tuple[dict[str, Any], list[IRole]]:
        raise NotImplementedError

    @staticmethod
    def organizations(*, auto_deployment: StackSetOrganizationsAutoDeployment | None = None
                      ) -> StackSetDeploymentModel:
        """Service-managed permissions through AWS Organizations.

        Args:
            auto_deployment: deploy to accounts added to the organizational units (default disabled).
        """
        return _OrganizationsModel(auto_deployment)

    @staticmethod
    def self_managed(*, administration_role: IRole | None = None,
                     execution_role_name: str | None = None) -> StackSetDeploymentModel:
        """Self-managed permissions: an administration role assumes an execution role in each target account.

        Args:
            administration_role: the administration role (default a new one).
            execution_role_name: the execution role's name in the targets (default
                ``AWSCloudFormationStackSetExecutionRole``).
        """
        return _SelfManagedModel(administration_role, execution_role_name)


class _OrganizationsModel(StackSetDeploymentModel):
    def __init__(self, auto: StackSetOrganizationsAutoDeployment | None) -> None:
        self._auto = auto

    def _bind(self, scope: Construct) -> tuple[dict[str, Any], list[IRole]]:
        return config(PermissionModel="SERVICE_MANAGED",
                      OrganizationsAutoDeployment=self._auto.value if self._auto else None), []


class _SelfManagedModel(StackSetDeploymentModel):
    def __init__(self, role: IRole | None, execution_role_name: str | None) -> None:
        self._role = role
        self._execution_role_name = execution_role_name

    def _bind(self, scope: Construct) -> tuple[dict[str, Any], list[IRole]]:
        from l2 import iam

        role = self._role
        if role is None:
            role = iam.Role(scope, "StackSetAdministrationRole", assumed_by=iam.ServicePrincipal(
                "cloudformation.amazonaws.com", conditions={"StringLike": {
                    "aws:SourceArn": f"arn:{Aws.PARTITION}:cloudformation:*:{Aws.ACCOUNT_ID}:stackset/*"}}))
            role.add_to_principal_policy(iam.PolicyStatement(actions=["sts:AssumeRole"], resources=[
                f"arn:{Aws.PARTITION}:iam::*:role/"
                f"{self._execution_role_name or 'AWSCloudFormationStackSetExecutionRole'}"]))
        return config(PermissionModel="SELF_MANAGED", AdministrationRoleArn=role.role_arn,
                      ExecutionRoleName=self._execution_role_name), [role]


@structs.frozen(kw_only=True)
class CommonCloudFormationStackSetOptions:
    failure_tolerance_percentage: int | float | None = None
    max_account_concurrency_percentage: int | float | None = None
    stack_set_region: str | None = None


@structs.frozen(kw_only=True)
class CloudFormationDeployStackSetActionProps(codepipeline.CommonAwsActionProps,
                                              CommonCloudFormationStackSetOptions):
    stack_set_name: str
    template: StackSetTemplate
    cfn_capabilities: Sequence[CfnCapabilities] | None = None
    deployment_model: StackSetDeploymentModel | None = None
    description: str | None = None
    parameters: StackSetParameters | None = None
    stack_instances: StackInstances | None = None


class CloudFormationDeployStackSetAction(Action):
    def __init__(self, *, stack_set_name: str, template: StackSetTemplate,
                 cfn_capabilities: Sequence[CfnCapabilities] | None = None,
                 deployment_model: StackSetDeploymentModel | None = None, description: str | None = None,
                 parameters: StackSetParameters | None = None, stack_instances: StackInstances | None = None,
                 role: IRole | None = None, failure_tolerance_percentage: int | float | None = None,
                 max_account_concurrency_percentage: int | float | None = None,
                 stack_set_region: str | None = None, action_name: str, run_order: int | float | None = None,
                 variables_namespace: str | None = None) -> None:
        inputs = [*template._artifacts_referenced,
                  *(parameters._artifacts_referenced if parameters else []),
                  *(stack_instances._artifacts_referenced if stack_instances else [])]
        super().__init__(
            action_name=action_name, run_order=run_order, variables_namespace=variables_namespace, role=role,
            region=stack_set_region, provider="CloudFormationStackSet", category=codepipeline.ActionCategory.DEPLOY,
            artifact_bounds=codepipeline.ActionArtifactBounds(min_inputs=1, max_inputs=3, min_outputs=0,
                                                              max_outputs=0),
            inputs=inputs)
        self._name = stack_set_name
        self._template = template
        self._capabilities = cfn_capabilities
        self.deployment_model = deployment_model or StackSetDeploymentModel.self_managed()
        self._description = description
        self._parameters = parameters
        self._instances = stack_instances
        self._failure = failure_tolerance_percentage
        self._concurrency = max_account_concurrency_percentage
        self._region = stack_set_region
        validate_percentage("failureTolerancePercentage", failure_tolerance_percentage)
        validate_percentage("maxAccountConcurrencyPercentage", max_account_concurrency_percentage)

    def _bound(self, scope: Construct, stage: codepipeline.IStage,
               options: codepipeline.ActionBindOptions) -> codepipeline.ActionConfig:
        policy = _SingletonPolicy.for_role(options.role)
        policy.grant_create_update_stack_set(self._name, self._region)
        instances = self._instances._bind(scope) if self._instances else {}
        model_config, passed = self.deployment_model._bind(scope)
        for role in passed:
            policy.grant_pass_role(role)
        if self.action_properties.inputs:
            options.bucket.grant_read(policy)  # type: ignore[arg-type]
        out = config(StackSetName=self._name, Description=self._description, TemplatePath=self._template._render(),
                     Parameters=self._parameters._render() if self._parameters else None,
                     Capabilities=_parse_capabilities(self._capabilities),
                     FailureTolerancePercentage=self._failure, MaxConcurrentPercentage=self._concurrency)
        out.update(instances)
        out.update(model_config)
        return codepipeline.ActionConfig(configuration=out)


@structs.frozen(kw_only=True)
class CloudFormationDeployStackInstancesActionProps(codepipeline.CommonAwsActionProps,
                                                    CommonCloudFormationStackSetOptions):
    stack_instances: StackInstances
    stack_set_name: str
    parameter_overrides: StackSetParameters | None = None


class CloudFormationDeployStackInstancesAction(Action):
    def __init__(self, *, stack_instances: StackInstances, stack_set_name: str,
                 parameter_overrides: StackSetParameters | None = None, role: IRole | None = None,
                 failure_tolerance_percentage: int | float | None = None,
                 max_account_concurrency_percentage: int | float | None = None,
                 stack_set_region: str | None = None, action_name: str, run_order: int | float | None = None,
                 variables_namespace: str | None = None) -> None:
        inputs = [*(parameter_overrides._artifacts_referenced if parameter_overrides else []),
                  *stack_instances._artifacts_referenced]
        super().__init__(
            action_name=action_name, run_order=run_order, variables_namespace=variables_namespace, role=role,
            region=stack_set_region, provider="CloudFormationStackInstances",
            category=codepipeline.ActionCategory.DEPLOY,
            artifact_bounds=codepipeline.ActionArtifactBounds(min_inputs=0, max_inputs=3, min_outputs=0,
                                                              max_outputs=0),
            inputs=inputs)
        self._name = stack_set_name
        self._instances = stack_instances
        self._overrides = parameter_overrides
        self._failure = failure_tolerance_percentage
        self._concurrency = max_account_concurrency_percentage
        self._region = stack_set_region
        validate_percentage("failureTolerancePercentage", failure_tolerance_percentage)
        validate_percentage("maxAccountConcurrencyPercentage", max_account_concurrency_percentage)

    def _bound(self, scope: Construct, stage: codepipeline.IStage,
               options: codepipeline.ActionBindOptions) -> codepipeline.ActionConfig:
        policy = _SingletonPolicy.for_role(options.role)
        policy.grant_create_update_stack_set(self._name, self._region)
        instances = self._instances._bind(scope)
        if self.action_properties.inputs:
            options.bucket.grant_read(policy)  # type: ignore[arg-type]
        out = config(StackSetName=self._name,
                     ParameterOverrides=self._overrides._render() if self._overrides else None,
                     FailureTolerancePercentage=self._failure, MaxConcurrentPercentage=self._concurrency)
        out.update(instances)
        return codepipeline.ActionConfig(configuration=out)


# -- EC2 deploy ------------------------------------------------------------------------------------------------------
class Ec2InstanceType(enum.Enum):
    """The kind of instances an EC2 deploy action targets."""

    EC2 = "EC2"
    SSM_MANAGED_NODE = "SSM_MANAGED_NODE"


@structs.frozen(kw_only=True)
class Ec2DeploySpecificationsInlineProps:
    post_script: str
    target_directory: str
    pre_script: str | None = None


class Ec2DeploySpecifications:
    """What an EC2 deploy action runs on the instances."""

    def bind(self, scope: Construct) -> dict[str, Any]:
        """The action configuration entries of the specification."""
        raise NotImplementedError

    @staticmethod
    def inline(*, post_script: str, target_directory: str, pre_script: str | None = None) -> Ec2DeploySpecifications:
        """Copy the artifact to ``target_directory`` and run the scripts.

        Args:
            post_script: the script run after the copy.
            target_directory: the absolute directory the artifact is copied to.
            pre_script: the script run before the copy.
        """
        return _InlineSpecifications(post_script, target_directory, pre_script)


class _InlineSpecifications(Ec2DeploySpecifications):
    def __init__(self, post_script: str, target_directory: str, pre_script: str | None) -> None:
        self._post = post_script
        self._target = target_directory
        self._pre = pre_script

    def bind(self, scope: Construct) -> dict[str, Any]:
        if not Token.is_unresolved(self._target) and not self._target.startswith("/"):
            raise ValidationError("The targetDirectory must be an absolute path.", scope)
        return config(TargetDirectory=self._target, PreScript=self._pre, PostScript=self._post)


class Ec2MaxInstances:
    """How many instances an EC2 deployment works on at once, or may fail (made with ``targets`` or
    ``percentage``).

    Args:
        value: the count, or a percentage ending in ``%``.
    """

    def __init__(self, value: str) -> None:
        self.value = value

    @staticmethod
    def targets(targets: int | float) -> Ec2MaxInstances:
        """A number of instances (a positive integer)."""
        if not Token.is_unresolved(targets) and not (targets >= 1 and int(targets) == targets):
            raise UnscopedValidationError(f"targets must be a positive integer. got {targets:g}")
        return Ec2MaxInstances(Tokenization.stringify_number(targets))

    @staticmethod
    def percentage(percentage: int | float) -> Ec2MaxInstances:
        """A percentage of the instances (a whole number from 1 to 100)."""
        if not Token.is_unresolved(percentage) and not (1 <= percentage <= 100 and int(percentage) == percentage):
            raise UnscopedValidationError(
                f"percentage must be a positive integer between 1 and 100. got {percentage:g}")
        return Ec2MaxInstances(f"{Tokenization.stringify_number(percentage)}%")


@structs.frozen(kw_only=True)
class Ec2DeployActionProps(codepipeline.CommonAwsActionProps):
    deploy_specifications: Ec2DeploySpecifications
    input: codepipeline.Artifact
    instance_tag_key: str
    instance_type: Ec2InstanceType
    instance_tag_value: str | None = None
    max_batch: Ec2MaxInstances | None = None
    max_error: Ec2MaxInstances | None = None
    target_groups: Sequence[ITargetGroup] | None = None


class Ec2DeployAction(Action):
    def __init__(self, *, deploy_specifications: Ec2DeploySpecifications, input: codepipeline.Artifact,
                 instance_tag_key: str, instance_type: Ec2InstanceType, instance_tag_value: str | None = None,
                 max_batch: Ec2MaxInstances | None = None, max_error: Ec2MaxInstances | None = None,
                 target_groups: Sequence[ITargetGroup] | None = None, role: IRole | None = None, action_name: str,
                 run_order: int | float | None = None, variables_namespace: str | None = None) -> None:
        super().__init__(
            action_name=action_name, run_order=run_order, variables_namespace=variables_namespace, role=role,
            category=codepipeline.ActionCategory.DEPLOY, provider="EC2", artifact_bounds=deploy_artifact_bounds(),
            inputs=[input])
        self._specs = deploy_specifications
        self._tag_key = instance_tag_key
        self._tag_value = instance_tag_value
        self._instance_type = instance_type
        self._max_batch = max_batch
        self._max_error = max_error
        self._target_groups = target_groups

    def _bound(self, scope: Construct, stage: codepipeline.IStage,
               options: codepipeline.ActionBindOptions) -> codepipeline.ActionConfig:
        from l2 import iam

        if Token.is_unresolved(self._tag_key):
            raise ValidationError("The instanceTagKey must be a non-empty concrete value.", scope)
        stack = Stack.of(scope)
        options.role.add_to_principal_policy(iam.PolicyStatement(actions=[
            "ec2:DescribeInstances", "elasticloadbalancing:DescribeTargetGroupAttributes",
            "elasticloadbalancing:DescribeTargetGroups", "elasticloadbalancing:DescribeTargetHealth",
            "ssm:CancelCommand", "ssm:DescribeInstanceInformation", "ssm:ListCommandInvocations"], resources=["*"]))
        options.role.add_to_principal_policy(iam.PolicyStatement(
            actions=["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"],
            resources=[stack.format_arn(service="logs", resource="log-group",
                                        resource_name=f"/aws/codepipeline/{stage.pipeline.pipeline_name}:*",
                                        arn_format=ArnFormat.COLON_RESOURCE_NAME)]))
        tag = f"aws:ResourceTag/{self._tag_key}"
        options.role.add_to_principal_policy(iam.PolicyStatement(
            actions=["ssm:SendCommand"],
            resources=[stack.format_arn(service="ec2", resource="instance", resource_name="*")],
            conditions=({"StringEquals": {tag: self._tag_value}} if self._tag_value
                        else {"Null": {tag: "false"}})))
        options.role.add_to_principal_policy(iam.PolicyStatement(actions=["ssm:SendCommand"], resources=[
            stack.format_arn(service="ssm", account="", resource="document/AWS-RunPowerShellScript"),
            stack.format_arn(service="ssm", account="", resource="document/AWS-RunShellScript")]))
        groups: list[Any] = list(self._target_groups or [])
        if groups:
            options.role.add_to_principal_policy(iam.PolicyStatement(
                actions=["elasticloadbalancing:DeregisterTargets", "elasticloadbalancing:RegisterTargets"],
                resources=[tg.target_group_arn for tg in groups]))
        out = config(
            InstanceTagKey=self._tag_key, InstanceTagValue=self._tag_value, InstanceType=self._instance_type.value,
            MaxBatch=self._max_batch.value if self._max_batch else None,
            MaxError=self._max_error.value if self._max_error else None,
            TargetGroupNameList=",".join(tg.target_group_name for tg in groups) if groups else None)
        out.update(self._specs.bind(scope))
        return codepipeline.ActionConfig(configuration=out)


# -- ECR build and publish -------------------------------------------------------------------------------------------
class RegistryType(enum.Enum):
    """The kind of ECR registry an image is pushed to."""

    PRIVATE = "private"
    PUBLIC = "public"


@structs.frozen(kw_only=True)
class EcrBuildAndPublishVariables:
    ecr_image_digest_id: str
    ecr_repository_name: str


@structs.frozen(kw_only=True)
class EcrBuildAndPublishActionProps(codepipeline.CommonAwsActionProps):
    input: codepipeline.Artifact
    repository_name: str
    dockerfile_directory_path: str | None = None
    image_tags: Sequence[str] | None = None
    registry_type: RegistryType | None = None


class EcrBuildAndPublishAction(Action):
    def __init__(self, *, input: codepipeline.Artifact, repository_name: str,
                 dockerfile_directory_path: str | None = None, image_tags: Sequence[str] | None = None,
                 registry_type: RegistryType | None = None, role: IRole | None = None, action_name: str,
                 run_order: int | float | None = None, variables_namespace: str | None = None) -> None:
        super().__init__(
            action_name=action_name, run_order=run_order, variables_namespace=variables_namespace, role=role,
            category=codepipeline.ActionCategory.BUILD, provider="ECRBuildAndPublish",
            artifact_bounds=codepipeline.ActionArtifactBounds(min_inputs=1, max_inputs=1, min_outputs=0,
                                                              max_outputs=0),
            inputs=[input])
        self._repository_name = repository_name
        self._dockerfile = dockerfile_directory_path
        self._tags = image_tags
        self._registry_type = registry_type

    @property
    def variables(self) -> EcrBuildAndPublishVariables:
        """The action's variables (the pushed image's digest and repository)."""
        return EcrBuildAndPublishVariables(ecr_image_digest_id=self._variable_expression("ECRImageDigestId"),
                                           ecr_repository_name=self._variable_expression("ECRRepositoryName"))

    def _bound(self, scope: Construct, stage: codepipeline.IStage,
               options: codepipeline.ActionBindOptions) -> codepipeline.ActionConfig:
        from l2 import ecr, iam

        stack = Stack.of(scope)
        if self._registry_type is RegistryType.PUBLIC:
            arn = stack.format_arn(service="ecr-public", resource="repository", resource_name=self._repository_name,
                                   region="")
            options.role.add_to_principal_policy(iam.PolicyStatement(resources=[arn], actions=[
                "ecr-public:DescribeRepositories", "ecr-public:InitiateLayerUpload", "ecr-public:UploadLayerPart",
                "ecr-public:CompleteLayerUpload", "ecr-public:PutImage", "ecr-public:BatchCheckLayerAvailability"]))
            ecr.PublicGalleryAuthorizationToken.grant_read(options.role)
        else:
            arn = stack.format_arn(service="ecr", resource="repository", resource_name=self._repository_name,
                                   region=stack.region)
            options.role.add_to_principal_policy(iam.PolicyStatement(resources=[arn], actions=[
                "ecr:DescribeRepositories", "ecr:InitiateLayerUpload", "ecr:UploadLayerPart",
                "ecr:CompleteLayerUpload", "ecr:PutImage", "ecr:GetDownloadUrlForLayer",
                "ecr:BatchCheckLayerAvailability"]))
            ecr.AuthorizationToken.grant_read(options.role)
        log_group = stack.format_arn(service="logs", resource="log-group",
                                     resource_name=f"/aws/codepipeline/{stage.pipeline.pipeline_name}",
                                     arn_format=ArnFormat.COLON_RESOURCE_NAME)
        options.role.add_to_principal_policy(iam.PolicyStatement(
            resources=[log_group, f"{log_group}:*"],
            actions=["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"]))
        if self.action_properties.inputs:
            options.bucket.grant_read(options.role)
        return codepipeline.ActionConfig(configuration=config(
            ECRRepositoryName=self._repository_name, DockerFilePath=self._dockerfile,
            ImageTags=",".join(self._tags) if self._tags is not None else None,
            RegistryType=self._registry_type.value if self._registry_type else None))


# -- Inspector -------------------------------------------------------------------------------------------------------
@structs.frozen(kw_only=True)
class InspectorScanVariables:
    highest_scanned_severity: str


@structs.frozen(kw_only=True)
class InspectorScanActionBaseProps(codepipeline.CommonAwsActionProps):
    output: codepipeline.Artifact
    critical_threshold: int | float | None = None
    high_threshold: int | float | None = None
    low_threshold: int | float | None = None
    medium_threshold: int | float | None = None


class InspectorScanActionBase(Action):
    def __init__(self, *, output: codepipeline.Artifact, critical_threshold: int | float | None = None,
                 high_threshold: int | float | None = None, low_threshold: int | float | None = None,
                 medium_threshold: int | float | None = None, role: IRole | None = None, action_name: str,
                 run_order: int | float | None = None, variables_namespace: str | None = None) -> None:
        super().__init__(
            action_name=action_name, run_order=run_order, variables_namespace=variables_namespace, role=role,
            category=codepipeline.ActionCategory.INVOKE, provider="InspectorScan",
            artifact_bounds=codepipeline.ActionArtifactBounds(min_inputs=0, max_inputs=1, min_outputs=1,
                                                              max_outputs=1),
            outputs=[output])
        self._thresholds = (critical_threshold, high_threshold, medium_threshold, low_threshold)

    @property
    def variables(self) -> InspectorScanVariables:
        """The action's variables (the highest severity found)."""
        return InspectorScanVariables(highest_scanned_severity=self._variable_expression("HighestScannedSeverity"))

    def _render_action_configuration(self) -> dict[str, Any]:
        raise NotImplementedError

    def _bound(self, scope: Construct, stage: codepipeline.IStage,
               options: codepipeline.ActionBindOptions) -> codepipeline.ActionConfig:
        from l2 import iam

        options.role.add_to_principal_policy(iam.PolicyStatement(resources=["*"],
                                                                 actions=["inspector-scan:ScanSbom"]))
        log_group = Stack.of(scope).format_arn(
            service="logs", resource="log-group", resource_name=f"/aws/codepipeline/{stage.pipeline.pipeline_name}",
            arn_format=ArnFormat.COLON_RESOURCE_NAME)
        options.role.add_to_principal_policy(iam.PolicyStatement(
            resources=[log_group, f"{log_group}:*"],
            actions=["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"]))
        if self.action_properties.outputs:
            options.bucket.grant_write(options.role)
        critical, high, medium, low = self._thresholds
        out = self._render_action_configuration()
        out.update(config(CriticalThreshold=critical, HighThreshold=high, MediumThreshold=medium,
                          LowThreshold=low))
        return codepipeline.ActionConfig(configuration=out)


@structs.frozen(kw_only=True)
class InspectorSourceCodeScanActionProps(InspectorScanActionBaseProps):
    input: codepipeline.Artifact


class InspectorSourceCodeScanAction(InspectorScanActionBase):
    def __init__(self, *, input: codepipeline.Artifact, output: codepipeline.Artifact,
                 critical_threshold: int | float | None = None, high_threshold: int | float | None = None,
                 low_threshold: int | float | None = None, medium_threshold: int | float | None = None,
                 role: IRole | None = None, action_name: str, run_order: int | float | None = None,
                 variables_namespace: str | None = None) -> None:
        super().__init__(output=output, critical_threshold=critical_threshold, high_threshold=high_threshold,
                         low_threshold=low_threshold, medium_threshold=medium_threshold, role=role,
                         action_name=action_name, run_order=run_order, variables_namespace=variables_namespace)
        self._props_given = structs.evolve(self._props_given, inputs=[input])

    def _render_action_configuration(self) -> dict[str, Any]:
        return {"InspectorRunMode": "SourceCodeScan"}

    def _bound(self, scope: Construct, stage: codepipeline.IStage,
               options: codepipeline.ActionBindOptions) -> codepipeline.ActionConfig:
        result = super()._bound(scope, stage, options)
        if self.action_properties.inputs:
            options.bucket.grant_read(options.role)
        return result


@structs.frozen(kw_only=True)
class InspectorEcrImageScanActionProps(InspectorScanActionBaseProps):
    repository: IRepository
    image_tag: str | None = None


class InspectorEcrImageScanAction(InspectorScanActionBase):
    def __init__(self, *, repository: IRepository, image_tag: str | None = None, output: codepipeline.Artifact,
                 critical_threshold: int | float | None = None, high_threshold: int | float | None = None,
                 low_threshold: int | float | None = None, medium_threshold: int | float | None = None,
                 role: IRole | None = None, action_name: str, run_order: int | float | None = None,
                 variables_namespace: str | None = None) -> None:
        super().__init__(output=output, critical_threshold=critical_threshold, high_threshold=high_threshold,
                         low_threshold=low_threshold, medium_threshold=medium_threshold, role=role,
                         action_name=action_name, run_order=run_order, variables_namespace=variables_namespace)
        self._repository = repository
        self._image_tag = image_tag

    def _render_action_configuration(self) -> dict[str, Any]:
        return config(InspectorRunMode="ECRImageScan",
                      ECRRepositoryName=self._repository.repository_ref.repository_name,  # type: ignore[attr-defined]
                      ImageTag=self._image_tag)

    def _bound(self, scope: Construct, stage: codepipeline.IStage,
               options: codepipeline.ActionBindOptions) -> codepipeline.ActionConfig:
        from l2 import ecr, iam

        result = super()._bound(scope, stage, options)
        options.role.add_to_principal_policy(iam.PolicyStatement(
            resources=[self._repository.repository_ref.repository_arn],  # type: ignore[attr-defined]
            actions=["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage", "ecr:BatchCheckLayerAvailability"]))
        ecr.AuthorizationToken.grant_read(options.role)
        return result


_EXTRA = {
    "failure_tolerance_percentage": "the share of accounts per region whose deployment may fail (0-100).",
    "max_account_concurrency_percentage": "the share of accounts deployed at once (0-100).",
    "stack_set_region": "the region the stack set lives in (default the pipeline's).",
    "stack_set_name": "the stack set's name.",
    "template": "the stack set's template.",
    "deployment_model": "how the stack set is deployed (default self-managed with a new administration role).",
    "description": "the stack set's description.",
    "parameters": "the stack set's parameters.",
    "parameter_overrides": "parameters overriding the stack set's for these instances.",
    "stack_instances": "where the instances go.",
    "auto_deployment": "deploy to accounts added to the organizational units (default disabled).",
    "administration_role": "the administration role (default a new one).",
    "execution_role_name": "the execution role's name in the targets (default AWSCloudFormationStackSetExecutionRole).",
    "post_script": "the script run after the copy.",
    "target_directory": "the absolute directory the artifact is copied to.",
    "pre_script": "the script run before the copy.",
    "deploy_specifications": "what runs on the instances.",
    "instance_tag_key": "the tag key that selects the instances.",
    "instance_tag_value": "the tag value that selects the instances (default any value).",
    "instance_type": "EC2 instances or SSM managed nodes.",
    "max_batch": "how many instances are deployed at once.",
    "max_error": "how many instances may fail.",
    "target_groups": "load balancer target groups the instances are taken out of while deploying.",
    "ecr_image_digest_id": "the expression of the image digest.",
    "ecr_repository_name": "the expression of the repository name.",
    "repository_name": "the ECR repository the image is pushed to.",
    "dockerfile_directory_path": "the directory of the Dockerfile in the input (default the root).",
    "image_tags": "the image tags (default ``latest``).",
    "registry_type": "a private (default) or public registry.",
    "highest_scanned_severity": "the expression of the highest severity found.",
    "output": "the artifact the scan report goes to.",
    "critical_threshold": "how many critical findings fail the action.",
    "high_threshold": "how many high findings fail the action.",
    "low_threshold": "how many low findings fail the action.",
    "medium_threshold": "how many medium findings fail the action.",
    "input": "the artifact to deploy, build or scan.",
    "repository": "the ECR repository of the image to scan.",
    "image_tag": "the tag of the image to scan (default ``latest``).",
}
for _cls, _what in (
        (OrganizationsDeploymentProps, "The options of ``StackSetDeploymentModel.organizations``."),
        (SelfManagedDeploymentProps, "The options of ``StackSetDeploymentModel.self_managed``."),
        (CommonCloudFormationStackSetOptions, "The options every StackSet action has."),
        (CloudFormationDeployStackSetActionProps, "The properties of a ``CloudFormationDeployStackSetAction``."),
        (CloudFormationDeployStackSetAction, "Creates or updates a CloudFormation stack set (provider "
                                             "``CloudFormationStackSet``)."),
        (CloudFormationDeployStackInstancesActionProps, "The properties of a "
                                                        "``CloudFormationDeployStackInstancesAction``."),
        (CloudFormationDeployStackInstancesAction, "Adds or updates instances of a stack set (provider "
                                                   "``CloudFormationStackInstances``)."),
        (Ec2DeploySpecificationsInlineProps, "The options of ``Ec2DeploySpecifications.inline``."),
        (Ec2DeployActionProps, "The properties of an ``Ec2DeployAction``."),
        (Ec2DeployAction, "Deploys an artifact to EC2 instances selected by tag (provider ``EC2``)."),
        (EcrBuildAndPublishVariables, "The variables of an ``EcrBuildAndPublishAction``."),
        (EcrBuildAndPublishActionProps, "The properties of an ``EcrBuildAndPublishAction``."),
        (EcrBuildAndPublishAction, "Builds a Docker image and pushes it to ECR (provider ``ECRBuildAndPublish``)."),
        (InspectorScanVariables, "The variables of an Inspector scan action."),
        (InspectorScanActionBaseProps, "The properties every Inspector scan action has."),
        (InspectorScanActionBase, "Base class of the Inspector scan actions (provider ``InspectorScan``)."),
        (InspectorSourceCodeScanActionProps, "The properties of an ``InspectorSourceCodeScanAction``."),
        (InspectorSourceCodeScanAction, "Scans source code with Amazon Inspector."),
        (InspectorEcrImageScanActionProps, "The properties of an ``InspectorEcrImageScanAction``."),
        (InspectorEcrImageScanAction, "Scans an ECR image with Amazon Inspector."),
):
    document(_cls, _what, _EXTRA)
