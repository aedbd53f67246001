"""Source actions: S3, CodeCommit, CodeStar connections (GitHub, Bitbucket, GitLab), GitHub (OAuth) and ECR, with
their trigger enums and variable structs."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from constructs import (
    Construct,
    FeatureFlags,
    Names,
    SecretValue,
    Stack,
    Token,
    TokenComparison,
    UnscopedValidationError,
)
from constructs.internals import analytics_call, analytics_literal, analytics_quiet, protocols, structs
from l2 import codepipeline
from l2.codepipeline_actions._base import Action, config, document, source_artifact_bounds

if TYPE_CHECKING:
    from l2.codecommit import IRepository as ICodeCommitRepository
    from l2.ecr import IRepository as IEcrRepository
    from l2.events import EventPattern, IRuleTarget
    from l2.iam import IRole
    from l2.s3 import IBucket


# -- S3 --------------------------------------------------------------------------------------------------------------
class S3Trigger(enum.Enum):
    """How an S3 source action learns about new objects."""

    NONE = "None"
    POLL = "Poll"
    EVENTS = "Events"


@structs.frozen(kw_only=True)
class S3SourceVariables:
    """The variables of an S3 source action."""

    version_id: str
    e_tag: str


@structs.frozen(kw_only=True)
class S3SourceActionProps(codepipeline.CommonAwsActionProps):
    bucket: IBucket
    bucket_key: str
    output: codepipeline.Artifact
    trigger: S3Trigger | None = None


class S3SourceAction(Action):
    def __init__(self, *, bucket: IBucket, bucket_key: str, output: codepipeline.Artifact,
                 trigger: S3Trigger | None = None, role: IRole | None = None, action_name: str,
                 run_order: int | float | None = None, variables_namespace: str | None = None) -> None:
        super().__init__(
            action_name=action_name, run_order=run_order, variables_namespace=variables_namespace, role=role,
            resource=bucket, category=codepipeline.ActionCategory.SOURCE, provider="S3",  # type: ignore[arg-type]
            artifact_bounds=source_artifact_bounds(), outputs=[output])
        if len(bucket_key) == 0:
            raise UnscopedValidationError("Property bucketKey cannot be an empty string")
        self._bucket = bucket
        self._bucket_key = bucket_key
        self._trigger = trigger

    @property
    def variables(self) -> S3SourceVariables:
        """The action's variables (version id and ETag of the object)."""
        return S3SourceVariables(version_id=self._variable_expression("VersionId"),
                                 e_tag=self._variable_expression("ETag"))

    def _bound(self, scope: Construct, stage: codepipeline.IStage,
               options: codepipeline.ActionBindOptions) -> codepipeline.ActionConfig:
        if self._trigger is S3Trigger.EVENTS:
            from l2 import events_targets

            self._bucket.on_cloud_trail_write_object(
                self._event_id(stage), target=events_targets.CodePipeline(stage.pipeline),
                paths=[self._bucket_key], cross_stack_scope=stage.pipeline)  # type: ignore[arg-type]
        self._bucket.grant_read(options.role, self._bucket_key)
        options.bucket.grant_write(options.role)
        return codepipeline.ActionConfig(configuration=config(
            S3Bucket=self._bucket.bucket_name, S3ObjectKey=self._bucket_key,
            PollForSourceChanges=self._trigger is S3Trigger.POLL if self._trigger is not None else None))

    def _event_id(self, stage: codepipeline.IStage) -> str:
        base = Names.node_unique_id(stage.pipeline.node) + "SourceEventRule"  # type: ignore[attr-defined]
        if Token.is_unresolved(self._bucket_key):
            candidate, counter = base, 0
            while self._bucket.node.try_find_child(candidate) is not None:
                counter += 1
                candidate = f"{base}{counter}"
            return candidate
        ret = base + self._bucket_key
        if self._bucket.node.try_find_child(ret) is not None:
            raise UnscopedValidationError(
                f"S3 source action with path '{self._bucket_key}' is already present in the pipeline for this source "
                "bucket")
        return ret


# -- CodeCommit ------------------------------------------------------------------------------------------------------
class CodeCommitTrigger(enum.Enum):
    """How a CodeCommit source action learns about commits."""

    NONE = "None"
    POLL = "Poll"
    EVENTS = "Events"


@structs.frozen(kw_only=True)
class CodeCommitSourceVariables:
    """The variables of a CodeCommit source action."""

    author_date: str
    branch_name: str
    commit_id: str
    commit_message: str
    committer_date: str
    repository_name: str


@runtime_checkable
class ICustomEventRule(Protocol, metaclass=protocols.OptionalMembersMeta):
    """The EventBridge rule a CodeCommit source action triggers on instead of its default commit rule: an object
    with ``event_pattern`` and ``target``, and optionally ``description`` and ``rule_name``."""

    if not TYPE_CHECKING:  # not a member for mypy
        __optional_members__ = frozenset({"description", "rule_name"})

    event_pattern: EventPattern | Mapping[str, object]
    """The rule's pattern."""
    target: IRuleTarget
    """The rule's target (normally something that starts the pipeline)."""
    description: str | None
    """The rule's description."""
    rule_name: str | None
    """The rule's name."""


@structs.frozen(kw_only=True)
class CodeCommitSourceActionProps(codepipeline.CommonAwsActionProps):
    output: codepipeline.Artifact
    repository: ICodeCommitRepository
    branch: str | None = None
    code_build_clone_output: bool | None = None
    custom_event_rule: ICustomEventRule | None = None
    event_role: IRole | None = None
    trigger: CodeCommitTrigger | None = None


_CODECOMMIT_DEFAULT_BRANCH_FLAG = "@aws-cdk/aws-codepipeline-actions:useNewDefaultBranchForCodeCommitSource"


class CodeCommitSourceAction(Action):
    _FULL_CLONE_ARN_PROPERTY = "CodeCommitCloneRepositoryArn"
    NEW_DEFAULT_BRANCH_NAME = "main"
    OLD_DEFAULT_BRANCH_NAME = "master"

    def __init__(self, *, output: codepipeline.Artifact, repository: ICodeCommitRepository,
                 branch: str | None = None, code_build_clone_output: bool | None = None,
                 custom_event_rule: ICustomEventRule | None = None, event_role: IRole | None = None,
                 trigger: CodeCommitTrigger | None = None, role: IRole | None = None, action_name: str,
                 run_order: int | float | None = None, variables_namespace: str | None = None) -> None:
        the_branch = branch if branch is not None else self.OLD_DEFAULT_BRANCH_NAME
        if not the_branch:
            raise UnscopedValidationError("'branch' parameter cannot be an empty string")
        if code_build_clone_output is True:
            output.set_metadata(self._FULL_CLONE_ARN_PROPERTY, repository.repository_arn)
        super().__init__(
            action_name=action_name, run_order=run_order, variables_namespace=variables_namespace, role=role,
            resource=repository, category=codepipeline.ActionCategory.SOURCE,  # type: ignore[arg-type]
            provider="CodeCommit", artifact_bounds=source_artifact_bounds(), outputs=[output])
        self.branch = the_branch
        self._branch_given = branch
        self._repository = repository
        self._clone = code_build_clone_output
        self._custom_event_rule = custom_event_rule
        self._event_role = event_role
        self._trigger = trigger

    @property
    def variables(self) -> CodeCommitSourceVariables:
        """The action's variables (commit id, message, dates, branch and repository)."""
        v = self._variable_expression
        return CodeCommitSourceVariables(
            repository_name=v("RepositoryName"), branch_name=v("BranchName"), author_date=v("AuthorDate"),
            committer_date=v("CommitterDate"), commit_id=v("CommitId"), commit_message=v("CommitMessage"))

    def _bound(self, scope: Construct, stage: codepipeline.IStage,
               options: codepipeline.ActionBindOptions) -> codepipeline.ActionConfig:
        from l2 import iam

        branch = self._branch_or_default(scope)
        create_event = self._trigger is None or self._trigger is CodeCommitTrigger.EVENTS
        event_id = self._event_id(stage)
        if create_event and self._custom_event_rule is None:
            from l2 import events_targets

            self._repository.on_commit(
                event_id, target=events_targets.CodePipeline(stage.pipeline, event_role=self._event_role),
                branches=[branch], cross_stack_scope=stage.pipeline)  # type: ignore[arg-type]
        elif self._custom_event_rule is not None:
            rule = self._custom_event_rule
            self._repository.on_event(event_id, event_pattern=rule.event_pattern,  # type: ignore[arg-type]
                                      target=rule.target, description=getattr(rule, "description", None),
                                      rule_name=getattr(rule, "rule_name", None),
                                      cross_stack_scope=stage.pipeline)  # type: ignore[arg-type]
        options.bucket.grant_read_write(options.role)
        if Token.compare_strings(self._repository.env.account,  # type: ignore[attr-defined]
                                 Stack.of(stage.pipeline).account) == TokenComparison.DIFFERENT:  # type: ignore[arg-type]
            options.bucket.grant_put_acl(options.role)
        actions = ["codecommit:GetBranch", "codecommit:GetCommit", "codecommit:UploadArchive",
                   "codecommit:GetUploadArchiveStatus", "codecommit:CancelUploadArchive"]
        if self._clone is True:
            actions.append("codecommit:GetRepository")
        options.role.add_to_principal_policy(iam.PolicyStatement(resources=[self._repository.repository_arn],
                                                                 actions=actions))
        return codepipeline.ActionConfig(configuration=config(
            RepositoryName=self._repository.repository_name, BranchName=branch,
            PollForSourceChanges=self._trigger is CodeCommitTrigger.POLL,
            OutputArtifactFormat="CODEBUILD_CLONE_REF" if self._clone is True else None))

    def _branch_or_default(self, scope: Construct) -> str:
        if self._branch_given is not None:
            return self.branch
        return (self.NEW_DEFAULT_BRANCH_NAME if FeatureFlags.of(scope).is_enabled(_CODECOMMIT_DEFAULT_BRANCH_FLAG)
                else self.OLD_DEFAULT_BRANCH_NAME)

    def _event_id(self, stage: codepipeline.IStage) -> str:
        base = Names.node_unique_id(stage.pipeline.node)  # type: ignore[attr-defined]
        if Token.is_unresolved(self.branch):
            counter = 0
            while True:
                candidate = f"{base}{counter}EventRule"
                counter += 1
                if self._repository.node.try_find_child(candidate) is None:  # type: ignore[attr-defined]
                    return candidate
        disambiguator = ("" if self._branch_given is None or self.branch == self.OLD_DEFAULT_BRANCH_NAME
                         else f"-{self.branch}-")
        return f"{base}{disambiguator}EventRule"


# -- CodeStar connections -------------------------------------------------------------------------------------------
@structs.frozen(kw_only=True)
class CodeStarSourceVariables:
    """The variables of a CodeStar connections source action."""

    author_date: str
    branch_name: str
    commit_id: str
    commit_message: str
    connection_arn: str
    full_repository_name: str


@structs.frozen(kw_only=True)
class CodeStarConnectionsSourceActionProps(codepipeline.CommonAwsActionProps):
    connection_arn: str
    output: codepipeline.Artifact
    owner: str
    repo: str
    branch: str | None = None
    code_build_clone_output: bool | None = None
    trigger_on_push: bool | None = None


class CodeStarConnectionsSourceAction(Action):
    _CONNECTION_ARN_PROPERTY = "CodeStarConnectionArnProperty"

    def __init__(self, *, connection_arn: str, output: codepipeline.Artifact, owner: str, repo: str,
                 branch: str | None = None, code_build_clone_output: bool | None = None,
                 trigger_on_push: bool | None = None, role: IRole | None = None, action_name: str,
                 run_order: int | float | None = None, variables_namespace: str | None = None) -> None:
        super().__init__(
            action_name=action_name, run_order=run_order, variables_namespace=variables_namespace, role=role,
            category=codepipeline.ActionCategory.SOURCE, owner="AWS", provider="CodeStarSourceConnection",
            artifact_bounds=source_artifact_bounds(), outputs=[output])
        self._connection_arn = connection_arn
        self._output = output
        self._owner = owner
        self._repo = repo
        self._branch = branch
        self._clone = code_build_clone_output
        self._trigger_on_push = trigger_on_push

    @property
    def variables(self) -> CodeStarSourceVariables:
        """The action's variables (commit id, message, date, branch, repository and connection)."""
        v = self._variable_expression
        return CodeStarSourceVariables(
            full_repository_name=v("FullRepositoryName"), branch_name=v("BranchName"), author_date=v("AuthorDate"),
            commit_id=v("CommitId"), commit_message=v("CommitMessage"), connection_arn=v("ConnectionArn"))

    def _bound(self, scope: Construct, stage: codepipeline.IStage,
               options: codepipeline.ActionBindOptions) -> codepipeline.ActionConfig:
        from l2 import iam

        options.role.add_to_policy(iam.PolicyStatement(actions=["codestar-connections:UseConnection"],
                                                       resources=[self._connection_arn]))
        options.bucket.grant_read_write(options.role)
        options.bucket.grant_put_acl(options.role)
        if self._clone is True:
            self._output.set_metadata(self._CONNECTION_ARN_PROPERTY, self._connection_arn)
        return codepipeline.ActionConfig(configuration=config(
            ConnectionArn=self._connection_arn, FullRepositoryId=f"{self._owner}/{self._repo}",
            BranchName=self._branch if self._branch is not None else "master",
            OutputArtifactFormat="CODEBUILD_CLONE_REF" if self._clone is True else None,
            DetectChanges=self._trigger_on_push))


# -- GitHub (OAuth) --------------------------------------------------------------------------------------------------
class GitHubTrigger(enum.Enum):
    """How a GitHub source action learns about commits."""

    NONE = "None"
    POLL = "Poll"
    WEBHOOK = "WebHook"


@structs.frozen(kw_only=True)
class GitHubSourceVariables:
    """The variables of a GitHub source action."""

    author_date: str
    branch_name: str
    commit_id: str
    commit_message: str
    committer_date: str
    commit_url: str
    repository_name: str


@structs.frozen(kw_only=True)
class GitHubSourceActionProps(codepipeline.CommonActionProps):
    oauth_token: SecretValue
    output: codepipeline.Artifact
    owner: str
    repo: str
    branch: str | None = None
    trigger: GitHubTrigger | None = None


class GitHubSourceAction(Action):
    def __init__(self, *, oauth_token: SecretValue, output: codepipeline.Artifact, owner: str, repo: str,
                 branch: str | None = None, trigger: GitHubTrigger | None = None, action_name: str,
                 run_order: int | float | None = None, variables_namespace: str | None = None) -> None:
        super().__init__(
            action_name=action_name, run_order=run_order, variables_namespace=variables_namespace,
            category=codepipeline.ActionCategory.SOURCE, owner="ThirdParty", provider="GitHub",
            artifact_bounds=source_artifact_bounds(), outputs=[output])
        self._oauth_token = oauth_token
        self._owner = owner
        self._repo = repo
        self._branch = branch
        self._trigger = trigger

    @property
    def variables(self) -> GitHubSourceVariables:
        """The action's variables (commit id, message, URL, dates, branch and repository)."""
        v = self._variable_expression
        return GitHubSourceVariables(
            repository_name=v("RepositoryName"), branch_name=v("BranchName"), author_date=v("AuthorDate"),
            committer_date=v("CommitterDate"), commit_id=v("CommitId"), commit_message=v("CommitMessage"),
            commit_url=v("CommitUrl"))

    def _bound(self, scope: Construct, stage: codepipeline.IStage,
               options: codepipeline.ActionBindOptions) -> codepipeline.ActionConfig:
        if self._trigger is None or self._trigger is GitHubTrigger.WEBHOOK:
            codepipeline.CfnWebhook(
                scope, "WebhookResource", authentication="GITHUB_HMAC",
                authentication_configuration={"secret_token": self._oauth_token.unsafe_unwrap()},
                filters=[{"json_path": "$.ref", "match_equals": "refs/heads/{Branch}"}],
                target_action=self.action_properties.action_name, target_pipeline=stage.pipeline.pipeline_name,
                target_pipeline_version=1, register_with_third_party=True)
        return codepipeline.ActionConfig(configuration=config(
            Owner=self._owner, Repo=self._repo, Branch=self._branch or "master",
            OAuthToken=self._oauth_token.unsafe_unwrap(), PollForSourceChanges=self._trigger is GitHubTrigger.POLL))


# -- ECR -------------------------------------------------------------------------------------------------------------
@structs.frozen(kw_only=True)
class EcrSourceVariables:
    """The variables of an ECR source action."""

    image_digest: str
    image_tag: str
    image_uri: str
    registry_id: str
    repository_name: str


@structs.frozen(kw_only=True)
class EcrSourceActionProps(codepipeline.CommonAwsActionProps):
    output: codepipeline.Artifact
    repository: IEcrRepository
    image_tag: str | None = None


class EcrSourceAction(Action):
    def __init__(self, *, output: codepipeline.Artifact, repository: IEcrRepository, image_tag: str | None = None,
                 role: IRole | None = None, action_name: str, run_order: int | float | None = None,
                 variables_namespace: str | None = None) -> None:
        super().__init__(
            action_name=action_name, run_order=run_order, variables_namespace=variables_namespace, role=role,
            category=codepipeline.ActionCategory.SOURCE, provider="ECR", artifact_bounds=source_artifact_bounds(),
            outputs=[output])
        self._repository = repository
        self._image_tag = image_tag

    @property
    def variables(self) -> EcrSourceVariables:
        """The action's variables (registry, repository, image digest, tag and URI)."""
        v = self._variable_expression
        return EcrSourceVariables(registry_id=v("RegistryId"), repository_name=v("RepositoryName"),
                                  image_digest=v("ImageDigest"), image_tag=v("ImageTag"), image_uri=v("ImageURI"))

    def _bound(self, scope: Construct, stage: codepipeline.IStage,
               options: codepipeline.ActionBindOptions) -> codepipeline.ActionConfig:
        from l2 import events, events_targets, iam

        ref = self._repository.repository_ref  # type: ignore[attr-defined]
        options.role.add_to_policy(iam.PolicyStatement(actions=["ecr:DescribeImages"],
                                                       resources=[ref.repository_arn]))
        tag = None if self._image_tag == "" else (self._image_tag if self._image_tag is not None else "latest")
        rule_id = Names.node_unique_id(stage.pipeline.node) + "SourceEventRule"  # type: ignore[attr-defined]
        target = events_targets.CodePipeline(stage.pipeline)
        detail = {"result": ["SUCCESS"], "repository-name": [ref.repository_name], "image-tag": [tag],
                  "action-type": ["PUSH"]}
        # aws-cdk-lib's rule has the pattern in its props (recorded so); pycdk adds it one key a call (the pattern
        # keeps aws-cdk-lib's key order: detail-type, source, detail)
        pattern = {"detailType": ["ECR Image Action"], "source": ["aws.ecr"], "detail": detail}
        analytics_literal(scope, rule_id, {"targets": [target], "event_pattern": pattern})
        with analytics_quiet(events.Rule):
            rule = events.Rule(scope, rule_id, targets=[target])
            rule.add_event_pattern(detail_type=["ECR Image Action"])
            rule.add_event_pattern(source=["aws.ecr"])
            rule.add_event_pattern(detail=detail)
        analytics_call(rule, "addEventPattern", [pattern])
        analytics_call(rule, "addTarget", [target])
        options.bucket.grant_write(options.role)
        return codepipeline.ActionConfig(configuration=config(
            RepositoryName=ref.repository_name, ImageTag=self._image_tag if self._image_tag else None))


document(S3SourceActionProps, "The properties of an ``S3SourceAction``.")
document(S3SourceAction, "A source action reading a zip object from an S3 bucket (provider ``S3``).")
document(CodeCommitSourceActionProps, "The properties of a ``CodeCommitSourceAction``.")
document(CodeCommitSourceAction, "A source action reading a CodeCommit branch (provider ``CodeCommit``); by default "
         "an EventBridge rule on the repository starts the pipeline on commits.")
document(CodeStarConnectionsSourceActionProps, "The properties of a ``CodeStarConnectionsSourceAction``.")
document(CodeStarConnectionsSourceAction, "A source action reading a repository through a CodeStar connection "
         "(GitHub, Bitbucket, GitLab; provider ``CodeStarSourceConnection``).")
document(GitHubSourceActionProps, "The properties of a ``GitHubSourceAction``.")
document(GitHubSourceAction, "A source action reading a GitHub branch with an OAuth token (provider ``GitHub``, "
         "version 1); by default a webhook starts the pipeline.")
document(EcrSourceActionProps, "The properties of an ``EcrSourceAction``.")
document(EcrSourceAction, "A source action on an ECR image push (provider ``ECR``).")
for _cls, _what in ((S3SourceVariables, "S3"), (CodeCommitSourceVariables, "CodeCommit"),
                    (CodeStarSourceVariables, "CodeStar connections"), (GitHubSourceVariables, "GitHub"),
                    (EcrSourceVariables, "ECR")):
    document(_cls, f"The variables of a{'n' if _what[0] in 'AEIOS' else ''} {_what} source action, as "
             "``#{namespace.Name}`` expressions.",
             {f.name: "the variable's expression." for f in structs.fields(_cls)})
