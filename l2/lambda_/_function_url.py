"""``FunctionUrl``: an HTTPS endpoint for a function (``AWS::Lambda::Url``)."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, Resource, ValidationError
from constructs.internals import structs
from l1.lambda_ import CfnUrl

if TYPE_CHECKING:
    from l2.iam import Grant, IGrantable
    from l2.lambda_._interfaces import IFunction

    from ._references import UrlReference


class FunctionUrlAuthType(enum.Enum):
    """Who may call the URL."""

    AWS_IAM = "AWS_IAM"
    NONE = "NONE"


class InvokeMode(enum.Enum):
    """Whether responses are buffered or streamed."""

    BUFFERED = "BUFFERED"
    RESPONSE_STREAM = "RESPONSE_STREAM"


class HttpMethod(enum.Enum):
    """HTTP methods for CORS."""

    GET = "GET"
    PUT = "PUT"
    HEAD = "HEAD"
    POST = "POST"
    DELETE = "DELETE"
    PATCH = "PATCH"
    OPTIONS = "OPTIONS"
    ALL = "*"


@structs.frozen(kw_only=True)
class FunctionUrlCorsOptions:
    """CORS settings of a function URL.

    Args:
        allow_credentials: whether browsers may send cookies and credentials with cross-origin requests (default false).
        allowed_headers: the request headers cross-origin requests may send (default none).
        allowed_methods: the HTTP methods cross-origin requests may use (default all).
        allowed_origins: the origins that may call the URL (default none).
        exposed_headers: the response headers browsers may read (default none).
        max_age: how long browsers may cache a preflight response (default the browser's, 5 seconds).
    """

    allow_credentials: bool | None = None
    allowed_headers: Sequence[str] | None = None
    allowed_methods: Sequence[HttpMethod] | None = None
    allowed_origins: Sequence[str] | None = None
    exposed_headers: Sequence[str] | None = None
    max_age: Duration | None = None


class FunctionUrl(Resource):
    """A function URL.

    Args:
        function: the function or alias (not a version) to expose.
        auth_type: default ``AWS_IAM``; ``NONE`` adds public invoke permissions.
        cors: CORS settings.
        invoke_mode: default: CloudFormation's (``BUFFERED``).

    Raises:
        ValidationError: a version, or a CORS max age over a day.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-lambda.FunctionUrl"
    """Identifies this class to property injectors (as in aws-cdk-lib)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        function: IFunction,
        auth_type: FunctionUrlAuthType | None = None,
        cors: FunctionUrlCorsOptions | None = None,
        invoke_mode: InvokeMode | None = None,
    ) -> None:
        super().__init__(scope, id)
        is_alias = hasattr(function, "alias_name")
        if hasattr(function, "version") and not is_alias:
            raise ValidationError("FunctionUrl cannot be used with a Version", self)
        alias: Any = function  # an Alias when is_alias: its version's function is the target
        target = alias.version.lambda_ if is_alias else function
        self.auth_type: FunctionUrlAuthType = auth_type or FunctionUrlAuthType.AWS_IAM
        resource = CfnUrl(
            self,
            "Resource",
            auth_type=self.auth_type.value,
            cors=self._render_cors(cors) if cors is not None else None,
            invoke_mode=invoke_mode.value if invoke_mode is not None else None,
            target_function_arn=target.function_arn,
            qualifier=alias.alias_name if is_alias else None,
        )
        if is_alias and alias.node.default_child is not None:
            resource.node.add_dependency(alias.node.default_child)
        self.url: str = resource.attr_function_url
        self.function_arn: str = resource.attr_function_arn
        self.function = function
        if auth_type is FunctionUrlAuthType.NONE:
            from l2 import iam

            function.add_permission("invoke-function-url", principal=iam.AnyPrincipal(),
                                    action="lambda:InvokeFunctionUrl", function_url_auth_type=auth_type)
            function.add_permission("invoke-function", principal=iam.AnyPrincipal(), action="lambda:InvokeFunction",
                                    invoked_via_function_url=True)

    @property
    def url_ref(self) -> UrlReference:
        """The URL's function ARN, as a reference."""
        from ._references import UrlReference

        return UrlReference(function_arn=self.function_arn)

    def grant_invoke_url(self, grantee: IGrantable) -> Grant:
        """Allow ``grantee`` to call this URL."""
        return self.function.grant_invoke_url(grantee)

    def _render_cors(self, cors: FunctionUrlCorsOptions) -> dict[str, Any]:
        if cors.max_age is not None and not cors.max_age.is_unresolved() and cors.max_age.to_seconds() > 86400:
            raise ValidationError(
                f"FunctionUrl CORS maxAge should be less than or equal to 86400 secs (got {cors.max_age.to_seconds()})",
                self,
            )
        methods = cors.allowed_methods if cors.allowed_methods is not None else [HttpMethod.ALL]
        return {
            "allow_credentials": cors.allow_credentials,
            "allow_headers": list(cors.allowed_headers) if cors.allowed_headers is not None else None,
            "allow_methods": [m.value for m in methods],
            "allow_origins": list(cors.allowed_origins) if cors.allowed_origins is not None else None,
            "expose_headers": list(cors.exposed_headers) if cors.exposed_headers is not None else None,
            "max_age": cors.max_age.to_seconds() if cors.max_age is not None else None,
        }
