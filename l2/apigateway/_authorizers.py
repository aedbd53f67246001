"""Lambda authorizers: ``TokenAuthorizer``, ``RequestAuthorizer`` (``AWS::ApiGateway::Authorizer``) and
``IdentitySource``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from constructs import (
    Arn,
    ArnFormat,
    Construct,
    Duration,
    Lazy,
    Names,
    Resource,
    Stack,
    UnscopedValidationError,
    ValidationError,
)
from l1.apigateway import CfnAuthorizer
from l2.apigateway._method import AuthorizationType


class IdentitySource:
    """Where an authorizer reads the caller's identity."""

    @staticmethod
    def header(header_name: str) -> str:
        """``method.request.header.<name>``."""
        return IdentitySource._source(header_name, "method.request.header")

    @staticmethod
    def query_string(query_string: str) -> str:
        """``method.request.querystring.<name>``."""
        return IdentitySource._source(query_string, "method.request.querystring")

    @staticmethod
    def stage_variable(stage_variable: str) -> str:
        """``stageVariables.<name>``."""
        return IdentitySource._source(stage_variable, "stageVariables")

    @staticmethod
    def context(context: str) -> str:
        """``context.<name>``."""
        return IdentitySource._source(context, "context")

    @staticmethod
    def _source(source: str, kind: str) -> str:
        if not source.strip():
            raise UnscopedValidationError("IdentitySources must be a non-empty string.")
        return f"{kind}.{source}"


class Authorizer(Resource):
    """Base of authorizers: methods using one get ``CUSTOM`` authorization."""

    authorization_type: AuthorizationType = AuthorizationType.CUSTOM
    authorizer_id: str

    @staticmethod
    def is_authorizer(x: Any) -> bool:
        """True for authorizers."""
        return isinstance(x, Authorizer)

    def _attach_to_api(self, rest_api: Any) -> None:
        raise NotImplementedError


def _lambda_authorizer_uri(handler: Any) -> str:
    parts = Arn.split(handler.function_arn, ArnFormat.COLON_RESOURCE_NAME)
    return (
        f"arn:{parts.partition}:apigateway:{parts.region}:lambda:path/2015-03-31/functions/"
        f"{handler.function_arn}/invocations"
    )


class _LambdaAuthorizer(Authorizer):
    def __init__(self, scope: Construct, id: str, *, handler: Any, assume_role: Any,
                 results_cache_ttl: Duration | None) -> None:
        super().__init__(scope, id)
        self.handler = handler
        self.role = assume_role
        self._rest_api_id: str | None = None
        if results_cache_ttl is not None and results_cache_ttl.to_seconds() > 3600:
            raise ValidationError(
                "Lambda authorizer property 'resultsCacheTtl' must not be greater than 3600 seconds (1 hour)", scope
            )

    def _attach_to_api(self, rest_api: Any) -> None:
        # `@aws-cdk/aws-apigateway:authorizerChangeDeploymentLogicalId` is unset in a plain app: no hashing
        if self._rest_api_id is not None and self._rest_api_id != rest_api.rest_api_id:
            raise ValidationError("Cannot attach authorizer to two different rest APIs", self)
        self._rest_api_id = rest_api.rest_api_id

    def _lazy_rest_api_id(self) -> str:
        def produce() -> str:
            if self._rest_api_id is None:
                raise ValidationError(f"Authorizer ({self.node.path}) must be attached to a RestApi", self)
            return self._rest_api_id

        return Lazy.string(produce)

    def _create(self, *, name: str | None, type: str, results_cache_ttl: Duration | None,
                identity_source: str, validation_regex: str | None = None) -> None:
        rest_api_id = self._lazy_rest_api_id()
        resource = CfnAuthorizer(
            self,
            "Resource",
            name=name if name is not None else Names.unique_id(self),
            rest_api_id=rest_api_id,
            type=type,
            authorizer_uri=_lambda_authorizer_uri(self.handler),
            authorizer_credentials=self.role.role_arn if self.role is not None else None,
            authorizer_result_ttl_in_seconds=(results_cache_ttl or Duration.minutes(5)).to_seconds(),
            identity_source=identity_source,
            identity_validation_expression=validation_regex,
        )
        self.authorizer_id = resource.ref
        self.authorizer_arn: str = Stack.of(self).format_arn(
            service="execute-api", resource=rest_api_id, resource_name=f"authorizers/{self.authorizer_id}"
        )
        self._setup_permissions()

    def _setup_permissions(self) -> None:
        from l2.iam import Policy, PolicyStatement, Role, ServicePrincipal

        if self.role is None:
            self.handler.add_permission(
                f"{Names.unique_id(self)}:Permissions",
                principal=ServicePrincipal("apigateway.amazonaws.com"),
                source_arn=self.authorizer_arn,
            )
        elif isinstance(self.role, Role):
            self.role.attach_inline_policy(
                Policy(
                    self,
                    "authorizerInvokePolicy",
                    statements=[
                        PolicyStatement(
                            resources=self.handler.resource_arns_for_grant_invoke, actions=["lambda:InvokeFunction"]
                        )
                    ],
                )
            )


class TokenAuthorizer(_LambdaAuthorizer):
    """A Lambda authorizer that receives a bearer token from a header.

    Args:
        scope: the parent construct.
        id: the construct id.
        handler: the authorizer function.
        assume_role: a role API Gateway assumes to call the function (default: a Lambda permission).
        authorizer_name: the name (default: the construct's unique id).
        identity_source: where the token is (default ``method.request.header.Authorization``).
        results_cache_ttl: how long results are cached (default 5 minutes, at most 1 hour).
        validation_regex: a regular expression tokens must match.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        handler: Any,
        assume_role: Any = None,
        authorizer_name: str | None = None,
        identity_source: str | None = None,
        results_cache_ttl: Duration | None = None,
        validation_regex: str | None = None,
    ) -> None:
        super().__init__(scope, id, handler=handler, assume_role=assume_role, results_cache_ttl=results_cache_ttl)
        self._create(
            name=authorizer_name,
            type="TOKEN",
            results_cache_ttl=results_cache_ttl,
            identity_source=identity_source or IdentitySource.header("Authorization"),
            validation_regex=validation_regex,
        )


class RequestAuthorizer(_LambdaAuthorizer):
    """A Lambda authorizer that receives request parameters.

    Args:
        scope: the parent construct.
        id: the construct id.
        handler: the authorizer function.
        identity_sources: the identity sources (at least one unless caching is off).
        assume_role: a role API Gateway assumes to call the function.
        authorizer_name: the name (default: the construct's unique id).
        results_cache_ttl: how long results are cached (default 5 minutes; 0 disables caching).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        handler: Any,
        identity_sources: Sequence[str],
        assume_role: Any = None,
        authorizer_name: str | None = None,
        results_cache_ttl: Duration | None = None,
    ) -> None:
        super().__init__(scope, id, handler=handler, assume_role=assume_role, results_cache_ttl=results_cache_ttl)
        if (results_cache_ttl is None or results_cache_ttl.to_seconds() != 0) and not identity_sources:
            raise ValidationError(
                "At least one Identity Source is required for a REQUEST-based Lambda authorizer if caching is "
                "enabled.",
                scope,
            )
        self._create(
            name=authorizer_name,
            type="REQUEST",
            results_cache_ttl=results_cache_ttl,
            identity_source=",".join(str(s) for s in identity_sources),
        )
