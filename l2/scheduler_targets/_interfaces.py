"""Protocols for the targets whose services have no L2 in pycdk yet (CodeBuild, CodePipeline, Inspector,
SageMaker): any object with the members aws-cdk-lib's interfaces name fits."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from l2.iam import Grant, IGrantable


@runtime_checkable
class _ProjectReference(Protocol):
    @property
    def project_arn(self) -> str: ...


@runtime_checkable
class IProjectRef(Protocol):
    """A CodeBuild project (aws-cdk-lib's ``interfaces.aws_codebuild.IProjectRef``)."""

    @property
    def project_ref(self) -> _ProjectReference:
        """The project's reference (its ``project_arn``)."""
        ...


@runtime_checkable
class _PipelineReference(Protocol):
    @property
    def pipeline_name(self) -> str: ...


@runtime_checkable
class IPipelineRef(Protocol):
    """A CodePipeline pipeline (aws-cdk-lib's ``interfaces.aws_codepipeline.IPipelineRef``)."""

    @property
    def pipeline_ref(self) -> _PipelineReference:
        """The pipeline's reference (its ``pipeline_name``)."""
        ...


@runtime_checkable
class _AssessmentTemplateReference(Protocol):
    @property
    def assessment_template_arn(self) -> str: ...


@runtime_checkable
class IAssessmentTemplateRef(Protocol):
    """An Inspector assessment template (aws-cdk-lib's ``interfaces.aws_inspector.IAssessmentTemplateRef``)."""

    @property
    def assessment_template_ref(self) -> _AssessmentTemplateReference:
        """The template's reference (its ``assessment_template_arn``)."""
        ...


@runtime_checkable
class ISageMakerPipeline(Protocol):
    """A SageMaker pipeline (aws-cdk-lib's ``aws_sagemaker.IPipeline``)."""

    @property
    def pipeline_arn(self) -> str:
        """The pipeline's ARN."""
        ...

    def grant_start_pipeline_execution(self, grantee: IGrantable) -> Grant:
        """Grant ``sagemaker:StartPipelineExecution`` on the pipeline."""
        ...
