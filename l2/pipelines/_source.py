"""CodePipeline sources (GitHub, CodeCommit, S3, ECR, CodeStar connections) and the action-factory plumbing."""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from constructs import Construct, Node, SecretValue, Token, UnscopedValidationError
from constructs.internals import structs
from l2.pipelines._step import FileSet, StackOutputReference, Step

if TYPE_CHECKING:
    from l2.codebuild import IProject
    from l2.codecommit import IRepository as ICodeCommitRepository
    from l2.codepipeline import Artifact, IAction, IStage
    from l2.codepipeline_actions import CodeCommitTrigger, GitHubTrigger, S3Trigger
    from l2.ecr import IRepository as IEcrRepository
    from l2.iam import IRole
    from l2.pipelines._codebuild_options import CodeBuildOptions
    from l2.pipelines._pipeline_base import PipelineBase
    from l2.s3 import IBucket

def _node_of(x: object) -> Node:
    if not isinstance(x, Construct):
        raise TypeError(f"expected a construct, got {type(x).__name__}")
    return x.node


class CodePipelineFileSet(FileSet):
    """A file set backed by an existing CodePipeline artifact (made with ``from_artifact``).

    Args:
        id: a name for the file set.
        producer: the step making these files (default none: the files come from outside the pipeline).
    """

    def __init__(self, id: str, producer: Step | None = None) -> None:
        from l2.pipelines._private.pipeline_graph import NO_STEP

        super().__init__(id, producer if producer is not None else NO_STEP)
        self._artifact: Artifact | None = None

    @staticmethod
    def from_artifact(artifact: Artifact) -> CodePipelineFileSet:
        """The file set of an existing pipeline ``artifact``."""
        fs = CodePipelineFileSet(artifact.artifact_name or "Imported")
        fs._artifact = artifact
        return fs


def _sanitize_artifact_name(x: str) -> str:
    sani = re.sub(r"[^A-Za-z0-9_]", "_", x)
    if len(sani) > 100:
        fingerprint = hashlib.sha256(sani.encode("utf-8")).hexdigest()[:8]
        sani = sani[:100 - len(fingerprint)] + fingerprint
    return sani


class ArtifactMap:
    """Assigns each file set of the blueprint a CodePipeline artifact."""

    def __init__(self) -> None:
        self._artifacts: dict[int, tuple[FileSet, Artifact]] = {}
        self._used_names: set[str] = set()

    def to_code_pipeline(self, x: FileSet) -> Artifact:
        """The artifact standing for ``x`` (created on first use)."""
        from l2.codepipeline import Artifact

        if isinstance(x, CodePipelineFileSet) and x._artifact is not None:
            return x._artifact
        found = self._artifacts.get(id(x))
        if found is not None:
            return found[1]
        base = _sanitize_artifact_name(f"{x.producer.id}.{x.id}")
        name, i = base, 1
        while name in self._used_names:
            i += 1
            name = f"{base}{i}"
        self._used_names.add(name)
        artifact = Artifact(name)
        self._artifacts[id(x)] = (x, artifact)
        return artifact


class StackOutputsMap:
    """Turns references to stack outputs into CodePipeline variable expressions.

    Args:
        pipeline: the pipeline whose deployments produce the outputs.
    """

    def __init__(self, pipeline: PipelineBase) -> None:
        from l2.pipelines._private.pipeline_graph import PipelineQueries

        self._queries = PipelineQueries(pipeline)

    def to_code_pipeline(self, x: StackOutputReference) -> str:
        """The ``#{namespace.OutputName}`` expression reading output ``x``."""
        from l2.pipelines._private.identifiers import stack_variable_namespace

        return f"#{{{stack_variable_namespace(self._queries.producing_stack(x))}.{x.output_name}}}"


@structs.frozen(kw_only=True)
class CodePipelineActionFactoryResult:
    """What producing actions for a step returns.

    Args:
        run_orders_consumed: how many run orders the actions took.
        project: the CodeBuild project created, if any.
    """

    run_orders_consumed: int | float
    project: IProject | None = None


@structs.frozen(kw_only=True)
class ProduceActionOptions:
    """What a step needs to add its actions to a CodePipeline stage.

    Args:
        action_name: the name for the action.
        artifacts: the map from file sets to artifacts.
        pipeline: the pipeline being built.
        run_order: the run order of the action.
        scope: the construct scope for resources the step creates.
        stack_outputs_map: the map from stack outputs to variable expressions.
        before_self_mutation: whether the action runs before the self-mutation stage.
        code_build_defaults: CodeBuild defaults for projects the step creates.
        fallback_artifact: the artifact used when a step has no input.
        variables_namespace: the namespace of the action's output variables.
    """

    action_name: str
    artifacts: ArtifactMap
    pipeline: PipelineBase
    run_order: int | float
    scope: Construct
    stack_outputs_map: StackOutputsMap
    before_self_mutation: bool | None = None
    code_build_defaults: CodeBuildOptions | None = None
    fallback_artifact: Artifact | None = None
    variables_namespace: str | None = None


@runtime_checkable
class ICodePipelineActionFactory(Protocol):
    """A step that knows how to add itself to a CodePipeline stage."""

    def produce_action(self, stage: IStage, *, action_name: str, artifacts: ArtifactMap, pipeline: PipelineBase,
                       run_order: int | float, scope: Construct, stack_outputs_map: StackOutputsMap,
                       before_self_mutation: bool | None = None, code_build_defaults: CodeBuildOptions | None = None,
                       fallback_artifact: Artifact | None = None,
                       variables_namespace: str | None = None) -> CodePipelineActionFactoryResult:
        """Add this step's actions to ``stage``."""
        ...


@structs.frozen(kw_only=True)
class GitHubSourceOptions:
    """Options of a GitHub source.

    Args:
        action_name: the source action's name (default the repository name).
        authentication: the OAuth token (default the Secrets Manager secret ``github-token``).
        trigger: how changes start the pipeline (default a webhook).
    """

    action_name: str | None = None
    authentication: SecretValue | None = None
    trigger: GitHubTrigger | None = None


@structs.frozen(kw_only=True)
class CodeCommitSourceOptions:
    """Options of a CodeCommit source.

    Args:
        action_name: the source action's name (default the repository name).
        code_build_clone_output: pass a full clone instead of a zip (default false).
        event_role: the role the change event rule uses (default a new role).
        trigger: how changes start the pipeline (default an EventBridge rule).
    """

    action_name: str | None = None
    code_build_clone_output: bool | None = None
    event_role: IRole | None = None
    trigger: CodeCommitTrigger | None = None


@structs.frozen(kw_only=True)
class S3SourceOptions:
    """Options of an S3 source.

    Args:
        action_name: the source action's name (default from the bucket).
        role: the role the action assumes (default a new role).
        trigger: how changes start the pipeline (default polling).
    """

    action_name: str | None = None
    role: IRole | None = None
    trigger: S3Trigger | None = None


@structs.frozen(kw_only=True)
class ECRSourceOptions:
    """Options of an ECR source.

    Args:
        action_name: the source action's name (default from the repository).
        image_tag: the image tag watched (default ``latest``).
    """

    action_name: str | None = None
    image_tag: str | None = None


@structs.frozen(kw_only=True)
class ConnectionSourceOptions:
    """Options of a source reached through a CodeStar (CodeConnections) connection.

    Args:
        connection_arn: the connection's ARN.
        action_name: the source action's name (default the repository name).
        code_build_clone_output: pass a full clone instead of a zip (default false).
        trigger_on_push: start the pipeline on each push (default true).
    """

    connection_arn: str
    action_name: str | None = None
    code_build_clone_output: bool | None = None
    trigger_on_push: bool | None = None


def _split_repo(repo_string: str, kind: str) -> tuple[str, str]:
    parts = repo_string.split("/")
    if Token.is_unresolved(repo_string) or len(parts) != 2:
        raise UnscopedValidationError(f"{kind} repository name should be a resolved string like "
                                      f"'<owner>/<repo>', got '{repo_string}'")
    return parts[0], parts[1]


class CodePipelineSource(Step):
    """A source step of a CodePipeline: its output is the fetched code.

    Args:
        id: the step's name.
    """

    def __init__(self, id: str) -> None:
        super().__init__(id)
        self.is_source = True
        self.configure_primary_output(FileSet("Source", self))

    @staticmethod
    def git_hub(repo_string: str, branch: str, *, action_name: str | None = None,
                authentication: SecretValue | None = None,
                trigger: GitHubTrigger | None = None) -> CodePipelineSource:
        """Code from GitHub repository ``owner/repo`` at ``branch``.

        Args:
            repo_string: the repository as ``owner/repo``.
            branch: the branch fetched.
            action_name: the source action's name (default the repository name).
            authentication: the OAuth token (default the Secrets Manager secret ``github-token``).
            trigger: how changes start the pipeline (default a webhook).
        """
        return _GitHubSource(repo_string, branch, action_name, authentication, trigger)

    @staticmethod
    def code_commit(repository: ICodeCommitRepository, branch: str, *, action_name: str | None = None,
                    code_build_clone_output: bool | None = None, event_role: IRole | None = None,
                    trigger: CodeCommitTrigger | None = None) -> CodePipelineSource:
        """Code from a CodeCommit ``repository`` at ``branch``.

        Args:
            repository: the repository.
            branch: the branch fetched.
            action_name: the source action's name (default the repository name).
            code_build_clone_output: pass a full clone instead of a zip (default false).
            event_role: the role the change event rule uses.
            trigger: how changes start the pipeline (default an EventBridge rule).
        """
        return _CodeCommitSource(repository, branch, action_name, code_build_clone_output, event_role, trigger)

    @staticmethod
    def s3(bucket: IBucket, object_key: str, *, action_name: str | None = None, role: IRole | None = None,
           trigger: S3Trigger | None = None) -> CodePipelineSource:
        """Code from the zip at ``object_key`` of ``bucket`` (the bucket must be versioned).

        Args:
            bucket: the bucket.
            object_key: the key of the zip file.
            action_name: the source action's name (default from the bucket).
            role: the role the action assumes.
            trigger: how changes start the pipeline (default polling).
        """
        return _S3Source(bucket, object_key, action_name, role, trigger)

    @staticmethod
    def ecr(repository: IEcrRepository, *, action_name: str | None = None,
            image_tag: str | None = None) -> CodePipelineSource:
        """An image pushed to ECR ``repository``.

        Args:
            repository: the repository.
            action_name: the source action's name (default from the repository).
            image_tag: the image tag watched (default ``latest``).
        """
        return _EcrSource(repository, action_name, image_tag)

    @staticmethod
    def connection(repo_string: str, branch: str, *, connection_arn: str, action_name: str | None = None,
                   code_build_clone_output: bool | None = None,
                   trigger_on_push: bool | None = None) -> CodePipelineSource:
        """Code from ``owner/repo`` at ``branch`` through a CodeStar connection (GitHub, Bitbucket, GitLab).

        Args:
            repo_string: the repository as ``owner/repo``.
            branch: the branch fetched.
            connection_arn: the connection's ARN.
            action_name: the source action's name (default the repository name).
            code_build_clone_output: pass a full clone instead of a zip (default false).
            trigger_on_push: start the pipeline on each push (default true).
        """
        return _ConnectionSource(repo_string, branch, connection_arn, action_name, code_build_clone_output,
                                 trigger_on_push)

    def source_attribute(self, name: str) -> str:
        """A token for the source action's output variable ``name`` (resolved once the pipeline is built)."""
        from l2.pipelines._codepipeline import make_code_pipeline_output

        return make_code_pipeline_output(self, name)

    def produce_action(self, stage: IStage, *, action_name: str, artifacts: ArtifactMap, pipeline: PipelineBase,
                       run_order: int | float, scope: Construct, stack_outputs_map: StackOutputsMap,
                       before_self_mutation: bool | None = None, code_build_defaults: CodeBuildOptions | None = None,
                       fallback_artifact: Artifact | None = None,
                       variables_namespace: str | None = None) -> CodePipelineActionFactoryResult:
        """Add the source action to ``stage``.

        Args:
            stage: the pipeline stage.
            action_name: the name for the action.
            artifacts: the map from file sets to artifacts.
            pipeline: the pipeline being built.
            run_order: the run order of the action.
            scope: the construct scope for resources.
            stack_outputs_map: the map from stack outputs to variable expressions.
            before_self_mutation: whether the action runs before self-mutation.
            code_build_defaults: CodeBuild defaults (unused by sources).
            fallback_artifact: the artifact used when a step has no input (unused by sources).
            variables_namespace: the namespace of the action's output variables.
        """
        del pipeline, stack_outputs_map, before_self_mutation, code_build_defaults, fallback_artifact
        assert self.primary_output is not None
        output = artifacts.to_code_pipeline(self.primary_output)
        stage.add_action(self.get_action(output, action_name, run_order,
                                         variables_namespace, scope))
        return CodePipelineActionFactoryResult(run_orders_consumed=1)

    def get_action(self, output: Artifact, action_name: str, run_order: int | float,
                   variables_namespace: str | None, scope: Construct) -> IAction:
        """The source action (each source kind builds its own)."""
        raise NotImplementedError(f"{type(self).__name__} must implement get_action")


class _GitHubSource(CodePipelineSource):
    def __init__(self, repo_string: str, branch: str, action_name: str | None, authentication: SecretValue | None,
                 trigger: GitHubTrigger | None) -> None:
        super().__init__(repo_string)
        self._owner, self._repo = _split_repo(repo_string, "GitHub")
        self._branch = branch
        self._auth = authentication or SecretValue.secrets_manager("github-token")
        self._trigger = trigger
        self._action_name = action_name

    def get_action(self, output: Artifact, action_name: str, run_order: int | float,
                   variables_namespace: str | None, scope: Construct) -> IAction:
        from l2.codepipeline_actions import GitHubSourceAction

        return GitHubSourceAction(output=output, action_name=self._action_name or action_name,
                                  run_order=run_order, oauth_token=self._auth, owner=self._owner, repo=self._repo,
                                  branch=self._branch, trigger=self._trigger, variables_namespace=variables_namespace)


class _CodeCommitSource(CodePipelineSource):
    def __init__(self, repository: ICodeCommitRepository, branch: str, action_name: str | None,
                 clone: bool | None, event_role: IRole | None, trigger: CodeCommitTrigger | None) -> None:
        name = repository.repository_name
        super().__init__(_node_of(repository).addr if Token.is_unresolved(name) else name)
        self._repository, self._branch, self._clone = repository, branch, clone
        self._event_role, self._trigger, self._action_name = event_role, trigger, action_name

    def get_action(self, output: Artifact, action_name: str, run_order: int | float,
                   variables_namespace: str | None, scope: Construct) -> IAction:
        from l2.codepipeline_actions import CodeCommitSourceAction

        return CodeCommitSourceAction(output=output, repository=self._repository, branch=self._branch,
                                      code_build_clone_output=self._clone, event_role=self._event_role,
                                      trigger=self._trigger,
                                      action_name=self._action_name or self._repository.repository_name,
                                      run_order=run_order, variables_namespace=variables_namespace)


class _S3Source(CodePipelineSource):
    def __init__(self, bucket: IBucket, object_key: str, action_name: str | None, role: IRole | None,
                 trigger: S3Trigger | None) -> None:
        super().__init__(_node_of(bucket).addr)
        self._bucket, self._key, self._role = bucket, object_key, role
        self._trigger, self._action_name = trigger, action_name

    def get_action(self, output: Artifact, action_name: str, run_order: int | float,
                   variables_namespace: str | None, scope: Construct) -> IAction:
        from l2.codepipeline_actions import S3SourceAction

        return S3SourceAction(output=output, bucket=self._bucket, bucket_key=self._key, trigger=self._trigger,
                              role=self._role, action_name=self._action_name or self._bucket.bucket_name, run_order=run_order,
                              variables_namespace=variables_namespace)


class _EcrSource(CodePipelineSource):
    def __init__(self, repository: IEcrRepository, action_name: str | None, image_tag: str | None) -> None:
        super().__init__(_node_of(repository).addr)
        self._repository, self._image_tag, self._action_name = repository, image_tag, action_name

    def get_action(self, output: Artifact, action_name: str, run_order: int | float,
                   variables_namespace: str | None, scope: Construct) -> IAction:
        from constructs import Fn
        from l2.codepipeline_actions import EcrSourceAction

        formatted = Fn.join("_", Fn.split("/", self._repository.repository_name))
        return EcrSourceAction(output=output, repository=self._repository, image_tag=self._image_tag,
                               action_name=self._action_name or formatted, run_order=run_order,
                               variables_namespace=variables_namespace)


class _ConnectionSource(CodePipelineSource):
    def __init__(self, repo_string: str, branch: str, connection_arn: str, action_name: str | None,
                 clone: bool | None, trigger_on_push: bool | None) -> None:
        super().__init__(repo_string)
        parts = repo_string.split("/")
        if Token.is_unresolved(repo_string) or not 2 <= len(parts) <= 23 or any(p == "" for p in parts):
            raise UnscopedValidationError("CodeStar repository name should be a resolved string like "
                                          "'<owner>/<repo>' or '<owner>/<group1>/<group2>/.../<repo>', got "
                                          f"'{repo_string}'")
        self._owner, self._repo = parts[0], "/".join(parts[1:])
        self._branch, self._arn, self._clone = branch, connection_arn, clone
        self._trigger_on_push, self._action_name = trigger_on_push, action_name

    def get_action(self, output: Artifact, action_name: str, run_order: int | float,
                   variables_namespace: str | None, scope: Construct) -> IAction:
        from l2.codepipeline_actions import CodeStarConnectionsSourceAction

        return CodeStarConnectionsSourceAction(
            output=output, connection_arn=self._arn, owner=self._owner, repo=self._repo, branch=self._branch,
            code_build_clone_output=self._clone, trigger_on_push=self._trigger_on_push,
            action_name=self._action_name or action_name, run_order=run_order,
            variables_namespace=variables_namespace)
