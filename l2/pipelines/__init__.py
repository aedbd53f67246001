"""CDK Pipelines (aws-cdk-lib: ``aws_cdk.pipelines``): the engine-neutral blueprint of a deployment pipeline
(steps, file sets, waves, stage and stack deployments) and its CodePipeline sources and credentials."""

from constructs.internals import check_public_classes
from l2.pipelines._codebuild_options import CodeBuildOptions
from l2.pipelines._codebuild_step import CodeBuildStep, CodeBuildStepProps
from l2.pipelines._codepipeline import CodePipeline, CodePipelineProps
from l2.pipelines._deployment import (
    AddStageOpts,
    AssetType,
    StackAsset,
    StackDeployment,
    StackDeploymentProps,
    StackSteps,
    StageDeployment,
    StageDeploymentProps,
    Wave,
    WaveOptions,
    WaveProps,
)
from l2.pipelines._docker import (
    DockerCredential,
    DockerCredentialUsage,
    EcrDockerCredentialOptions,
    ExternalDockerCredentialOptions,
)
from l2.pipelines._pipeline_base import PipelineBase, PipelineBaseProps
from l2.pipelines._source import (
    ArtifactMap,
    CodeCommitSourceOptions,
    CodePipelineActionFactoryResult,
    CodePipelineFileSet,
    CodePipelineSource,
    ConnectionSourceOptions,
    ECRSourceOptions,
    GitHubSourceOptions,
    ICodePipelineActionFactory,
    ProduceActionOptions,
    S3SourceOptions,
    StackOutputsMap,
)
from l2.pipelines._step import FileSet, FileSetLocation, IFileSetProducer, StackOutputReference, Step
from l2.pipelines._steps import (
    ConfirmPermissionsBroadening,
    ManualApprovalStep,
    ManualApprovalStepProps,
    PermissionsBroadeningCheckProps,
    ShellStep,
    ShellStepProps,
)

__all__ = [
    "AddStageOpts",
    "ArtifactMap",
    "AssetType",
    "CodeBuildOptions",
    "CodeBuildStep",
    "CodeBuildStepProps",
    "CodeCommitSourceOptions",
    "CodePipeline",
    "CodePipelineProps",
    "CodePipelineActionFactoryResult",
    "CodePipelineFileSet",
    "CodePipelineSource",
    "ConfirmPermissionsBroadening",
    "ConnectionSourceOptions",
    "DockerCredential",
    "DockerCredentialUsage",
    "ECRSourceOptions",
    "EcrDockerCredentialOptions",
    "ExternalDockerCredentialOptions",
    "FileSet",
    "FileSetLocation",
    "GitHubSourceOptions",
    "ICodePipelineActionFactory",
    "IFileSetProducer",
    "ManualApprovalStep",
    "ManualApprovalStepProps",
    "PermissionsBroadeningCheckProps",
    "PipelineBase",
    "PipelineBaseProps",
    "ProduceActionOptions",
    "S3SourceOptions",
    "ShellStep",
    "ShellStepProps",
    "StackAsset",
    "StackDeployment",
    "StackDeploymentProps",
    "StackOutputReference",
    "StackOutputsMap",
    "StackSteps",
    "StageDeployment",
    "StageDeploymentProps",
    "Step",
    "Wave",
    "WaveOptions",
    "WaveProps",
]

check_public_classes(globals())
