"""``l2.sagemaker``: ``IEndpoint`` and ``IPipeline`` are structural (what other services' signatures take)."""

from __future__ import annotations

from typing import Any

from constructs import Resource, Stack
from l1.interfaces.sagemaker import EndpointReference, PipelineReference
from l2 import sagemaker


class _Endpoint(Resource):
    endpoint_arn = "arn:aws:sagemaker:us-east-1:123456789012:endpoint/e"
    endpoint_name = "e"

    @property
    def endpoint_ref(self) -> EndpointReference:
        return EndpointReference(endpoint_arn=self.endpoint_arn)

    def grant_invoke(self, grantee: Any) -> Any:
        return None


class _Pipeline(Resource):
    pipeline_arn = "arn:aws:sagemaker:us-east-1:123456789012:pipeline/p"
    pipeline_name = "p"

    @property
    def pipeline_ref(self) -> PipelineReference:
        return PipelineReference(pipeline_name=self.pipeline_name)

    def grant_start_pipeline_execution(self, grantee: Any) -> Any:
        return None


def test_resources_with_the_members_are_endpoints_and_pipelines(stack: Stack) -> None:
    endpoint, pipeline = _Endpoint(stack, "E"), _Pipeline(stack, "P")
    assert isinstance(endpoint, sagemaker.IEndpoint) and not isinstance(endpoint, sagemaker.IPipeline)
    assert isinstance(pipeline, sagemaker.IPipeline) and not isinstance(pipeline, sagemaker.IEndpoint)


def test_l1_classes_are_still_exported() -> None:
    from l1 import sagemaker as l1_sagemaker

    assert sagemaker.CfnEndpoint is l1_sagemaker.CfnEndpoint
    assert sagemaker.CfnPipeline is l1_sagemaker.CfnPipeline
