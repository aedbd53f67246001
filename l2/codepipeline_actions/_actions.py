"""Build, test, approval, invoke and deploy actions: CodeBuild, Commands, manual approval, Lambda, Step Functions,
another pipeline, S3 deploy and Elastic Beanstalk."""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import ArnFormat, Aws, Construct, Duration, Stack, UnscopedValidationError, ValidationError
from constructs.internals import structs
from l2 import codepipeline
from l2.codepipeline_actions._base import Action, config, deploy_artifact_bounds, document

if TYPE_CHECKING:
    from l2.codebuild import BuildEnvironmentVariable, IProject
    from l2.iam import IGrantable, IRole
    from l2.kms import IKey
    from l2.lambda_ import IFunction
    from l2.s3 import BucketAccessControl, IBucket
    from l2.sns import ITopic
    from l2.stepfunctions import IStateMachine


# -- CodeBuild -------------------------------------------------------------------------------------------------------
class CodeBuildActionType(enum.Enum):
    """Whether a CodeBuild action builds or tests."""

    BUILD = 0
    TEST = 1


@structs.frozen(kw_only=True)
class CodeBuildActionProps(codepipeline.CommonAwsActionProps):
    input: codepipeline.Artifact
    project: IProject
    check_secrets_in_plain_text_env_variables: bool | None = None
    combine_batch_build_artifacts: bool | None = None
    environment_variables: Mapping[str, BuildEnvironmentVariable] | None = None
    execute_batch_build: bool | None = None
    extra_inputs: Sequence[codepipeline.Artifact] | None = None
    outputs: Sequence[codepipeline.Artifact] | None = None
    type: CodeBuildActionType | None = None


class CodeBuildAction(Action):
    def __init__(self, *, input: codepipeline.Artifact, project: IProject,
                 check_secrets_in_plain_text_env_variables: bool | None = None,
                 combine_batch_build_artifacts: bool | None = None,
                 environment_variables: Mapping[str, BuildEnvironmentVariable] | None = None,
                 execute_batch_build: bool | None = None, extra_inputs: Sequence[codepipeline.Artifact] | None = None,
                 outputs: Sequence[codepipeline.Artifact] | None = None, type: CodeBuildActionType | None = None,
                 role: IRole | None = None, action_name: str, run_order: int | float | None = None,
                 variables_namespace: str | None = None) -> None:
        super().__init__(
            action_name=action_name, run_order=run_order, variables_namespace=variables_namespace, role=role,
            category=(codepipeline.ActionCategory.TEST if type is CodeBuildActionType.TEST
                      else codepipeline.ActionCategory.BUILD),
            provider="CodeBuild",
            artifact_bounds=codepipeline.ActionArtifactBounds(min_inputs=1, max_inputs=5, min_outputs=0,
                                                              max_outputs=5),
            inputs=[input, *(extra_inputs or [])], outputs=outputs, resource=project)  # type: ignore[arg-type]
        self._input = input
        self._project = project
        self._check = check_secrets_in_plain_text_env_variables
        self._combine = combine_batch_build_artifacts
        self._env = environment_variables
        self._batch = execute_batch_build

    def variable(self, variable_name: str) -> str:
        """The expression of the build's exported variable ``variable_name``."""
        return self._variable_expression(variable_name)

    def _bound(self, scope: Construct, stage: codepipeline.IStage,
               options: codepipeline.ActionBindOptions) -> codepipeline.ActionConfig:
        from l2 import codebuild, iam

        outputs = self.action_properties.outputs or []
        if outputs and Stack.of(scope).account != Stack.of(self._project).account:  # type: ignore[arg-type]
            raise ValidationError(
                "A cross-account CodeBuild action cannot have outputs. This is a known CodeBuild limitation. See "
                "https://github.com/aws/aws-cdk/issues/4169 for details", scope)
        batch = bool(self._batch)
        options.role.add_to_policy(iam.PolicyStatement(resources=[self._project.project_arn], actions=[
            f"codebuild:{'BatchGetBuildBatches' if batch else 'BatchGetBuilds'}",
            f"codebuild:{'StartBuildBatch' if batch else 'StartBuild'}",
            f"codebuild:{'StopBuildBatch' if batch else 'StopBuild'}",
        ]))
        if self._project.role is not None:  # type: ignore[attr-defined]
            if outputs:
                options.bucket.grant_read_write(self._project)
            else:
                options.bucket.grant_read(self._project)
        if isinstance(self._project, codebuild.Project):
            self._project.bind_to_code_pipeline(scope, artifact_bucket=options.bucket)
        from l2.codepipeline_actions._source import CodeCommitSourceAction, CodeStarConnectionsSourceAction

        for artifact in self.action_properties.inputs or []:
            connection = artifact.get_metadata(CodeStarConnectionsSourceAction._CONNECTION_ARN_PROPERTY)
            if connection:
                self._project.add_to_role_policy(iam.PolicyStatement(  # type: ignore[attr-defined]
                    actions=["codestar-connections:UseConnection"], resources=[str(connection)]))
            repo_arn = artifact.get_metadata(CodeCommitSourceAction._FULL_CLONE_ARN_PROPERTY)
            if repo_arn:
                self._project.add_to_role_policy(iam.PolicyStatement(  # type: ignore[attr-defined]
                    actions=["codecommit:GitPull"], resources=[str(repo_arn)]))
        env_json = None
        if self._env is not None:
            serialized = codebuild.Project.serialize_env_variables(
                self._env, self._check if self._check is not None else True, self._project)  # type: ignore[arg-type]
            env_json = Stack.of(scope).to_json_string(
                [{"name": e.name, "type": e.type, "value": e.value}  # type: ignore[attr-defined]
                 for e in serialized])
        configuration: dict[str, Any] = config(ProjectName=self._project.project_name,
                                               EnvironmentVariables=env_json)
        if len(self.action_properties.inputs or []) > 1:
            configuration["PrimarySource"] = self._input._name_token
        if batch:
            configuration["BatchEnabled"] = "true"
            self._project.enable_batch_builds()
            if self._combine:
                configuration["CombineArtifacts"] = "true"
        return codepipeline.ActionConfig(configuration=configuration)


# -- Commands --------------------------------------------------------------------------------------------------------
@structs.frozen(kw_only=True)
class CommandsActionProps(codepipeline.CommonAwsActionProps):
    commands: Sequence[str]
    input: codepipeline.Artifact
    extra_inputs: Sequence[codepipeline.Artifact] | None = None
    output: codepipeline.Artifact | None = None
    output_variables: Sequence[str] | None = None


class CommandsAction(Action):
    def __init__(self, *, commands: Sequence[str], input: codepipeline.Artifact,
                 extra_inputs: Sequence[codepipeline.Artifact] | None = None,
                 output: codepipeline.Artifact | None = None, output_variables: Sequence[str] | None = None,
                 role: IRole | None = None, action_name: str, run_order: int | float | None = None,
                 variables_namespace: str | None = None) -> None:
        super().__init__(
            action_name=action_name, run_order=run_order, variables_namespace=variables_namespace, role=role,
            category=codepipeline.ActionCategory.COMPUTE, provider="Commands",
            artifact_bounds=codepipeline.ActionArtifactBounds(min_inputs=1, max_inputs=10, min_outputs=0,
                                                              max_outputs=1),
            inputs=[input, *(extra_inputs or [])], outputs=[output] if output else [], commands=commands,
            output_variables=output_variables)
        if not 1 <= len(commands) <= 50:
            raise UnscopedValidationError(
                f"The length of the commands array must be between 1 and 50, got: {len(commands)}")
        if output_variables is not None and not 1 <= len(output_variables) <= 15:
            raise UnscopedValidationError(
                f"The length of the outputVariables array must be between 1 and 15, got: {len(output_variables)}")
        self.output_variables: list[str] = list(output_variables or [])

    def variable(self, variable_name: str) -> str:
        """The expression of the exported variable ``variable_name`` (one of ``output_variables``)."""
        if variable_name not in self.output_variables:
            raise UnscopedValidationError(
                f"Variable '{variable_name}' is not exported by `outputVariables`, exported variables: "
                f"{', '.join(self.output_variables)}")
        return self._variable_expression(variable_name)

    def _bound(self, scope: Construct, stage: codepipeline.IStage,
               options: codepipeline.ActionBindOptions) -> codepipeline.ActionConfig:
        from l2 import iam

        log_group_arn = Stack.of(scope).format_arn(
            service="logs", resource="log-group", resource_name=f"/aws/codepipeline/{stage.pipeline.pipeline_name}",
            arn_format=ArnFormat.COLON_RESOURCE_NAME)
        wildcard = f"{log_group_arn}:*"
        options.role.add_to_principal_policy(iam.PolicyStatement(
            resources=[log_group_arn, wildcard],
            actions=["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"]))
        options.role.add_to_principal_policy(iam.PolicyStatement(resources=[wildcard],
                                                                 actions=["logs:GetLogEvents"]))
        if self.action_properties.inputs:
            options.bucket.grant_read(options.role)
        if self.action_properties.outputs:
            options.bucket.grant_write(options.role)
        return codepipeline.ActionConfig()


# -- manual approval -------------------------------------------------------------------------------------------------
@structs.frozen(kw_only=True)
class ManualApprovalActionProps(codepipeline.CommonAwsActionProps):
    additional_information: str | None = None
    external_entity_link: str | None = None
    notification_topic: ITopic | None = None
    notify_emails: Sequence[str] | None = None
    timeout: Duration | None = None


class ManualApprovalAction(Action):
    def __init__(self, *, additional_information: str | None = None, external_entity_link: str | None = None,
                 notification_topic: ITopic | None = None, notify_emails: Sequence[str] | None = None,
                 timeout: Duration | None = None, role: IRole | None = None, action_name: str,
                 run_order: int | float | None = None, variables_namespace: str | None = None) -> None:
        super().__init__(
            action_name=action_name, run_order=run_order, variables_namespace=variables_namespace, role=role,
            category=codepipeline.ActionCategory.APPROVAL, provider="Manual",
            artifact_bounds=codepipeline.ActionArtifactBounds(min_inputs=0, max_inputs=0, min_outputs=0,
                                                              max_outputs=0),
            timeout=timeout)
        if timeout is not None and not 5 <= timeout.to_minutes() <= 86400:
            raise UnscopedValidationError(
                "timeout must be between 5 minutes and 86400 minutes (60 days), got "
                f"{timeout.to_minutes():g} minutes")
        self._action_name = action_name
        self._additional_information = additional_information
        self._external_entity_link = external_entity_link
        self._topic_given = notification_topic
        self._notify_emails = notify_emails
        self._notification_topic: ITopic | None = None
        self._bound_stage: codepipeline.IStage | None = None

    @property
    def notification_topic(self) -> ITopic | None:
        """The topic approvals are announced on (once the action is in a pipeline)."""
        return self._notification_topic

    def grant_manual_approval(self, grantable: IGrantable) -> None:
        """Let ``grantable`` approve or reject this action.

        Raises:
            UnscopedValidationError: the action is not in a pipeline yet.
        """
        from l2 import iam

        if self._bound_stage is None:
            raise UnscopedValidationError("Cannot grant permissions before binding action to a stage")
        principal = grantable.grant_principal
        arn = self._bound_stage.pipeline.pipeline_arn
        principal.add_to_principal_policy(iam.PolicyStatement(actions=["codepipeline:ListPipelines"],
                                                              resources=["*"]))
        principal.add_to_principal_policy(iam.PolicyStatement(
            actions=["codepipeline:GetPipeline", "codepipeline:GetPipelineState", "codepipeline:GetPipelineExecution"],
            resources=[arn]))
        principal.add_to_principal_policy(iam.PolicyStatement(
            actions=["codepipeline:PutApprovalResult"],
            resources=[f"{arn}/{self._bound_stage.stage_name}/{self._action_name}"]))

    def _bound(self, scope: Construct, stage: codepipeline.IStage,
               options: codepipeline.ActionBindOptions) -> codepipeline.ActionConfig:
        if self._topic_given is not None:
            self._notification_topic = self._topic_given
        elif self._notify_emails:
            from l2 import sns

            self._notification_topic = sns.Topic(scope, "TopicResource")
        if self._notification_topic is not None:
            self._notification_topic.grant_publish(options.role)
            if self._notify_emails:
                from l2 import sns_subscriptions

                for email in self._notify_emails:
                    self._notification_topic.add_subscription(sns_subscriptions.EmailSubscription(email))
        self._bound_stage = stage
        values = config(
            NotificationArn=self._notification_topic.topic_arn if self._notification_topic is not None else None,
            CustomData=self._additional_information, ExternalEntityLink=self._external_entity_link)
        return codepipeline.ActionConfig(configuration=values or None)


# -- Lambda ----------------------------------------------------------------------------------------------------------
@structs.frozen(kw_only=True)
class LambdaInvokeActionProps(codepipeline.CommonAwsActionProps):
    lambda_: IFunction
    inputs: Sequence[codepipeline.Artifact] | None = None
    outputs: Sequence[codepipeline.Artifact] | None = None
    user_parameters: Mapping[str, Any] | None = None
    user_parameters_string: str | None = None


class LambdaInvokeAction(Action):
    def __init__(self, *, lambda_: IFunction, inputs: Sequence[codepipeline.Artifact] | None = None,
                 outputs: Sequence[codepipeline.Artifact] | None = None,
                 user_parameters: Mapping[str, Any] | None = None, user_parameters_string: str | None = None,
                 role: IRole | None = None, action_name: str, run_order: int | float | None = None,
                 variables_namespace: str | None = None) -> None:
        super().__init__(
            action_name=action_name, run_order=run_order, variables_namespace=variables_namespace, role=role,
            resource=lambda_, category=codepipeline.ActionCategory.INVOKE,  # type: ignore[arg-type]
            provider="Lambda",
            artifact_bounds=codepipeline.ActionArtifactBounds(min_inputs=0, max_inputs=5, min_outputs=0,
                                                              max_outputs=5),
            inputs=inputs, outputs=outputs)
        if user_parameters and user_parameters_string:
            raise UnscopedValidationError("Only one of userParameters or userParametersString can be specified")
        self._lambda = lambda_
        self._user_parameters = user_parameters
        self._user_parameters_string = user_parameters_string

    def variable(self, variable_name: str) -> str:
        """The expression of the function's output variable ``variable_name``."""
        return self._variable_expression(variable_name)

    def _bound(self, scope: Construct, stage: codepipeline.IStage,
               options: codepipeline.ActionBindOptions) -> codepipeline.ActionConfig:
        from l2 import iam

        options.role.add_to_policy(iam.PolicyStatement(actions=["lambda:ListFunctions"], resources=["*"]))
        self._lambda.grant_invoke(options.role)
        if self.action_properties.inputs:
            options.bucket.grant_read(options.role)
        if self.action_properties.outputs:
            options.bucket.grant_write(options.role)
        self._lambda.add_to_role_policy(iam.PolicyStatement(
            resources=["*"], actions=["codepipeline:PutJobSuccessResult", "codepipeline:PutJobFailureResult"]))
        params = (self._user_parameters_string if self._user_parameters_string is not None
                  else Stack.of(scope).to_json_string(self._user_parameters))
        return codepipeline.ActionConfig(configuration=config(FunctionName=self._lambda.function_name,
                                                              UserParameters=params))


# -- Step Functions --------------------------------------------------------------------------------------------------
class StateMachineInput:
    """The input of a Step Functions execution: a literal JSON object or a file of an artifact (made with
    ``literal`` or ``file_path``).

    Args:
        input: the input (JSON text, or ``<artifact>::<file>``).
        input_artifact: the artifact holding the input file.
        input_type: ``Literal`` or ``FilePath``.
    """

    def __init__(self, input: str, input_artifact: codepipeline.Artifact | None, input_type: str) -> None:
        self.input = input
        self.input_artifact = input_artifact
        self.input_type = input_type

    @staticmethod
    def file_path(input_file: codepipeline.ArtifactPath) -> StateMachineInput:
        """The JSON file ``input_file`` of an artifact."""
        return StateMachineInput(input_file.location, input_file.artifact, "FilePath")

    @staticmethod
    def literal(object: Mapping[Any, Any]) -> StateMachineInput:
        """The JSON object ``object``."""
        return StateMachineInput(json.dumps(object, separators=(",", ":"), ensure_ascii=False), None, "Literal")


@structs.frozen(kw_only=True)
class StepFunctionsInvokeActionProps(codepipeline.CommonAwsActionProps):
    state_machine: IStateMachine
    execution_name_prefix: str | None = None
    output: codepipeline.Artifact | None = None
    state_machine_input: StateMachineInput | None = None


class StepFunctionInvokeAction(Action):
    def __init__(self, *, state_machine: IStateMachine, execution_name_prefix: str | None = None,
                 output: codepipeline.Artifact | None = None, state_machine_input: StateMachineInput | None = None,
                 role: IRole | None = None, action_name: str, run_order: int | float | None = None,
                 variables_namespace: str | None = None) -> None:
        super().__init__(
            action_name=action_name, run_order=run_order, variables_namespace=variables_namespace, role=role,
            resource=state_machine, category=codepipeline.ActionCategory.INVOKE,  # type: ignore[arg-type]
            provider="StepFunctions",
            artifact_bounds=codepipeline.ActionArtifactBounds(min_inputs=0, max_inputs=1, min_outputs=0,
                                                              max_outputs=1),
            inputs=([state_machine_input.input_artifact]
                    if state_machine_input is not None and state_machine_input.input_artifact else []),
            outputs=[output] if output else [])
        self._state_machine = state_machine
        self._prefix = execution_name_prefix
        self._input = state_machine_input

    def _bound(self, scope: Construct, stage: codepipeline.IStage,
               options: codepipeline.ActionBindOptions) -> codepipeline.ActionConfig:
        from l2 import iam

        arn = self._state_machine.state_machine_arn
        options.role.add_to_principal_policy(iam.PolicyStatement(
            actions=["states:StartExecution", "states:DescribeStateMachine"], resources=[arn]))
        sm_stack = Stack.of(self._state_machine)  # type: ignore[arg-type]
        parts = sm_stack.split_arn(arn, ArnFormat.COLON_RESOURCE_NAME)
        options.role.add_to_principal_policy(iam.PolicyStatement(actions=["states:DescribeExecution"], resources=[
            sm_stack.format_arn(account=parts.account, region=parts.region, partition=parts.partition,
                                service="states", resource="execution",
                                resource_name=f"{parts.resource_name}:{self._prefix or ''}*",
                                arn_format=ArnFormat.COLON_RESOURCE_NAME)]))
        if self.action_properties.inputs:
            options.bucket.grant_read(options.role)
        if self.action_properties.outputs:
            options.bucket.grant_write(options.role)
        return codepipeline.ActionConfig(configuration=config(
            StateMachineArn=arn, Input=self._input.input if self._input is not None else None,
            InputType=self._input.input_type if self._input is not None else None,
            ExecutionNamePrefix=self._prefix))


# -- another pipeline ------------------------------------------------------------------------------------------------
class RevisionType(enum.Enum):
    """The kind of a source revision passed to an invoked pipeline."""

    COMMIT_ID = "COMMIT_ID"
    IMAGE_DIGEST = "IMAGE_DIGEST"
    S3_OBJECT_VERSION_ID = "S3_OBJECT_VERSION_ID"
    S3_OBJECT_KEY = "S3_OBJECT_KEY"


@structs.frozen(kw_only=True)
class SourceRevision:
    action_name: str
    revision_type: RevisionType
    revision_value: str


@structs.frozen(kw_only=True)
class Variable:
    name: str
    value: str


@structs.frozen(kw_only=True)
class PipelineInvokeActionProps(codepipeline.CommonAwsActionProps):
    target_pipeline: codepipeline.IPipeline
    source_revisions: Sequence[SourceRevision] | None = None
    variables: Sequence[Variable] | None = None


class PipelineInvokeAction(Action):
    def __init__(self, *, target_pipeline: codepipeline.IPipeline,
                 source_revisions: Sequence[SourceRevision] | None = None,
                 variables: Sequence[Variable] | None = None, role: IRole | None = None, action_name: str,
                 run_order: int | float | None = None, variables_namespace: str | None = None) -> None:
        super().__init__(
            action_name=action_name, run_order=run_order, variables_namespace=variables_namespace, role=role,
            category=codepipeline.ActionCategory.INVOKE, provider="CodePipeline",
            artifact_bounds=codepipeline.ActionArtifactBounds(min_inputs=0, max_inputs=0, min_outputs=0,
                                                              max_outputs=0),
            inputs=[], outputs=[])
        self._target = target_pipeline
        self._revisions = source_revisions
        self._variables = variables

    def _bound(self, scope: Construct, stage: codepipeline.IStage,
               options: codepipeline.ActionBindOptions) -> codepipeline.ActionConfig:
        from l2 import iam

        stack = Stack.of(scope)
        options.role.add_to_policy(iam.PolicyStatement(actions=["codepipeline:StartPipelineExecution"],
                                                       resources=[self._target.pipeline_arn]))
        revisions = None if self._revisions is None else [
            {"actionName": r.action_name, "revisionType": r.revision_type.value, "revisionValue": r.revision_value}
            for r in self._revisions]
        variables = None if self._variables is None else [{"name": v.name, "value": v.value}
                                                           for v in self._variables]
        return codepipeline.ActionConfig(configuration=config(
            PipelineName=self._target.pipeline_name, SourceRevisions=stack.to_json_string(revisions),
            Variables=stack.to_json_string(variables)))


# -- S3 deploy -------------------------------------------------------------------------------------------------------
class CacheControl:
    """A ``Cache-Control`` directive of objects an ``S3DeployAction`` writes (made with the static methods).

    Args:
        value: the directive.
    """

    def __init__(self, value: str) -> None:
        self.value = value

    @staticmethod
    def must_revalidate() -> CacheControl:
        """``must-revalidate``."""
        return CacheControl("must-revalidate")

    @staticmethod
    def no_cache() -> CacheControl:
        """``no-cache``."""
        return CacheControl("no-cache")

    @staticmethod
    def no_transform() -> CacheControl:
        """``no-transform``."""
        return CacheControl("no-transform")

    @staticmethod
    def no_store() -> CacheControl:
        """``no-store``."""
        return CacheControl("no-store")

    @staticmethod
    def must_understand() -> CacheControl:
        """``must-understand``."""
        return CacheControl("must-understand")

    @staticmethod
    def set_public() -> CacheControl:
        """``public``."""
        return CacheControl("public")

    @staticmethod
    def set_private() -> CacheControl:
        """``private``."""
        return CacheControl("private")

    @staticmethod
    def immutable() -> CacheControl:
        """``immutable``."""
        return CacheControl("immutable")

    @staticmethod
    def proxy_revalidate() -> CacheControl:
        """``proxy-revalidate``."""
        return CacheControl("proxy-revalidate")

    @staticmethod
    def max_age(t: Duration) -> CacheControl:
        """``max-age=<seconds>``."""
        return CacheControl(f"max-age={_js_number(t.to_seconds())}")

    @staticmethod
    def s_max_age(t: Duration) -> CacheControl:
        """``s-maxage=<seconds>``."""
        return CacheControl(f"s-maxage={_js_number(t.to_seconds())}")

    @staticmethod
    def stale_while_revalidate(t: Duration) -> CacheControl:
        """``stale-while-revalidate=<seconds>``."""
        return CacheControl(f"stale-while-revalidate={_js_number(t.to_seconds())}")

    @staticmethod
    def stale_if_error(t: Duration) -> CacheControl:
        """``stale-if-error=<seconds>``."""
        return CacheControl(f"stale-if-error={_js_number(t.to_seconds())}")

    @staticmethod
    def from_string(s: str) -> CacheControl:
        """Any directive."""
        return CacheControl(s)


def _js_number(value: float) -> str:
    """``value`` as JavaScript prints it (no ``.0``, no exponent for whole numbers)."""
    return str(int(value)) if float(value).is_integer() else repr(value)


def _kebab(name: str) -> str:
    import re

    return re.sub(r"([a-z0-9])([A-Z])", r"\1-\2", name).lower()


@structs.frozen(kw_only=True)
class S3DeployActionProps(codepipeline.CommonAwsActionProps):
    bucket: IBucket
    input: codepipeline.Artifact
    access_control: BucketAccessControl | None = None
    cache_control: Sequence[CacheControl] | None = None
    encryption_key: IKey | None = None
    extract: bool | None = None
    object_key: str | None = None


class S3DeployAction(Action):
    def __init__(self, *, bucket: IBucket, input: codepipeline.Artifact,
                 access_control: BucketAccessControl | None = None,
                 cache_control: Sequence[CacheControl] | None = None, encryption_key: IKey | None = None,
                 extract: bool | None = None, object_key: str | None = None, role: IRole | None = None,
                 action_name: str, run_order: int | float | None = None,
                 variables_namespace: str | None = None) -> None:
        super().__init__(
            action_name=action_name, run_order=run_order, variables_namespace=variables_namespace, role=role,
            resource=bucket, category=codepipeline.ActionCategory.DEPLOY, provider="S3",  # type: ignore[arg-type]
            artifact_bounds=deploy_artifact_bounds(), inputs=[input])
        self._bucket = bucket
        self._acl = access_control
        self._cache_control = cache_control
        self._key = encryption_key
        self._extract = extract
        self._object_key = object_key

    def _bound(self, scope: Construct, stage: codepipeline.IStage,
               options: codepipeline.ActionBindOptions) -> codepipeline.ActionConfig:
        self._bucket.grant_write(options.role)
        if self._acl is not None:
            self._bucket.grant_put_acl(options.role)
        options.bucket.grant_read(options.role)
        if self._key is not None:
            self._key.grant_encrypt(options.role)
        return codepipeline.ActionConfig(configuration=config(
            BucketName=self._bucket.bucket_name, Extract="false" if self._extract is False else "true",
            ObjectKey=self._object_key, CannedACL=_kebab(self._acl.value) if self._acl is not None else None,
            CacheControl=(", ".join(c.value for c in self._cache_control) if self._cache_control else None),
            KMSEncryptionKeyARN=self._key.key_arn if self._key is not None else None))


# -- Elastic Beanstalk -----------------------------------------------------------------------------------------------
@structs.frozen(kw_only=True)
class ElasticBeanstalkDeployActionProps(codepipeline.CommonAwsActionProps):
    application_name: str
    environment_name: str
    input: codepipeline.Artifact


class ElasticBeanstalkDeployAction(Action):
    def __init__(self, *, application_name: str, environment_name: str, input: codepipeline.Artifact,
                 role: IRole | None = None, action_name: str, run_order: int | float | None = None,
                 variables_namespace: str | None = None) -> None:
        super().__init__(
            action_name=action_name, run_order=run_order, variables_namespace=variables_namespace, role=role,
            category=codepipeline.ActionCategory.DEPLOY, provider="ElasticBeanstalk",
            artifact_bounds=deploy_artifact_bounds(), inputs=[input])
        self.application_name = application_name
        self.environment_name = environment_name

    def _bound(self, scope: Construct, stage: codepipeline.IStage,
               options: codepipeline.ActionBindOptions) -> codepipeline.ActionConfig:
        from l2 import iam

        options.role.add_managed_policy(iam.ManagedPolicy.from_managed_policy_arn(
            scope, "ElasticBeanstalkPolicy",
            f"arn:{Aws.PARTITION}:iam::aws:policy/AdministratorAccess-AWSElasticBeanstalk"))
        options.bucket.grant_read(options.role)
        return codepipeline.ActionConfig(configuration=config(ApplicationName=self.application_name,
                                                              EnvironmentName=self.environment_name))


document(CodeBuildActionProps, "The properties of a ``CodeBuildAction``.")
document(CodeBuildAction, "Runs a CodeBuild project (provider ``CodeBuild``) on up to five input artifacts.",
         {"outputs": "the artifacts the build produces (named in the buildspec's secondary artifacts when several)."})
document(CommandsActionProps, "The properties of a ``CommandsAction``.")
document(CommandsAction, "Runs shell commands on managed compute (provider ``Commands``, V2 pipelines).",
         {"output": "the artifact the commands produce."})
document(ManualApprovalActionProps, "The properties of a ``ManualApprovalAction``.")
document(ManualApprovalAction, "Waits for a person to approve (provider ``Manual``).",
         {"timeout": "how long to wait for an approval (5 minutes to 60 days; default 7 days)."})
document(LambdaInvokeActionProps, "The properties of a ``LambdaInvokeAction``.")
document(LambdaInvokeAction, "Invokes a Lambda function (provider ``Lambda``).")
document(StepFunctionsInvokeActionProps, "The properties of a ``StepFunctionInvokeAction``.")
document(StepFunctionInvokeAction, "Starts a Step Functions execution (provider ``StepFunctions``).",
         {"output": "the artifact the execution's output is written to."})
document(SourceRevision, "A source revision an invoked pipeline starts with.", {
    "action_name": "the source action of the invoked pipeline.", "revision_type": "the kind of revision.",
    "revision_value": "the revision."})
document(Variable, "A variable value an invoked pipeline starts with.", {
    "name": "the variable's name.", "value": "its value."})
document(PipelineInvokeActionProps, "The properties of a ``PipelineInvokeAction``.",
         {"target_pipeline": "the pipeline to start.", "source_revisions": "the revisions it starts with.",
          "variables": "the variable values it starts with."})
document(PipelineInvokeAction, "Starts another pipeline (provider ``CodePipeline``).",
         {"target_pipeline": "the pipeline to start.", "source_revisions": "the revisions it starts with.",
          "variables": "the variable values it starts with."})
document(S3DeployActionProps, "The properties of an ``S3DeployAction``.")
document(S3DeployAction, "Writes an artifact to an S3 bucket (provider ``S3``).",
         {"bucket": "the bucket to deploy to."})
document(ElasticBeanstalkDeployActionProps, "The properties of an ``ElasticBeanstalkDeployAction``.")
document(ElasticBeanstalkDeployAction, "Deploys an artifact to an Elastic Beanstalk environment (provider "
         "``ElasticBeanstalk``).")
