"""``SpecRestApi``: a REST API defined by an OpenAPI document."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from constructs import Construct, Lazy, RemovalPolicy, Size
from constructs.internals import structs
from l1.apigateway import CfnRestApi
from l2.apigateway._api_definition import ApiDefinition
from l2.apigateway._resource import RootResource
from l2.apigateway._restapi import EndpointConfiguration, EndpointType, RestApiBase
from l2.apigateway._stage import StageOptions

if TYPE_CHECKING:
    from l2.apigateway._domain_name import DomainNameOptions
    from l2.iam import AddToResourcePolicyResult, PolicyDocument, PolicyStatement


class RestApiMode(enum.Enum):
    """How API Gateway applies an imported OpenAPI definition."""

    OVERWRITE = "overwrite"
    MERGE = "merge"


class SpecRestApi(RestApiBase):
    """A REST API whose resources and methods come from an OpenAPI definition.

    Args:
        scope: the parent construct.
        id: the construct id.
        api_definition: the OpenAPI definition.
        binary_media_types / min_compression_size / mode: see ``RestApi`` and ``RestApiMode``.
        Other keyword arguments as ``RestApi`` (no description: it lives in the definition).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigateway.SpecRestApi"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        api_definition: ApiDefinition,
        binary_media_types: Sequence[str] | None = None,
        min_compression_size: Size | None = None,
        mode: RestApiMode | None = None,
        cloud_watch_role: bool | None = None,
        cloud_watch_role_removal_policy: RemovalPolicy | None = None,
        deploy: bool | None = None,
        deploy_options: StageOptions | None = None,
        description: str | None = None,
        disable_execute_api_endpoint: bool | None = None,
        domain_name: DomainNameOptions | None = None,
        endpoint_configuration: EndpointConfiguration | None = None,
        endpoint_export_name: str | None = None,
        endpoint_types: Sequence[EndpointType] | None = None,
        fail_on_warnings: bool | None = None,
        parameters: Mapping[str, str] | None = None,
        policy: PolicyDocument | None = None,
        rest_api_name: str | None = None,
        retain_deployments: bool | None = None,
    ) -> None:
        super().__init__(scope, id, rest_api_name=rest_api_name)
        config = api_definition.bind(self)
        self._resource_policy = policy
        s3 = config.s3_location
        resource = CfnRestApi(
            self,
            "Resource",
            name=self.rest_api_name,
            policy=Lazy.uncached_any(lambda: self._resource_policy),
            fail_on_warnings=fail_on_warnings,
            minimum_compression_size=min_compression_size.to_bytes() if min_compression_size is not None else None,
            binary_media_types=binary_media_types,
            body=config.inline_definition,
            body_s3_location=None
            if config.inline_definition is not None or s3 is None
            else CfnRestApi.S3LocationProperty(bucket=s3.bucket, key=s3.key, version=s3.version),
            endpoint_configuration=self._configure_endpoints(endpoint_types, endpoint_configuration),
            parameters=parameters,
            disable_execute_api_endpoint=disable_execute_api_endpoint,
            mode=mode.value if mode is not None else None,
        )
        self._cfn_resource = resource
        self.rest_api_id: str = resource.ref
        api_definition.bind_after_create(self, self)
        self.rest_api_root_resource_id = resource.attr_root_resource_id
        self.root = RootResource(self, self.rest_api_root_resource_id)
        self._configure_cloud_watch_role(resource, cloud_watch_role, cloud_watch_role_removal_policy)
        self._configure_deployment(
            deploy=deploy,
            deploy_options=deploy_options,
            description=description,
            retain_deployments=retain_deployments,
            endpoint_export_name=endpoint_export_name,
        )
        if domain_name is not None:
            self.add_domain_name("CustomDomain", **structs.asdict(domain_name, recurse=False))

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the API's resource policy."""
        from l2.iam import AddToResourcePolicyResult, PolicyDocument

        if self._resource_policy is None:
            self._resource_policy = PolicyDocument()
        self._resource_policy.add_statements(statement)
        return AddToResourcePolicyResult(statement_added=True, policy_dependable=self)
