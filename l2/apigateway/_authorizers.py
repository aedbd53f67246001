"""Lambda authorizers: ``TokenAuthorizer``, ``RequestAuthorizer`` (``AWS::ApiGateway::Authorizer``) and
``IdentitySource``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    Arn,
    ArnFormat,
    Construct,
    Duration,
    FeatureFlags,
    Lazy,
    Names,
    Resource,
    Stack,
    UnscopedValidationError,
    ValidationError,
)
from l1.apigateway import CfnAuthorizer
from l2.apigateway._method import AuthorizationType

if TYPE_CHECKING:
    from l2.apigateway._interfaces import IRestApi, IUserPool
    from l2.iam import IRole
    from l2.lambda_ import IFunction

AUTHORIZER_CHANGE_DEPLOYMENT_LOGICAL_ID = "@aws-cdk/aws-apigateway:authorizerChangeDeploymentLogicalId"


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
    def is_authorizer(x: object) -> bool:
        """True for authorizers."""
        return isinstance(x, Authorizer)

    def _attach_to_api(self, rest_api: IRestApi) -> None:
        raise NotImplementedError


def _lambda_authorizer_uri(handler: Any) -> str:
    parts = Arn.split(handler.function_arn, ArnFormat.COLON_RESOURCE_NAME)
    return (
        f"arn:{parts.partition}:apigateway:{parts.region}:lambda:path/2015-03-31/functions/"
        f"{handler.function_arn}/invocations"
    )


class _LambdaAuthorizer(Authorizer):
    def __init__(self, scope: Construct, id: str, *, handler: IFunction, assume_role: IRole | None,
                 results_cache_ttl: Duration | None) -> None:
        super().__init__(scope, id)
        self.handler = handler
        self.role = assume_role
        self._rest_api_id: str | None = None
        self._authorizer_props: dict[str, Any] = {}
        if results_cache_ttl is not None and results_cache_ttl.to_seconds() > 3600:
            raise ValidationError(
                "Lambda authorizer property 'resultsCacheTtl' must not be greater than 3600 seconds (1 hour)", scope
            )

    def _attach_to_api(self, rest_api: IRestApi) -> None:
        if self._rest_api_id is not None and self._rest_api_id != rest_api.rest_api_id:
            raise ValidationError("Cannot attach authorizer to two different rest APIs", self)
        self._rest_api_id = rest_api.rest_api_id
        # with the flag on, a change of the authorizer (or of its function's name) redeploys the API
        deployment = rest_api.latest_deployment
        if deployment is not None and FeatureFlags.of(self).is_enabled(AUTHORIZER_CHANGE_DEPLOYMENT_LOGICAL_ID):
            from l2.lambda_ import Function

            if isinstance(self.handler, Function):
                function_name = self.handler.node.default_child.function_name  # type: ignore[union-attr]
            else:
                function_name = self.handler.function_name
            deployment.node.add_dependency(self)
            deployment.add_to_logical_id({"authorizer": self._authorizer_props, "authorizerToken": function_name})

    def _lazy_rest_api_id(self) -> str:
        def produce() -> str:
            if self._rest_api_id is None:
                raise ValidationError(f"Authorizer ({self.node.path}) must be attached to a RestApi", self)
            return self._rest_api_id

        return Lazy.string(produce)

    def _create(self, *, name: str | None, type: str, results_cache_ttl: Duration | None,
                identity_source: str, validation_regex: str | None = None) -> None:
        rest_api_id = self._lazy_rest_api_id()
        # the L1's props in aws-cdk-lib's key order: they are hashed into the deployment's logical id
        props: dict[str, Any] = {
            "name": name if name is not None else Names.unique_id(self),
            "restApiId": rest_api_id,
            "type": type,
            "authorizerUri": _lambda_authorizer_uri(self.handler),
            "authorizerCredentials": self.role.role_arn if self.role is not None else None,
            "authorizerResultTtlInSeconds": (results_cache_ttl or Duration.minutes(5)).to_seconds(),
            "identitySource": identity_source,
        }
        if type == "TOKEN":
            props["identityValidationExpression"] = validation_regex
        self._authorizer_props = props
        resource = CfnAuthorizer(
            self,
            "Resource",
            name=props["name"],
            rest_api_id=rest_api_id,
            type=type,
            authorizer_uri=props["authorizerUri"],
            authorizer_credentials=props["authorizerCredentials"],
            authorizer_result_ttl_in_seconds=props["authorizerResultTtlInSeconds"],
            identity_source=identity_source,
            identity_validation_expression=validation_regex,
        )
        self.authorizer_id: str = resource.ref
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

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigateway.TokenAuthorizer"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        handler: IFunction,
        assume_role: IRole | None = None,
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

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigateway.RequestAuthorizer"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        handler: IFunction,
        identity_sources: Sequence[str],
        assume_role: IRole | None = None,
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


class CognitoUserPoolsAuthorizer(Authorizer):
    """An authorizer that accepts tokens issued by Cognito user pools (``COGNITO_USER_POOLS``).

    Args:
        scope: the parent construct.
        id: the construct id.
        cognito_user_pools: the user pools (anything with ``user_pool_arn``).
        authorizer_name: the name (default: the construct's unique id).
        identity_source: where the token is (default ``method.request.header.Authorization``).
        results_cache_ttl: how long results are cached (default: API Gateway's, 5 minutes).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigateway.CognitoUserPoolsAuthorizer"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cognito_user_pools: Sequence[IUserPool],
        authorizer_name: str | None = None,
        identity_source: str | None = None,
        results_cache_ttl: Duration | None = None,
    ) -> None:
        super().__init__(scope, id)
        self._rest_api_id: str | None = None
        rest_api_id = Lazy.string(self._produce_rest_api_id)
        # aws-cdk-lib's key order: hashed into the deployment's logical id when the flag is on
        self._authorizer_props: dict[str, Any] = {
            "name": authorizer_name if authorizer_name is not None else Names.unique_id(self),
            "restApiId": rest_api_id,
            "type": "COGNITO_USER_POOLS",
            "providerArns": [pool.user_pool_arn for pool in cognito_user_pools],
            "authorizerResultTtlInSeconds": results_cache_ttl.to_seconds() if results_cache_ttl is not None else None,
            "identitySource": identity_source or IdentitySource.header("Authorization"),
        }
        props = self._authorizer_props
        resource = CfnAuthorizer(
            self,
            "Resource",
            name=props["name"],
            rest_api_id=rest_api_id,
            type="COGNITO_USER_POOLS",
            provider_arns=props["providerArns"],
            authorizer_result_ttl_in_seconds=props["authorizerResultTtlInSeconds"],
            identity_source=props["identitySource"],
        )
        self.authorizer_id: str = resource.ref
        self.authorizer_arn: str = Stack.of(self).format_arn(
            service="execute-api", resource=rest_api_id, resource_name=f"authorizers/{self.authorizer_id}"
        )
        self.authorization_type = AuthorizationType.COGNITO

    def _produce_rest_api_id(self) -> str:
        if self._rest_api_id is None:
            raise ValidationError(f"Authorizer ({self.node.path}) must be attached to a RestApi", self)
        return self._rest_api_id

    def _attach_to_api(self, rest_api: IRestApi) -> None:
        if self._rest_api_id is not None and self._rest_api_id != rest_api.rest_api_id:
            raise ValidationError("Cannot attach authorizer to two different rest APIs", rest_api)  # type: ignore[arg-type]
        self._rest_api_id = rest_api.rest_api_id
        deployment = rest_api.latest_deployment
        if deployment is not None and FeatureFlags.of(self).is_enabled(AUTHORIZER_CHANGE_DEPLOYMENT_LOGICAL_ID):
            deployment.node.add_dependency(self)
            deployment.add_to_logical_id({"authorizer": self._authorizer_props})
