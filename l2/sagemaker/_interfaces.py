"""``IEndpoint`` and ``IPipeline``: what other services take as a SageMaker endpoint or pipeline."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from constructs import IResource
from l1.interfaces.sagemaker import IEndpointRef, IPipelineRef

if TYPE_CHECKING:
    from l2.iam import Grant, IGrantable


@runtime_checkable
class IEndpoint(IEndpointRef, IResource, Protocol):
    """A SageMaker endpoint."""

    @property
    def endpoint_arn(self) -> str:
        """The ARN of the endpoint."""
        ...

    @property
    def endpoint_name(self) -> str:
        """The name of the endpoint."""
        ...

    def grant_invoke(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` invoke the endpoint."""
        ...


@runtime_checkable
class IPipeline(IPipelineRef, IResource, Protocol):
    """A SageMaker pipeline."""

    @property
    def pipeline_arn(self) -> str:
        """The ARN of the pipeline."""
        ...

    @property
    def pipeline_name(self) -> str:
        """The name of the pipeline."""
        ...

    def grant_start_pipeline_execution(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` start executions of the pipeline."""
        ...
