"""``AwsCustomResource``: a custom resource that makes AWS SDK calls on create, update and delete."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from constructs import (
    Annotations,
    Construct,
    CustomResource,
    Duration,
    FeatureFlags,
    IResolveContext,
    Reference,
    RemovalPolicy,
    Stack,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import structs
from l2.custom_resources._private.sdk_info import aws_sdk_to_iam_action

if TYPE_CHECKING:
    from l2.ec2 import IVpc, SubnetSelection
    from l2.iam import IPrincipal, IRole, PolicyStatement
    from l2.logs import ILogGroup, RetentionDays

HANDLER_DIR = str(Path(__file__).parent / "_handlers" / "aws_sdk")
PHYSICAL_RESOURCE_ID_REFERENCE = "PHYSICAL:RESOURCEID:"
LATEST_SDK_DEFAULT_FLAG = "@aws-cdk/customresources:installLatestAwsSdkDefault"
LOG_API_RESPONSE_DATA_FLAG = "@aws-cdk/custom-resources:logApiResponseDataPropertyTrueDefault"
# Metadata markers aws-cdk-lib puts on its custom-resource handlers (read by ``CustomResourceConfig``).
SINGLETON_MARKER = "aws:cdk:is-custom-resource-handler-singleton"
RUNTIME_FAMILY_MARKER = "aws:cdk:is-custom-resource-handler-runtime-family"
LOG_GROUP_MARKER = "aws:cdk:is-custom-resource-handler-logGroup"
LOG_RETENTION_MARKER = "aws:cdk:is-custom-resource-handler-logRetention"


@structs.frozen(kw_only=True)
class LoggingProps:
    """Options of ``Logging``.

    Args:
        log_api_response_data: whether the handler logs the API response (default: logged).
    """

    log_api_response_data: bool | None = None


class Logging:
    """What the ``AwsCustomResource`` handler writes to its logs for one SDK call.

    Args:
        log_api_response_data: whether the handler logs the API response (default: logged).
    """

    def __init__(self, *, log_api_response_data: bool | None = None) -> None:
        self._log_api_response_data = log_api_response_data

    @staticmethod
    def all() -> Logging:
        """Log everything, the API response data included."""
        return Logging()

    @staticmethod
    def with_data_hidden() -> Logging:
        """Hide the API response data from the logs."""
        return Logging(log_api_response_data=False)

    def _render(self, scope: Construct) -> dict[str, bool]:
        if self._log_api_response_data is None and FeatureFlags.of(scope).is_enabled(LOG_API_RESPONSE_DATA_FLAG):
            self._log_api_response_data = True
        if self._log_api_response_data is None:
            return {}
        return {"logApiResponseData": self._log_api_response_data}


class PhysicalResourceIdReference:
    """Stands for the physical id of the custom resource in the parameters of ``on_update``/``on_delete`` calls."""

    creation_stack: ClassVar[list[str]] = ["Token stack traces are no longer captured"]

    def resolve(self, _context: IResolveContext) -> Any:
        """The placeholder the handler replaces with the physical resource id."""
        return PHYSICAL_RESOURCE_ID_REFERENCE

    def to_json(self) -> str:
        """The placeholder (in JSON)."""
        return PHYSICAL_RESOURCE_ID_REFERENCE

    def to_string(self) -> str:
        """The placeholder (as a string)."""
        return PHYSICAL_RESOURCE_ID_REFERENCE

    def __str__(self) -> str:
        return PHYSICAL_RESOURCE_ID_REFERENCE


class PhysicalResourceId:
    """The physical id of an ``AwsCustomResource``: a fixed value or a path into the API response.

    Args:
        response_path: the path of the id in the API response (``from_response``).
    """

    def __init__(self, response_path: str | None, id: str | None) -> None:
        self.response_path: str | None = response_path
        self.id: str | None = id

    @staticmethod
    def from_response(response_path: str) -> PhysicalResourceId:
        """The id is the value at ``response_path`` (``Body.Items.0.Name`` style) of the API response."""
        return PhysicalResourceId(response_path, None)

    @staticmethod
    def of(id: str) -> PhysicalResourceId:
        """A fixed id."""
        return PhysicalResourceId(None, id)

    def _render(self) -> dict[str, str]:
        out: dict[str, str] = {}
        if self.response_path is not None:
            out["responsePath"] = self.response_path
        if self.id is not None:
            out["id"] = self.id
        return out


@structs.frozen(kw_only=True)
class SdkCallsPolicyOptions:
    """Options of ``AwsCustomResourcePolicy.from_sdk_calls``.

    Args:
        resources: the resources the derived statements allow (``AwsCustomResourcePolicy.ANY_RESOURCE`` for all).
    """

    resources: Sequence[str]


class AwsCustomResourcePolicy:
    """The IAM policy of an ``AwsCustomResource``: explicit statements or derived from its SDK calls.

    Args:
        statements: explicit statements of the policy (``from_statements``).
        resources: the resources the SDK calls' actions are allowed on (``from_sdk_calls``).
    """

    ANY_RESOURCE: ClassVar[list[str]] = ["*"]
    """All resources (``*``)."""

    def __init__(self, statements: Sequence[PolicyStatement], resources: Sequence[str] | None) -> None:
        self.statements: list[PolicyStatement] = list(statements)
        self.resources: list[str] | None = list(resources) if resources is not None else None

    @staticmethod
    def from_statements(statements: Sequence[PolicyStatement]) -> AwsCustomResourcePolicy:
        """Exactly these statements."""
        return AwsCustomResourcePolicy(statements, None)

    @staticmethod
    def from_sdk_calls(*, resources: Sequence[str]) -> AwsCustomResourcePolicy:
        """One statement per SDK call, allowing its IAM action on ``resources``."""
        return AwsCustomResourcePolicy([], resources)


@structs.frozen(kw_only=True)
class AwsSdkCall:
    """One AWS SDK call made by an ``AwsCustomResource``.

    Args:
        action: the API operation (``GetObject``, ``getObject`` or ``GetObjectCommand``).
        service: the service (SDK v2 name ``S3``, v3 client name ``s3`` or package ``@aws-sdk/client-s3``).
        api_version: the API version to use.
        assumed_role_arn: a role to assume for the call (its ``sts:AssumeRole`` is what the policy allows).
        external_id: the external id for assuming ``assumed_role_arn``.
        ignore_error_codes_matching: a regular expression of error codes to ignore.
        logging: what the handler logs (default ``Logging.all()``).
        output_paths: restrict the returned data to these paths (``Body.Items.0.Name`` style).
        parameters: the call's parameters.
        physical_resource_id: the physical id of the resource after this call.
        region: the region to call (default: the stack's region at deployment).
    """

    action: str
    service: str
    api_version: str | None = None
    assumed_role_arn: str | None = None
    external_id: str | None = None
    ignore_error_codes_matching: str | None = None
    logging: Logging | None = None
    output_paths: Sequence[str] | None = None
    parameters: Any = None
    physical_resource_id: PhysicalResourceId | None = None
    region: str | None = None


_CALL_KEYS = (
    ("action", "action"),
    ("service", "service"),
    ("api_version", "apiVersion"),
    ("assumed_role_arn", "assumedRoleArn"),
    ("external_id", "externalId"),
    ("ignore_error_codes_matching", "ignoreErrorCodesMatching"),
    ("output_paths", "outputPaths"),
    ("parameters", "parameters"),
    ("physical_resource_id", "physicalResourceId"),
    ("region", "region"),
)


@structs.frozen(kw_only=True)
class AwsCustomResourceProps:
    """The properties of an ``AwsCustomResource`` (see ``AwsCustomResource`` for each keyword)."""

    function_name: str | None = None
    install_latest_aws_sdk: bool | None = None
    log_group: ILogGroup | None = None
    log_retention: RetentionDays | None = None
    memory_size: int | float | None = None
    on_create: AwsSdkCall | None = None
    on_delete: AwsSdkCall | None = None
    on_update: AwsSdkCall | None = None
    policy: AwsCustomResourcePolicy | None = None
    removal_policy: RemovalPolicy | None = None
    resource_type: str | None = None
    role: IRole | None = None
    service_timeout: Duration | None = None
    timeout: Duration | None = None
    vpc: IVpc | None = None
    vpc_subnets: SubnetSelection | None = None


def sdk_call_in_key_order(call: AwsSdkCall, *keys: str) -> AwsSdkCall:
    """Render ``call``'s JSON keys in this order (a call aws-cdk-lib builds from a TypeScript object literal keeps
    the literal's order; one built from Python keeps jsii's: required keys, then the optional ones by name)."""
    object.__setattr__(call, "_key_order", keys)
    return call


def _break_ignore_errors_circuit(calls: Sequence[AwsSdkCall | None], caller: str) -> None:
    for call in calls:
        if call is not None and call.ignore_error_codes_matching:
            raise UnscopedValidationError(f"`{caller}` cannot be called along with `ignoreErrorCodesMatching`.")


def _includes_physical_id_reference(value: Any) -> bool:
    if isinstance(value, PhysicalResourceIdReference) or value == PHYSICAL_RESOURCE_ID_REFERENCE:
        return True
    if isinstance(value, dict):
        return any(_includes_physical_id_reference(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return any(_includes_physical_id_reference(v) for v in value)
    return False


class AwsCustomResource(Construct):
    """A custom resource that calls the AWS API (one SDK call each for create, update and delete).

    Args:
        scope: the parent construct.
        id: the construct id.
        function_name: the name of the singleton handler function.
        install_latest_aws_sdk: install the latest SDK when the handler starts (default: the
            ``@aws-cdk/customresources:installLatestAwsSdkDefault`` context value, else ``True``).
        log_group: the handler function's log group.
        log_retention: the handler function's log retention (a ``LogRetention`` custom resource).
        memory_size: the handler function's memory (default 512 when ``install_latest_aws_sdk`` is true).
        on_create: the call made on create (default: ``on_update``).
        on_delete: the call made on delete.
        on_update: the call made on update.
        policy: the policy of the handler's role (``from_sdk_calls`` or ``from_statements``; or give ``role``).
        removal_policy: the custom resource's removal policy.
        resource_type: the custom resource type (default ``Custom::AWS``).
        role: the handler function's role.
        service_timeout: how long CloudFormation waits for the handler.
        timeout: the handler function's timeout (default 2 minutes).
        vpc: the handler function's VPC.
        vpc_subnets: the handler function's subnets.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-custom-resources.AwsCustomResource"
    """Identifies this class to property injectors (as in aws-cdk-lib)."""
    PROVIDER_FUNCTION_UUID = "679f53fa-c002-430c-b0da-5b7982bd2287"
    """The uuid of the singleton handler function."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        function_name: str | None = None,
        install_latest_aws_sdk: bool | None = None,
        log_group: ILogGroup | None = None,
        log_retention: RetentionDays | None = None,
        memory_size: int | float | None = None,
        on_create: AwsSdkCall | None = None,
        on_delete: AwsSdkCall | None = None,
        on_update: AwsSdkCall | None = None,
        policy: AwsCustomResourcePolicy | None = None,
        removal_policy: RemovalPolicy | None = None,
        resource_type: str | None = None,
        role: IRole | None = None,
        service_timeout: Duration | None = None,
        timeout: Duration | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> None:
        super().__init__(scope, id)
        from l2 import iam, lambda_

        if on_create is None and on_update is None and on_delete is None:
            raise ValidationError("At least `onCreate`, `onUpdate` or `onDelete` must be specified.", self)
        if role is None and policy is None:
            raise ValidationError("At least one of `policy` or `role` (or both) must be specified.", self)
        if on_create is not None and on_create.physical_resource_id is None:
            raise ValidationError("'physicalResourceId' must be specified for 'onCreate' call.", self)
        if on_create is None and on_update is not None and on_update.physical_resource_id is None:
            raise ValidationError(
                "'physicalResourceId' must be specified for 'onUpdate' call when 'onCreate' is omitted.", self)
        calls = (on_create, on_update, on_delete)
        for call in calls:
            if call is not None and call.physical_resource_id is not None and call.physical_resource_id.response_path:
                _break_ignore_errors_circuit([call], "PhysicalResourceId.fromResponse")
        for call in calls:
            if call is not None and call.external_id and not call.assumed_role_arn:
                raise ValidationError("ExternalId can only be provided when assumedRoleArn is specified.", self)
        if on_create is not None and _includes_physical_id_reference(on_create.parameters):
            raise ValidationError("`PhysicalResourceIdReference` must not be specified in `onCreate` parameters.", self)
        self._calls = calls
        if install_latest_aws_sdk and memory_size is None:
            memory_size = 512
        extra: dict[str, Any] = {"log_retention": log_retention} if log_retention else {}
        provider = lambda_.SingletonFunction(
            self,
            "Provider",
            uuid=self.PROVIDER_FUNCTION_UUID,
            lambda_purpose="AWS",
            memory_size=memory_size,
            timeout=timeout or Duration.minutes(2),
            role=role,
            **extra,
            log_group=log_group,
            function_name=function_name,
            vpc=vpc,
            vpc_subnets=vpc_subnets,
            code=lambda_.Code.from_asset(HANDLER_DIR, exclude=["*.pyc", "__pycache__"]),
            handler="index.handler",
            runtime=lambda_.Runtime.PYTHON_3_13,
        )
        provider.add_metadata(SINGLETON_MARKER, True)
        family = provider.runtime.family
        provider.add_metadata(RUNTIME_FAMILY_MARKER, family.value if family is not None else None)
        if log_group is not None:
            provider.log_group.node.add_metadata(LOG_GROUP_MARKER, True)  # type: ignore[attr-defined]
        if log_retention:
            retention = provider.lambda_function.node.try_find_child("LogRetention")
            if retention is not None:
                retention.node.add_metadata(LOG_RETENTION_MARKER, True)
        self.grant_principal: IPrincipal = provider.grant_principal
        install = install_latest_aws_sdk
        if install is None:
            install = self.node.try_get_context(LATEST_SDK_DEFAULT_FLAG)
        if install is None:
            install = True
        if install and install_latest_aws_sdk is None:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/custom-resources:installLatestAwsSdkNotSpecified",
                "installLatestAwsSdk was not specified, and defaults to true. You probably do not want this. "
                f"Set the global context flag '{LATEST_SDK_DEFAULT_FLAG}' to false to switch this behavior off "
                "project-wide, or set the property explicitly to true if you know you need to call APIs that "
                "are not in Lambda's built-in SDK version.",
            )
        create = on_create or on_update
        properties: dict[str, Any] = {}
        if create is not None:
            properties["create"] = self._format_sdk_call(create)
        if on_update is not None:
            properties["update"] = self._format_sdk_call(on_update)
        if on_delete is not None:
            properties["delete"] = self._format_sdk_call(on_delete)
        properties["installLatestAwsSdk"] = install
        self._custom_resource = CustomResource(
            self,
            "Resource",
            resource_type=resource_type or "Custom::AWS",
            service_token=provider.function_arn,
            service_timeout=service_timeout,
            pascal_case_properties=True,
            removal_policy=removal_policy,
            properties=properties,
        )
        if policy is not None:
            statements: list[Any] = []
            if policy.statements:
                statements.extend(policy.statements)
            else:
                for call in calls:
                    if call is None:
                        continue
                    if call.assumed_role_arn is None:
                        statements.append(iam.PolicyStatement(
                            actions=[aws_sdk_to_iam_action(call.service, call.action)], resources=policy.resources))
                    else:
                        statements.append(iam.PolicyStatement(
                            actions=["sts:AssumeRole"], resources=[call.assumed_role_arn]))
            iam_policy = iam.Policy(self, "CustomResourcePolicy", statements=statements)
            if provider.role is not None:
                iam_policy.attach_to_role(provider.role)
            self._custom_resource.node.add_dependency(iam_policy)

    def get_response_field_reference(self, data_path: str) -> Reference:
        """A reference to the value at ``data_path`` of the API response (``Fn::GetAtt`` on the resource)."""
        _break_ignore_errors_circuit(self._calls[:2], "getData")
        return self._custom_resource.get_att(data_path)

    def get_response_field(self, data_path: str) -> str:
        """The value at ``data_path`` of the API response, as a string token."""
        _break_ignore_errors_circuit(self._calls[:2], "getDataString")
        return self._custom_resource.get_att_string(data_path)

    def _format_sdk_call(self, call: AwsSdkCall) -> str:
        data: dict[str, Any] = {}
        order = getattr(call, "_key_order", None)
        keys = sorted(_CALL_KEYS, key=lambda pair: order.index(pair[1]) if pair[1] in order else len(order)) \
            if order else _CALL_KEYS
        for attr, key in keys:
            value = getattr(call, attr)
            if value is None:
                continue
            if isinstance(value, PhysicalResourceId):
                value = value._render()
            elif attr == "output_paths":
                value = list(value)
            data[key] = value
        data.update((call.logging or Logging.all())._render(self))
        return Stack.of(self).to_json_string(data)


