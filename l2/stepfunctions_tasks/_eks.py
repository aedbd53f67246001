"""Amazon EKS task: ``EksCall``."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import Any, Protocol, runtime_checkable

from constructs import Construct, Duration, ValidationError
from constructs.internals import structs
from l2.stepfunctions import Credentials, IntegrationPattern, QueryLanguage, TaskInput, TaskStateBase, Timeout
from l2.stepfunctions_tasks._private.task_utils import (
    TaskProps,
    actual_query_language,
    integration_resource_arn,
    task_kwargs,
    validate_pattern_supported,
)

_PATTERNS = (IntegrationPattern.REQUEST_RESPONSE,)


@runtime_checkable
class ICluster(Protocol):
    """An EKS cluster (aws-cdk-lib's ``aws_eks.ICluster``), as far as the task reads it."""

    @property
    def cluster_name(self) -> str:
        """The name of the cluster."""
        ...

    @property
    def cluster_endpoint(self) -> str:
        """The API Server endpoint URL."""
        ...

    @property
    def cluster_certificate_authority_data(self) -> str:
        """The certificate-authority-data for the cluster."""
        ...


class HttpMethods(enum.Enum):
    """Method type of a EKS call."""

    GET = "GET"
    """Retrieve data from a server at the specified resource."""
    POST = "POST"
    """Send data to the API endpoint to create or update a resource."""
    PUT = "PUT"
    """Send data to the API endpoint to update or create a resource."""
    DELETE = "DELETE"
    """Delete the resource at the specified endpoint."""
    PATCH = "PATCH"
    """Apply partial modifications to the resource."""
    HEAD = "HEAD"
    """Retrieve data from a server at the specified resource without the response body."""


@structs.frozen(kw_only=True)
class EksCallJsonPathProps:
    """Properties for calling an EKS endpoint with HTTP using JSONPath.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        credentials: Credentials for an IAM Role that the State Machine assumes for executing the task
        heartbeat: (deprecated) Timeout for the heartbeat
        heartbeat_timeout: Timeout for the heartbeat
        integration_pattern: AWS Step Functions integrates with services directly in the Amazon States Language
        task_timeout: Timeout for the task
        timeout: (deprecated) Timeout for the task
        assign: Workflow variables to store in this step
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
        result_path: JSONPath expression to indicate where to inject the state's output
        result_selector: The JSON that will replace the state's raw result and become the effective result before ResultPath is applied
        cluster: The EKS cluster
        http_method: HTTP method ("GET", "POST", "PUT", ...) part of HTTP request
        http_path: HTTP path of the Kubernetes REST API operation For example: /api/v1/namespaces/default/pods
        query_parameters: Query Parameters part of HTTP request
        request_body: Request body part of HTTP request
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    credentials: Credentials | None = None
    heartbeat: Duration | None = None
    heartbeat_timeout: Timeout | None = None
    integration_pattern: IntegrationPattern | None = None
    task_timeout: Timeout | None = None
    timeout: Duration | None = None
    assign: Mapping[str, object] | None = None
    input_path: str | None = None
    output_path: str | None = None
    result_path: str | None = None
    result_selector: Mapping[str, object] | None = None
    cluster: ICluster
    http_method: HttpMethods
    http_path: str
    query_parameters: Mapping[str, Sequence[str]] | None = None
    request_body: TaskInput | None = None


@structs.frozen(kw_only=True)
class EksCallJsonataProps:
    """Properties for calling an EKS endpoint with HTTP using JSONata.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        credentials: Credentials for an IAM Role that the State Machine assumes for executing the task
        heartbeat: (deprecated) Timeout for the heartbeat
        heartbeat_timeout: Timeout for the heartbeat
        integration_pattern: AWS Step Functions integrates with services directly in the Amazon States Language
        task_timeout: Timeout for the task
        timeout: (deprecated) Timeout for the task
        assign: Workflow variables to store in this step
        outputs: Used to specify and transform output from the state
        cluster: The EKS cluster
        http_method: HTTP method ("GET", "POST", "PUT", ...) part of HTTP request
        http_path: HTTP path of the Kubernetes REST API operation For example: /api/v1/namespaces/default/pods
        query_parameters: Query Parameters part of HTTP request
        request_body: Request body part of HTTP request
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    credentials: Credentials | None = None
    heartbeat: Duration | None = None
    heartbeat_timeout: Timeout | None = None
    integration_pattern: IntegrationPattern | None = None
    task_timeout: Timeout | None = None
    timeout: Duration | None = None
    assign: Mapping[str, object] | None = None
    outputs: object = None
    cluster: ICluster
    http_method: HttpMethods
    http_path: str
    query_parameters: Mapping[str, Sequence[str]] | None = None
    request_body: TaskInput | None = None


@structs.frozen(kw_only=True)
class EksCallProps:
    """Properties for calling an EKS endpoint with HTTP.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        credentials: Credentials for an IAM Role that the State Machine assumes for executing the task
        heartbeat: (deprecated) Timeout for the heartbeat
        heartbeat_timeout: Timeout for the heartbeat
        integration_pattern: AWS Step Functions integrates with services directly in the Amazon States Language
        task_timeout: Timeout for the task
        timeout: (deprecated) Timeout for the task
        assign: Workflow variables to store in this step
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
        outputs: Used to specify and transform output from the state
        result_path: JSONPath expression to indicate where to inject the state's output
        result_selector: The JSON that will replace the state's raw result and become the effective result before ResultPath is applied
        cluster: The EKS cluster
        http_method: HTTP method ("GET", "POST", "PUT", ...) part of HTTP request
        http_path: HTTP path of the Kubernetes REST API operation For example: /api/v1/namespaces/default/pods
        query_parameters: Query Parameters part of HTTP request
        request_body: Request body part of HTTP request
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    credentials: Credentials | None = None
    heartbeat: Duration | None = None
    heartbeat_timeout: Timeout | None = None
    integration_pattern: IntegrationPattern | None = None
    task_timeout: Timeout | None = None
    timeout: Duration | None = None
    assign: Mapping[str, object] | None = None
    input_path: str | None = None
    output_path: str | None = None
    outputs: object = None
    result_path: str | None = None
    result_selector: Mapping[str, object] | None = None
    cluster: ICluster
    http_method: HttpMethods
    http_path: str
    query_parameters: Mapping[str, Sequence[str]] | None = None
    request_body: TaskInput | None = None


class EksCall(TaskStateBase):
    """Call a EKS endpoint as a Task.

    Args:
        cluster: The EKS cluster
        http_method: HTTP method ("GET", "POST", "PUT", ...) part of HTTP request
        http_path: HTTP path of the Kubernetes REST API operation For example: /api/v1/namespaces/default/pods
        query_parameters: Query Parameters part of HTTP request
        request_body: Request body part of HTTP request
        result_path: JSONPath expression to indicate where to inject the state's output
        result_selector: The JSON that will replace the state's raw result and become the effective result before ResultPath is applied
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        credentials: Credentials for an IAM Role that the State Machine assumes for executing the task
        heartbeat: (deprecated) Timeout for the heartbeat
        heartbeat_timeout: Timeout for the heartbeat
        integration_pattern: AWS Step Functions integrates with services directly in the Amazon States Language
        task_timeout: Timeout for the task
        timeout: (deprecated) Timeout for the task
        assign: Workflow variables to store in this step
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
        outputs: Used to specify and transform output from the state
    """

    @staticmethod
    def json_path(
        scope: Construct,
        id: str,
        *,
        cluster: ICluster,
        http_method: HttpMethods,
        http_path: str,
        query_parameters: Mapping[str, Sequence[str]] | None = None,
        request_body: TaskInput | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, object] | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        credentials: Credentials | None = None,
        heartbeat: Duration | None = None,
        heartbeat_timeout: Timeout | None = None,
        integration_pattern: IntegrationPattern | None = None,
        task_timeout: Timeout | None = None,
        timeout: Duration | None = None,
        assign: Mapping[str, object] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
    ) -> EksCall:
        """Call a EKS endpoint as a Task that using JSONPath."""
        kwargs = task_kwargs(locals())
        return EksCall(scope, id, **kwargs)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        cluster: ICluster,
        http_method: HttpMethods,
        http_path: str,
        query_parameters: Mapping[str, Sequence[str]] | None = None,
        request_body: TaskInput | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        credentials: Credentials | None = None,
        heartbeat: Duration | None = None,
        heartbeat_timeout: Timeout | None = None,
        integration_pattern: IntegrationPattern | None = None,
        task_timeout: Timeout | None = None,
        timeout: Duration | None = None,
        assign: Mapping[str, object] | None = None,
        outputs: object = None,
    ) -> EksCall:
        """Call a EKS endpoint as a Task that using JSONata."""
        kwargs = task_kwargs(locals())
        kwargs["query_language"] = QueryLanguage.JSONATA
        return EksCall(scope, id, **kwargs)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cluster: ICluster,
        http_method: HttpMethods,
        http_path: str,
        query_parameters: Mapping[str, Sequence[str]] | None = None,
        request_body: TaskInput | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, object] | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        credentials: Credentials | None = None,
        heartbeat: Duration | None = None,
        heartbeat_timeout: Timeout | None = None,
        integration_pattern: IntegrationPattern | None = None,
        task_timeout: Timeout | None = None,
        timeout: Duration | None = None,
        assign: Mapping[str, object] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
        outputs: object = None,
    ) -> None:
        props = TaskProps(locals())
        super().__init__(scope, id, **props.base())
        self._props = props
        self._integration_pattern = props.integration_pattern or IntegrationPattern.REQUEST_RESPONSE
        validate_pattern_supported(self._integration_pattern, _PATTERNS)
        self._cluster_endpoint = _read(props.cluster, "cluster_endpoint", self)
        self._cluster_certificate_authority_data = _read(props.cluster, "cluster_certificate_authority_data", self)

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        props = self._props
        query_language = actual_query_language(top_level_query_language, props.query_language)
        return {
            "Resource": integration_resource_arn("eks", "call", self._integration_pattern),
            **self._render_parameters_or_arguments({
                "ClusterName": props.cluster.cluster_name,
                "CertificateAuthority": self._cluster_certificate_authority_data,
                "Endpoint": self._cluster_endpoint,
                "Method": props.http_method.value,
                "Path": props.http_path,
                "QueryParameters": props.query_parameters,
                "RequestBody": props.request_body.value if props.request_body is not None else None,
            }, query_language),
        }


_CAMEL = {"cluster_endpoint": "clusterEndpoint",
          "cluster_certificate_authority_data": "clusterCertificateAuthorityData"}


def _read(cluster: Any, name: str, task: EksCall) -> Any:
    """A cluster attribute an imported cluster may not have (it raises when read)."""
    try:
        return getattr(cluster, name)
    except Exception as error:  # an imported cluster raises for attributes it was not given
        raise ValidationError(
            f'The "{_CAMEL[name]}" property must be specified when using an imported Cluster.', task) from error
