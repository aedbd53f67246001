"""Deploy actions on other services: CodeDeploy (server and ECS blue/green), ECS, Alexa skills, Service Catalog;
and Jenkins build/test actions with their custom action provider."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import Construct, Duration, IConstruct, Resource, SecretValue, Stack, UnscopedValidationError
from constructs.internals import structs
from l2 import codepipeline
from l2.codepipeline_actions._base import Action, config, deploy_artifact_bounds, document

if TYPE_CHECKING:
    from l2.codedeploy import IEcsDeploymentGroup, IServerDeploymentGroup
    from l2.ecs import IBaseService
    from l2.iam import IRole
    from l2.s3 import IBucket


def _force_support_stack_dependency(bucket: IBucket, role: IRole) -> None:
    """A replication bucket's stack is deployed after the stack of the action role that reads it."""
    if isinstance(bucket, Resource) and isinstance(role, Resource):
        Stack.of(bucket).add_stack_dependency(
            Stack.of(role), f"replication bucket {{{bucket.node.path}}} to action role {{{role}}}")


# -- CodeDeploy ------------------------------------------------------------------------------------------------------
@structs.frozen(kw_only=True)
class CodeDeployServerDeployActionProps(codepipeline.CommonAwsActionProps):
    deployment_group: IServerDeploymentGroup
    input: codepipeline.Artifact


class CodeDeployServerDeployAction(Action):
    def __init__(self, *, deployment_group: IServerDeploymentGroup, input: codepipeline.Artifact,
                 role: IRole | None = None, action_name: str, run_order: int | float | None = None,
                 variables_namespace: str | None = None) -> None:
        super().__init__(
            action_name=action_name, run_order=run_order, variables_namespace=variables_namespace, role=role,
            resource=deployment_group, category=codepipeline.ActionCategory.DEPLOY,  # type: ignore[arg-type]
            provider="CodeDeploy", artifact_bounds=deploy_artifact_bounds(), inputs=[input])
        self._group = deployment_group

    def _bound(self, scope: Construct, stage: codepipeline.IStage,
               options: codepipeline.ActionBindOptions) -> codepipeline.ActionConfig:
        from l2 import iam

        group: Any = self._group
        options.role.add_to_policy(iam.PolicyStatement(
            resources=[group.application.application_arn],
            actions=["codedeploy:GetApplicationRevision", "codedeploy:RegisterApplicationRevision"]))
        options.role.add_to_policy(iam.PolicyStatement(
            resources=[group.deployment_group_arn],
            actions=["codedeploy:CreateDeployment", "codedeploy:GetDeployment"]))
        options.role.add_to_policy(iam.PolicyStatement(
            resources=[group.deployment_config.deployment_config_arn], actions=["codedeploy:GetDeploymentConfig"]))
        for asg in group.auto_scaling_groups or []:
            options.bucket.grant_read(asg)
        options.bucket.grant_read(options.role)
        return codepipeline.ActionConfig(configuration=config(
            ApplicationName=group.application.application_name, DeploymentGroupName=group.deployment_group_name))


@structs.frozen(kw_only=True)
class CodeDeployEcsContainerImageInput:
    input: codepipeline.Artifact
    task_definition_placeholder: str | None = None


@structs.frozen(kw_only=True)
class CodeDeployEcsDeployActionProps(codepipeline.CommonAwsActionProps):
    deployment_group: IEcsDeploymentGroup
    app_spec_template_file: codepipeline.ArtifactPath | None = None
    app_spec_template_input: codepipeline.Artifact | None = None
    container_image_inputs: Sequence[CodeDeployEcsContainerImageInput] | None = None
    task_definition_template_file: codepipeline.ArtifactPath | None = None
    task_definition_template_input: codepipeline.Artifact | None = None


def _one_of(file: codepipeline.ArtifactPath | None, input: codepipeline.Artifact | None, what: str, file_arg: str,
            input_arg: str, action: str) -> codepipeline.Artifact:
    if file is not None and input is not None:
        raise UnscopedValidationError(f"Exactly one of '{input_arg}' or '{file_arg}' can be provided in the {action}")
    if file is not None:
        return file.artifact
    if input is not None:
        return input
    raise UnscopedValidationError(f"Specifying one of '{input_arg}' or '{file_arg}' is required for the {action}")


class CodeDeployEcsDeployAction(Action):
    def __init__(self, *, deployment_group: IEcsDeploymentGroup,
                 app_spec_template_file: codepipeline.ArtifactPath | None = None,
                 app_spec_template_input: codepipeline.Artifact | None = None,
                 container_image_inputs: Sequence[CodeDeployEcsContainerImageInput] | None = None,
                 task_definition_template_file: codepipeline.ArtifactPath | None = None,
                 task_definition_template_input: codepipeline.Artifact | None = None, role: IRole | None = None,
                 action_name: str, run_order: int | float | None = None,
                 variables_namespace: str | None = None) -> None:
        action = "ECS CodeDeploy Action"
        self._task_def = _one_of(task_definition_template_file, task_definition_template_input, "task definition",
                                 "taskDefinitionTemplateFile", "taskDefinitionTemplateInput", action)
        self._app_spec = _one_of(app_spec_template_file, app_spec_template_input, "app spec",
                                 "appSpecTemplateFile", "appSpecTemplateInput", action)
        inputs = [self._task_def, self._app_spec]
        if container_image_inputs:
            if len(container_image_inputs) > 4:
                raise UnscopedValidationError(
                    f"Action cannot have more than 4 container image inputs, got: {len(container_image_inputs)}")
            inputs += [i.input for i in container_image_inputs]
        super().__init__(
            action_name=action_name, run_order=run_order, variables_namespace=variables_namespace, role=role,
            resource=deployment_group, category=codepipeline.ActionCategory.DEPLOY,  # type: ignore[arg-type]
            provider="CodeDeployToECS",
            artifact_bounds=codepipeline.ActionArtifactBounds(min_inputs=1, max_inputs=5, min_outputs=0,
                                                              max_outputs=0),
            inputs=inputs)
        self._group = deployment_group
        self._task_def_file = task_definition_template_file
        self._app_spec_file = app_spec_template_file
        self._images = container_image_inputs

    def _bound(self, scope: Construct, stage: codepipeline.IStage,
               options: codepipeline.ActionBindOptions) -> codepipeline.ActionConfig:
        from l2 import iam

        group: Any = self._group
        options.role.add_to_policy(iam.PolicyStatement(
            resources=[group.application.application_arn],
            actions=["codedeploy:GetApplication", "codedeploy:GetApplicationRevision",
                     "codedeploy:RegisterApplicationRevision"]))
        options.role.add_to_policy(iam.PolicyStatement(
            resources=[group.deployment_group_arn],
            actions=["codedeploy:CreateDeployment", "codedeploy:GetDeployment"]))
        options.role.add_to_policy(iam.PolicyStatement(
            resources=[group.deployment_config.deployment_config_arn], actions=["codedeploy:GetDeploymentConfig"]))
        options.role.add_to_policy(iam.PolicyStatement(resources=["*"], actions=["ecs:RegisterTaskDefinition"]))
        options.role.add_to_policy(iam.PolicyStatement(
            actions=["iam:PassRole"], resources=["*"],
            conditions={"StringEqualsIfExists": {"iam:PassedToService": ["ecs-tasks.amazonaws.com"]}}))
        options.bucket.grant_read(options.role)
        _force_support_stack_dependency(options.bucket, options.role)
        configuration: dict[str, Any] = {
            "ApplicationName": group.application.application_name,
            "DeploymentGroupName": group.deployment_group_name,
            "TaskDefinitionTemplateArtifact": self._task_def._name_token,
            "TaskDefinitionTemplatePath": (self._task_def_file.file_name if self._task_def_file is not None
                                           else "taskdef.json"),
            "AppSpecTemplateArtifact": self._app_spec._name_token,
            "AppSpecTemplatePath": (self._app_spec_file.file_name if self._app_spec_file is not None
                                    else "appspec.yaml"),
        }
        for i, image in enumerate(self._images or [], start=1):
            configuration[f"Image{i}ArtifactName"] = image.input._name_token
            configuration[f"Image{i}ContainerName"] = image.task_definition_placeholder or "IMAGE"
        return codepipeline.ActionConfig(configuration=configuration)


# -- ECS -------------------------------------------------------------------------------------------------------------
@structs.frozen(kw_only=True)
class EcsDeployActionProps(codepipeline.CommonAwsActionProps):
    service: IBaseService
    deployment_timeout: Duration | None = None
    image_file: codepipeline.ArtifactPath | None = None
    input: codepipeline.Artifact | None = None


class EcsDeployAction(Action):
    def __init__(self, *, service: IBaseService, deployment_timeout: Duration | None = None,
                 image_file: codepipeline.ArtifactPath | None = None, input: codepipeline.Artifact | None = None,
                 role: IRole | None = None, action_name: str, run_order: int | float | None = None,
                 variables_namespace: str | None = None) -> None:
        artifact = _one_of(image_file, input, "input", "imageFile", "input", "ECS deploy Action")
        super().__init__(
            action_name=action_name, run_order=run_order, variables_namespace=variables_namespace, role=role,
            category=codepipeline.ActionCategory.DEPLOY, provider="ECS", artifact_bounds=deploy_artifact_bounds(),
            inputs=[artifact], resource=service)  # type: ignore[arg-type]
        timeout = deployment_timeout.to_minutes(integral=True) if deployment_timeout is not None else None
        if timeout is not None and not 1 <= timeout <= 60:
            raise UnscopedValidationError(f"Deployment timeout must be between 1 and 60 minutes, got: {timeout:g}")
        self._service = service
        self._image_file = image_file
        self.deployment_timeout = timeout

    def _bound(self, scope: Construct, stage: codepipeline.IStage,
               options: codepipeline.ActionBindOptions) -> codepipeline.ActionConfig:
        from l2 import iam

        options.role.add_to_policy(iam.PolicyStatement(actions=[
            "ecs:DescribeServices", "ecs:DescribeTaskDefinition", "ecs:DescribeTasks", "ecs:ListTasks",
            "ecs:RegisterTaskDefinition", "ecs:TagResource", "ecs:UpdateService"], resources=["*"]))
        options.role.add_to_policy(iam.PolicyStatement(
            actions=["iam:PassRole"], resources=["*"],
            conditions={"StringEqualsIfExists": {"iam:PassedToService": ["ec2.amazonaws.com",
                                                                         "ecs-tasks.amazonaws.com"]}}))
        options.bucket.grant_read(options.role)
        service: Any = self._service
        return codepipeline.ActionConfig(configuration=config(
            ClusterName=service.cluster.cluster_name, ServiceName=service.service_name,
            FileName=self._image_file.file_name if self._image_file is not None else None,
            DeploymentTimeout=self.deployment_timeout))


# -- Alexa -----------------------------------------------------------------------------------------------------------
@structs.frozen(kw_only=True)
class AlexaSkillDeployActionProps(codepipeline.CommonActionProps):
    client_id: str
    client_secret: SecretValue
    input: codepipeline.Artifact
    refresh_token: SecretValue
    skill_id: str
    parameter_overrides_artifact: codepipeline.Artifact | None = None


class AlexaSkillDeployAction(Action):
    def __init__(self, *, client_id: str, client_secret: SecretValue, input: codepipeline.Artifact,
                 refresh_token: SecretValue, skill_id: str,
                 parameter_overrides_artifact: codepipeline.Artifact | None = None, action_name: str,
                 run_order: int | float | None = None, variables_namespace: str | None = None) -> None:
        inputs = [input] + ([parameter_overrides_artifact] if parameter_overrides_artifact else [])
        super().__init__(
            action_name=action_name, run_order=run_order, variables_namespace=variables_namespace,
            category=codepipeline.ActionCategory.DEPLOY, owner="ThirdParty", provider="AlexaSkillsKit",
            artifact_bounds=codepipeline.ActionArtifactBounds(min_inputs=1, max_inputs=2, min_outputs=0,
                                                              max_outputs=0),
            inputs=inputs)
        self._client_id = client_id
        self._client_secret = client_secret
        self._refresh_token = refresh_token
        self._skill_id = skill_id

    def _bound(self, scope: Construct, stage: codepipeline.IStage,
               options: codepipeline.ActionBindOptions) -> codepipeline.ActionConfig:
        return codepipeline.ActionConfig(configuration=config(
            ClientId=self._client_id, ClientSecret=self._client_secret.unsafe_unwrap(),
            RefreshToken=self._refresh_token.unsafe_unwrap(), SkillId=self._skill_id))


# -- Service Catalog -------------------------------------------------------------------------------------------------
@structs.frozen(kw_only=True)
class ServiceCatalogDeployActionBeta1Props(codepipeline.CommonAwsActionProps):
    product_id: str
    product_version_name: str
    template_path: codepipeline.ArtifactPath
    product_version_description: str | None = None


class ServiceCatalogDeployActionBeta1(Action):
    def __init__(self, *, product_id: str, product_version_name: str, template_path: codepipeline.ArtifactPath,
                 product_version_description: str | None = None, role: IRole | None = None, action_name: str,
                 run_order: int | float | None = None, variables_namespace: str | None = None) -> None:
        super().__init__(
            action_name=action_name, run_order=run_order, variables_namespace=variables_namespace, role=role,
            provider="ServiceCatalog", category=codepipeline.ActionCategory.DEPLOY,
            artifact_bounds=codepipeline.ActionArtifactBounds(min_inputs=1, max_inputs=1, min_outputs=0,
                                                              max_outputs=0),
            inputs=[template_path.artifact])
        self._template_path = template_path.file_name
        self._version_name = product_version_name
        self._version_description = product_version_description
        self._product_id = product_id

    def _bound(self, scope: Construct, stage: codepipeline.IStage,
               options: codepipeline.ActionBindOptions) -> codepipeline.ActionConfig:
        from l2 import iam

        options.role.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name(
            "AWSServiceCatalogAdminFullAccess"))
        options.bucket.grant_read(options.role)
        return codepipeline.ActionConfig(configuration=config(
            TemplateFilePath=self._template_path, ProductVersionName=self._version_name,
            ProductVersionDescription=self._version_description, ProductType="CLOUD_FORMATION_TEMPLATE",
            ProductId=self._product_id))


# -- Jenkins ---------------------------------------------------------------------------------------------------------
_JENKINS_BOUNDS = codepipeline.ActionArtifactBounds(min_inputs=0, max_inputs=5, min_outputs=0, max_outputs=5)


@runtime_checkable
class IJenkinsProvider(IConstruct, Protocol):
    """A Jenkins server registered with CodePipeline as a custom action provider."""

    @property
    def provider_name(self) -> str:
        """The provider's name."""
        ...

    @property
    def server_url(self) -> str:
        """The Jenkins server's URL."""
        ...

    @property
    def version(self) -> str:
        """The custom action type's version."""
        ...


@structs.frozen(kw_only=True)
class JenkinsProviderAttributes:
    provider_name: str
    server_url: str
    version: str | None = None


@structs.frozen(kw_only=True)
class JenkinsProviderProps:
    provider_name: str
    server_url: str
    for_build: bool | None = None
    for_test: bool | None = None
    version: str | None = None


class BaseJenkinsProvider(Construct):
    """Base class of Jenkins providers: a construct with the custom action type's version.

    Args:
        scope: the parent construct.
        id: the construct id.
        version: the version of the custom action types (default ``1``).
    """

    provider_name: str
    """The custom action provider's name."""
    server_url: str
    """The Jenkins server's URL."""

    def __init__(self, scope: Construct, id: str, version: str | None = None) -> None:
        super().__init__(scope, id)
        self.version = version or "1"

    def _register_build_provider(self) -> None:
        pass

    def _register_test_provider(self) -> None:
        pass


def _append_url(base: str, path: str) -> str:
    return base + path if base.endswith("/") else f"{base}/{path}"


class JenkinsProvider(BaseJenkinsProvider):
    def __init__(self, scope: Construct, id: str, *, provider_name: str, server_url: str,
                 for_build: bool | None = None, for_test: bool | None = None, version: str | None = None) -> None:
        super().__init__(scope, id, version)
        self.provider_name = provider_name
        self.server_url = server_url
        self._build_included = False
        self._test_included = False
        if for_build is True:
            self._register_build_provider()
        if for_test is True:
            self._register_test_provider()

    @staticmethod
    def from_jenkins_provider_attributes(scope: Construct, id: str, *, provider_name: str, server_url: str,
                                         version: str | None = None) -> IJenkinsProvider:
        """Refer to a Jenkins provider registered elsewhere (no custom action type is created)."""
        return _ImportedJenkinsProvider(scope, id, provider_name=provider_name, server_url=server_url,
                                        version=version)

    def _register_build_provider(self) -> None:
        if not self._build_included:
            self._build_included = True
            self._register("JenkinsBuildProviderResource", codepipeline.ActionCategory.BUILD)

    def _register_test_provider(self) -> None:
        if not self._test_included:
            self._test_included = True
            self._register("JenkinsTestProviderResource", codepipeline.ActionCategory.TEST)

    def _register(self, id: str, category: codepipeline.ActionCategory) -> None:
        codepipeline.CustomActionRegistration(
            self, id, category=category, artifact_bounds=_JENKINS_BOUNDS, provider=self.provider_name,
            version=self.version, entity_url=_append_url(self.server_url, "job/{Config:ProjectName}"),
            execution_url=_append_url(self.server_url, "job/{Config:ProjectName}/{ExternalExecutionId}"),
            action_properties=[codepipeline.CustomActionProperty(name="ProjectName", required=True, key=True,
                                                                 queryable=True)])


class _ImportedJenkinsProvider(BaseJenkinsProvider):
    def __init__(self, scope: Construct, id: str, *, provider_name: str, server_url: str,
                 version: str | None) -> None:
        super().__init__(scope, id, version)
        self.provider_name = provider_name
        self.server_url = server_url


class JenkinsActionType(enum.Enum):
    """Whether a Jenkins action builds or tests."""

    BUILD = 0
    TEST = 1


@structs.frozen(kw_only=True)
class JenkinsActionProps(codepipeline.CommonActionProps):
    jenkins_provider: IJenkinsProvider
    project_name: str
    type: JenkinsActionType
    inputs: Sequence[codepipeline.Artifact] | None = None
    outputs: Sequence[codepipeline.Artifact] | None = None


class JenkinsAction(Action):
    def __init__(self, *, jenkins_provider: IJenkinsProvider, project_name: str, type: JenkinsActionType,
                 inputs: Sequence[codepipeline.Artifact] | None = None,
                 outputs: Sequence[codepipeline.Artifact] | None = None, action_name: str,
                 run_order: int | float | None = None, variables_namespace: str | None = None) -> None:
        super().__init__(
            action_name=action_name, run_order=run_order, variables_namespace=variables_namespace,
            category=(codepipeline.ActionCategory.BUILD if type is JenkinsActionType.BUILD
                      else codepipeline.ActionCategory.TEST),
            provider=jenkins_provider.provider_name, owner="Custom", artifact_bounds=_JENKINS_BOUNDS,
            version=jenkins_provider.version, inputs=inputs, outputs=outputs)
        self._provider = jenkins_provider
        self._project_name = project_name

    def _bound(self, scope: Construct, stage: codepipeline.IStage,
               options: codepipeline.ActionBindOptions) -> codepipeline.ActionConfig:
        provider: Any = self._provider
        if self.action_properties.category is codepipeline.ActionCategory.BUILD:
            provider._register_build_provider()
        else:
            provider._register_test_provider()
        return codepipeline.ActionConfig(configuration=config(ProjectName=self._project_name))


_EXTRA = {
    "deployment_group": "the CodeDeploy deployment group.",
    "input": "the artifact with the revision to deploy.",
    "app_spec_template_file": "the AppSpec file (default ``appspec.yaml`` of ``app_spec_template_input``).",
    "app_spec_template_input": "the artifact holding ``appspec.yaml``.",
    "container_image_inputs": "up to 4 artifacts with image details, for task definition placeholders.",
    "task_definition_template_file": "the task definition file (default ``taskdef.json`` of the input).",
    "task_definition_template_input": "the artifact holding ``taskdef.json``.",
    "task_definition_placeholder": "the placeholder in the task definition the image replaces (default ``IMAGE``).",
    "service": "the ECS service to deploy.",
    "deployment_timeout": "how long the deployment may take (1 to 60 minutes; default 60).",
    "image_file": "the image definitions file (default ``imagedefinitions.json`` of ``input``).",
    "product_id": "the Service Catalog product.",
    "product_version_name": "the name of the new product version.",
    "product_version_description": "the description of the new product version.",
    "template_path": "the product's CloudFormation template.",
    "provider_name": "the custom action provider's name.",
    "server_url": "the Jenkins server's URL.",
    "for_build": "register a build action type now (default when a build action uses the provider).",
    "for_test": "register a test action type now (default when a test action uses the provider).",
    "version": "the version of the custom action types (default ``1``).",
    "type": "``BUILD`` or ``TEST``.",
    "inputs": "the artifacts Jenkins reads.",
    "outputs": "the artifacts Jenkins produces.",
}
for _cls, _what in (
        (CodeDeployServerDeployActionProps, "The properties of a ``CodeDeployServerDeployAction``."),
        (CodeDeployServerDeployAction, "Deploys a revision to EC2/on-premises instances with CodeDeploy (provider "
                                       "``CodeDeploy``)."),
        (CodeDeployEcsContainerImageInput, "An image artifact of a CodeDeploy ECS deployment."),
        (CodeDeployEcsDeployActionProps, "The properties of a ``CodeDeployEcsDeployAction``."),
        (CodeDeployEcsDeployAction, "A blue/green ECS deployment with CodeDeploy (provider ``CodeDeployToECS``)."),
        (EcsDeployActionProps, "The properties of an ``EcsDeployAction``."),
        (EcsDeployAction, "Deploys new images to an ECS service (provider ``ECS``)."),
        (AlexaSkillDeployActionProps, "The properties of an ``AlexaSkillDeployAction``."),
        (AlexaSkillDeployAction, "Deploys an Alexa skill (provider ``AlexaSkillsKit``)."),
        (ServiceCatalogDeployActionBeta1Props, "The properties of a ``ServiceCatalogDeployActionBeta1``."),
        (ServiceCatalogDeployActionBeta1, "Publishes a template as a Service Catalog product version (provider "
                                          "``ServiceCatalog``)."),
        (JenkinsProviderAttributes, "The attributes of an existing Jenkins provider."),
        (JenkinsProviderProps, "The properties of a ``JenkinsProvider``."),
        (JenkinsProvider, "Registers a Jenkins server with CodePipeline: a custom build and/or test action type."),
        (JenkinsActionProps, "The properties of a ``JenkinsAction``."),
        (JenkinsAction, "Runs a Jenkins project as a build or test action (owner ``Custom``)."),
):
    document(_cls, _what, _EXTRA)
