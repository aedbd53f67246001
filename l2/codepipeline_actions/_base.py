"""The base class of the actions in this package, the artifact bounds they share, and the documentation of
their keyword arguments (one description per argument name, shared by every action and props struct)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, IResource, Token, UnscopedValidationError
from l2 import codepipeline

if TYPE_CHECKING:
    from l2.iam import IRole


def source_artifact_bounds() -> codepipeline.ActionArtifactBounds:
    """No input, one output."""
    return codepipeline.ActionArtifactBounds(min_inputs=0, max_inputs=0, min_outputs=1, max_outputs=1)


def deploy_artifact_bounds() -> codepipeline.ActionArtifactBounds:
    """One input, no output."""
    return codepipeline.ActionArtifactBounds(min_inputs=1, max_inputs=1, min_outputs=0, max_outputs=0)


def validate_percentage(name: str, value: float | None) -> None:
    """Raise unless ``value`` is a whole number from 0 to 100 (or unset, or a token)."""
    if value is None or Token.is_unresolved(value):
        return
    if value < 0 or value > 100 or int(value) != value:
        raise UnscopedValidationError(f"'{name}': must be a whole number between 0 and 100, got: {value:g}")


def config(**values: Any) -> dict[str, Any]:
    """An action configuration without its unset (``None``) entries, in the given order."""
    return {k: v for k, v in values.items() if v is not None}


class Action(codepipeline.Action):
    """Base class of the actions of this package: the action's properties are given to the constructor.

    Args:
        action_name: the action's name in its stage.
        artifact_bounds: how many artifacts it takes and produces.
        category: its category.
        provider: its provider.
        account: the account it runs in (default the pipeline's).
        commands: shell commands (``Commands`` actions).
        inputs: its input artifacts.
        outputs: its output artifacts.
        output_variables: the variables it exports.
        owner: ``AWS`` (default), ``ThirdParty`` or ``Custom``.
        region: the region it runs in (default the pipeline's).
        resource: the resource it works on (decides its account and region).
        role: the role it runs with.
        run_order: its run order (default 1).
        timeout: its timeout.
        variables_namespace: the namespace of its variables.
        version: the version of its type (default ``1``).
    """

    def __init__(self, *, action_name: str, artifact_bounds: codepipeline.ActionArtifactBounds,
                 category: codepipeline.ActionCategory, provider: str, account: str | None = None,
                 commands: Sequence[str] | None = None, inputs: Sequence[codepipeline.Artifact] | None = None,
                 outputs: Sequence[codepipeline.Artifact] | None = None,
                 output_variables: Sequence[str] | None = None, owner: str | None = None,
                 region: str | None = None, resource: IResource | None = None, role: IRole | None = None,
                 run_order: int | float | None = None, timeout: Duration | None = None,
                 variables_namespace: str | None = None, version: str | None = None) -> None:
        super().__init__()
        self._props_given = codepipeline.ActionProperties(
            action_name=action_name, artifact_bounds=artifact_bounds, category=category, provider=provider,
            account=account, commands=commands, inputs=inputs, outputs=outputs, output_variables=output_variables,
            owner=owner, region=region, resource=resource, role=role, run_order=run_order, timeout=timeout,
            variables_namespace=variables_namespace, version=version)

    @property
    def _provided_action_properties(self) -> codepipeline.ActionProperties:
        return self._props_given

    def _bound(self, scope: Construct, stage: codepipeline.IStage,
               options: codepipeline.ActionBindOptions) -> codepipeline.ActionConfig:
        raise NotImplementedError


DOCS: dict[str, str] = {
    "action_name": "the action's name in its stage.",
    "run_order": "the action's position among its stage's actions (default 1).",
    "variables_namespace": "the namespace of the action's variables (default generated when one is referenced).",
    "role": "the role the action assumes (default a new role the pipeline's role can assume).",
    "output": "the artifact the action produces.",
    "input": "the artifact the action reads.",
    "extra_inputs": "more input artifacts.",
    "outputs": "the artifacts the action produces.",
    "inputs": "the artifacts the action reads.",
    "bucket": "the S3 bucket.",
    "bucket_key": "the key of the source object in the bucket.",
    "trigger": "how the pipeline learns about changes.",
    "repository": "the repository.",
    "branch": "the branch (default ``master``, or ``main`` under the CodeCommit default-branch flag).",
    "code_build_clone_output": "output a full Git clone reference for CodeBuild instead of a zip (default false).",
    "custom_event_rule": "an EventBridge rule to trigger on instead of the default commit rule.",
    "event_role": "the role the EventBridge rule starts the pipeline with.",
    "connection_arn": "the ARN of the CodeStar connection.",
    "owner": "the repository's owner (user or organization).",
    "repo": "the repository's name.",
    "trigger_on_push": "start the pipeline on pushes (default true).",
    "oauth_token": "a GitHub OAuth token (from Secrets Manager).",
    "image_tag": "the image tag to watch (default ``latest``; an empty string watches every tag).",
    "project": "the CodeBuild project.",
    "type": "``BUILD`` (default) or ``TEST``.",
    "environment_variables": "environment variables of the build, on top of the project's.",
    "check_secrets_in_plain_text_env_variables": "refuse plain-text variables that look like secrets (default true).",
    "execute_batch_build": "run a batch build (default false).",
    "combine_batch_build_artifacts": "combine the batch's artifacts into one (default false).",
    "commands": "the shell commands to run (1 to 50).",
    "output_variables": "the environment variables to export (1 to 15).",
    "additional_information": "text shown to the approver.",
    "external_entity_link": "a URL shown to the approver.",
    "notification_topic": "the SNS topic approvals are announced on.",
    "notify_emails": "e-mail addresses subscribed to a new approval topic.",
    "timeout": "how long the action may take.",
    "lambda_": "the function to invoke.",
    "user_parameters": "a JSON object passed to the function.",
    "user_parameters_string": "a string passed to the function (instead of ``user_parameters``).",
    "state_machine": "the state machine to start.",
    "state_machine_input": "the execution's input.",
    "execution_name_prefix": "a prefix of the execution's name.",
    "access_control": "the canned ACL of the deployed objects.",
    "cache_control": "the ``Cache-Control`` of the deployed objects.",
    "encryption_key": "the KMS key the objects are encrypted with.",
    "extract": "unzip the artifact into the bucket (default true).",
    "object_key": "the key of the object (or the prefix of the extracted files).",
    "admin_permissions": "give the CloudFormation role administrator permissions.",
    "stack_name": "the stack's name.",
    "account": "the account the action runs in (default the pipeline's).",
    "cfn_capabilities": "the capabilities CloudFormation acknowledges.",
    "deployment_role": "the role CloudFormation deploys with (default a new one).",
    "extra_inputs_cfn": "more artifacts the template or parameters read.",
    "output_file_name": "the file the stack outputs are written to.",
    "parameter_overrides": "parameter values of the stack.",
    "region": "the region the action runs in (default the pipeline's).",
    "template_configuration": "a template configuration file.",
    "template_path": "the template file.",
    "replace_on_failure": "replace a stack in a failed state instead of failing (default false).",
    "change_set_name": "the change set's name.",
    "application_name": "the Elastic Beanstalk application.",
    "environment_name": "the Elastic Beanstalk environment.",
    "client_id": "the Alexa skill's client id.",
    "client_secret": "the Alexa skill's client secret.",
    "refresh_token": "the Alexa skill's refresh token.",
    "skill_id": "the Alexa skill's id.",
    "parameter_overrides_artifact": "an artifact with the skill's parameter overrides.",
    "provider": "the Jenkins provider.",
    "project_name": "the Jenkins project.",
    "jenkins_provider": "the Jenkins provider.",
}
"""Descriptions of the keyword arguments of this package's actions and structs."""


def document(cls: type, summary: str, extra: dict[str, str] | None = None) -> None:
    """Give ``cls`` a docstring: ``summary`` and an ``Args:`` section for its keyword arguments (a struct's
    fields or its constructor's keyword parameters)."""
    import inspect

    from constructs.internals import structs

    if structs.has(cls):
        names = [f.name for f in structs.fields(cls)]
    else:
        names = [n for n, p in inspect.signature(cls).parameters.items()
                 if p.kind is p.KEYWORD_ONLY or n not in ("scope", "id")]
    docs = {**DOCS, **(extra or {})}
    lines = [summary, "", "Args:"]
    for name in names:
        lines.append(f"    {name}: {docs.get(name, 'see the action.')}")
    cls.__doc__ = "\n".join(lines) + "\n"
