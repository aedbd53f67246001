"""``CustomResource`` and ``CustomResourceProvider``: custom resources backed by a Lambda handler."""

from __future__ import annotations

import enum
import os
from collections.abc import Mapping, Sequence
from typing import Any

from constructs._private import structs

from ._assets import AssetStaging, FileAssetPackaging, FileAssetSource
from ._cfn_resource import CfnResource
from ._construct import Construct
from ._duration import Duration
from ._errors import ValidationError
from ._removal_policy import RemovalPolicy
from ._resource import Resource
from ._size import Size
from ._stack import Stack
from ._token import Reference, Token


class CustomResourceProviderRuntime(enum.Enum):
    """Runtimes a ``CustomResourceProvider`` handler can use."""

    NODEJS_12_X = "nodejs12.x"
    NODEJS_14_X = "nodejs14.x"
    NODEJS_16_X = "nodejs16.x"
    NODEJS_18_X = "nodejs18.x"
    NODEJS_20_X = "nodejs20.x"
    NODEJS_22_X = "nodejs22.x"
    NODEJS_24_X = "nodejs24.x"
    PYTHON_3_12 = "python3.12"
    PYTHON_3_13 = "python3.13"


@structs.frozen(kw_only=True)
class CustomResourceProps:
    """The initialisation options of ``CustomResource``.

    See ``CustomResource`` for each keyword argument.
    """

    service_token: str
    pascal_case_properties: bool | None = None
    properties: Mapping[str, object] | None = None
    removal_policy: RemovalPolicy | None = None
    resource_type: str | None = None
    service_timeout: Duration | None = None


@structs.frozen(kw_only=True)
class CustomResourceProviderOptions:
    """The options of a custom resource provider's handler: description, environment, memory, policy
    statements, timeout, and whether the handler is wrapped to answer CloudFormation.

    Args:
        description: the handler function's description.
        environment: its environment variables.
        memory_size: its memory (default 128 MiB).
        timeout: its timeout (default 15 minutes).
        policy_statements: IAM statements (as JSON objects) added to the handler's role.
        use_cfn_response_wrapper: wrap the handler so that its result or error is sent to CloudFormation's
            response URL (default True).
    """

    description: str | None = None
    environment: Mapping[str, str] | None = None
    memory_size: Size | None = None
    policy_statements: Sequence[Mapping[str, object]] | None = None
    timeout: Duration | None = None
    use_cfn_response_wrapper: bool | None = None


@structs.frozen(kw_only=True)
class CustomResourceProviderBaseProps(CustomResourceProviderOptions):
    """``CustomResourceProviderOptions`` plus the code directory and the runtime name.

    Args:
        code_directory: the folder with the handler's code (its ``index`` module or file).
        runtime_name: the Lambda runtime, by name (``python3.12``, ``nodejs22.x``).
    """

    code_directory: str
    runtime_name: str


@structs.frozen(kw_only=True)
class CustomResourceProviderProps(CustomResourceProviderOptions):
    """``CustomResourceProviderOptions`` plus the code directory and the runtime.

    Args:
        code_directory: the folder with the handler's code (its ``index`` module or file).
        runtime: the Lambda runtime (``CustomResourceProviderRuntime``).
    """

    code_directory: str
    runtime: CustomResourceProviderRuntime


class CustomResource(Resource):
    """A CloudFormation custom resource.

    Args:
        service_token: the ARN of the provider (Lambda function or SNS topic).
        properties: the resource properties sent to the provider.
        resource_type: ``Custom::<Name>`` (default ``AWS::CloudFormation::CustomResource``).
        removal_policy: default DESTROY.
        pascal_case_properties: upper-case the first letter of every property key.
        service_timeout: how long CloudFormation waits for the provider.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.core.CustomResource"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        service_token: str,
        pascal_case_properties: bool | None = None,
        properties: Mapping[str, object] | None = None,
        removal_policy: RemovalPolicy | None = None,
        resource_type: str | None = None,
        service_timeout: Duration | None = None,
    ) -> None:
        super().__init__(scope, id)
        type_name = resource_type or "AWS::CloudFormation::CustomResource"
        if type_name != "AWS::CloudFormation::CustomResource" and not type_name.startswith("Custom::"):
            raise ValidationError(f"Custom resource type must begin with \"Custom::\" ({type_name})", self)
        if len(type_name) > 60:
            raise ValidationError("Custom resource type length > 60", self)
        props: dict[str, Any] = dict(properties or {})
        if pascal_case_properties:
            props = {k[:1].upper() + k[1:]: v for k, v in props.items()}
        rendered: dict[str, Any] = {"ServiceToken": service_token}
        if service_timeout is not None:
            seconds = service_timeout.to_seconds()
            if not Token.is_unresolved(seconds) and not 1 <= seconds <= 3600:
                raise ValidationError(
                    f"serviceTimeout must either be a token or between 1 and 3600 seconds, got {seconds}", self
                )
            # aws-cdk-lib renders the seconds as a string (``toSeconds().toString()``).
            rendered["ServiceTimeout"] = (
                Token.as_string(seconds) if Token.is_unresolved(seconds)
                else str(int(seconds)) if float(seconds).is_integer() else str(seconds)
            )
        rendered.update(props)
        self._resource = CfnResource(self, "Default", type=type_name, properties=rendered)
        self._resource.apply_removal_policy(removal_policy, default=RemovalPolicy.DESTROY)

    @property
    def ref(self) -> str:
        """The physical id returned by the provider."""
        return self._resource.ref

    def get_att(self, attribute_name: str) -> Reference:
        """A provider-returned attribute."""
        return self._resource.get_att(attribute_name)

    def get_att_string(self, attribute_name: str) -> str:
        """A provider-returned attribute as a string token."""
        return Token.as_string(self.get_att(attribute_name))


class CustomResourceProviderBase(Construct):
    """A Lambda-backed provider made of raw resources (no L1/L2 dependencies): an IAM role and a function whose
    code is ``code_directory``, staged as a file asset.

    Args:
        handler: the handler's entry point (default ``__entrypoint__.handler``, or ``index.handler`` without the
            response wrapper).
        code_directory: the handler's code.
        runtime_name: the Lambda runtime (e.g. ``nodejs22.x``).
        description: the function description.
        environment: environment variables (``AWS_STS_REGIONAL_ENDPOINTS=regional`` is added, as aws-cdk-lib).
        memory_size: default 128 MiB.
        policy_statements: IAM statements (JSON objects) of the role's inline policy.
        timeout: default 15 minutes.
        use_cfn_response_wrapper: the handler is wrapped to answer CloudFormation (handler
            ``__entrypoint__.handler``; False: ``index.handler``). Default True.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        code_directory: str,
        runtime_name: str,
        description: str | None = None,
        environment: Mapping[str, str] | None = None,
        memory_size: Size | None = None,
        policy_statements: Sequence[Mapping[str, object]] | None = None,
        timeout: Duration | None = None,
        use_cfn_response_wrapper: bool | None = None,
        handler: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        stack = Stack.of(scope)
        if not os.path.isdir(code_directory):
            raise ValidationError(f"cannot find code directory: {code_directory}", self)
        staging = AssetStaging(self, "Staging", source_path=code_directory)
        location = stack.synthesizer.add_file_asset(
            FileAssetSource(
                file_name=staging.relative_staged_path(stack),
                source_hash=staging.asset_hash,
                packaging=FileAssetPackaging.ZIP_DIRECTORY,
                display_name=f"{self.node.path} Code",
            )
        )
        role_props: dict[str, Any] = {
            "AssumeRolePolicyDocument": {
                "Version": "2012-10-17",
                "Statement": [
                    {"Action": "sts:AssumeRole", "Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}}
                ],
            },
            "ManagedPolicyArns": [
                {"Fn::Sub": "arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"}
            ],
        }
        self._policy_statements: list[Any] = list(policy_statements or [])
        if self._policy_statements:
            role_props["Policies"] = [
                {
                    "PolicyName": "Inline",
                    "PolicyDocument": {"Version": "2012-10-17", "Statement": self._policy_statements},
                }
            ]
        self.role: CfnResource = CfnResource(self, "Role", type="AWS::IAM::Role", properties=role_props)
        self.role_arn: str = Token.as_string(self.role.get_att("Arn"))
        timeout_s = (timeout or Duration.minutes(15)).to_seconds()
        memory = (memory_size or Size.mebibytes(128)).to_mebibytes()
        default_handler = "__entrypoint__.handler" if use_cfn_response_wrapper is not False else "index.handler"
        handler_props: dict[str, Any] = {
            "Code": {"S3Bucket": location.bucket_name, "S3Key": location.object_key},
            "Timeout": timeout_s,
            "MemorySize": memory,
            "Handler": handler or default_handler,
            "Role": self.role.get_att("Arn"),
            "Runtime": runtime_name,
        }
        if environment:
            env = {**environment, "AWS_STS_REGIONAL_ENDPOINTS": "regional"}
            handler_props["Environment"] = {"Variables": dict(sorted(env.items()))}
        if description:
            handler_props["Description"] = description
        self.handler: CfnResource = CfnResource(self, "Handler", type="AWS::Lambda::Function", properties=handler_props)
        self.handler.add_dependency(self.role)
        self.service_token: str = Token.as_string(self.handler.get_att("Arn"))
        self.code_hash: str = staging.asset_hash

    def add_to_role_policy(self, statement: Mapping[str, object]) -> None:
        """Add a statement (a JSON object) to the provider role's inline policy."""
        self._policy_statements.append(statement)
        props = self.role._cfn_properties
        if "Policies" not in props:
            props["Policies"] = [
                {
                    "PolicyName": "Inline",
                    "PolicyDocument": {"Version": "2012-10-17", "Statement": self._policy_statements},
                }
            ]


class CustomResourceProvider(CustomResourceProviderBase):
    """A Lambda-backed provider made of raw resources (no L1/L2 dependencies), one per stack and id.

    Use ``CustomResourceProvider.get_or_create(scope, "Custom::MyType", code_directory=..., runtime=...)``.

    Args:
        runtime: the Lambda runtime of the handler (a ``CustomResourceProviderRuntime``).
        handler: the handler's entry point (default ``__entrypoint__.handler``, or ``index.handler`` without the
            response wrapper).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        code_directory: str,
        runtime: CustomResourceProviderRuntime,
        description: str | None = None,
        environment: Mapping[str, str] | None = None,
        memory_size: Size | None = None,
        policy_statements: Sequence[Mapping[str, object]] | None = None,
        timeout: Duration | None = None,
        handler: str | None = None,
        use_cfn_response_wrapper: bool | None = None,
    ) -> None:
        if not isinstance(runtime, CustomResourceProviderRuntime):
            raise TypeError(f"runtime must be a CustomResourceProviderRuntime, got {type(runtime).__name__}")
        super().__init__(
            scope, id, code_directory=code_directory, runtime_name=runtime.value, description=description,
            environment=environment, memory_size=memory_size, policy_statements=policy_statements, timeout=timeout,
            use_cfn_response_wrapper=use_cfn_response_wrapper, handler=handler,
        )

    @staticmethod
    def get_or_create(
        scope: Construct,
        uniqueid: str,
        *,
        code_directory: str,
        runtime: CustomResourceProviderRuntime,
        description: str | None = None,
        environment: Mapping[str, str] | None = None,
        memory_size: Size | None = None,
        policy_statements: Sequence[Mapping[str, object]] | None = None,
        timeout: Duration | None = None,
        use_cfn_response_wrapper: bool | None = None,
        handler: str | None = None,
    ) -> str:
        """The service token of the stack's provider with this id (created on first use)."""
        return CustomResourceProvider.get_or_create_provider(
            scope, uniqueid, code_directory=code_directory, runtime=runtime, description=description,
            environment=environment, memory_size=memory_size, policy_statements=policy_statements, timeout=timeout,
            use_cfn_response_wrapper=use_cfn_response_wrapper, handler=handler,
        ).service_token

    @staticmethod
    def get_or_create_provider(
        scope: Construct,
        uniqueid: str,
        *,
        code_directory: str,
        runtime: CustomResourceProviderRuntime,
        description: str | None = None,
        environment: Mapping[str, str] | None = None,
        memory_size: Size | None = None,
        policy_statements: Sequence[Mapping[str, object]] | None = None,
        timeout: Duration | None = None,
        use_cfn_response_wrapper: bool | None = None,
        handler: str | None = None,
    ) -> CustomResourceProvider:
        """The stack's provider with this id (created on first use)."""
        id = f"{uniqueid}CustomResourceProvider"
        stack = Stack.of(scope)
        existing = stack.node.try_find_child(id)
        if existing is not None:
            return existing  # type: ignore[return-value]
        return CustomResourceProvider(
            stack, id, code_directory=code_directory, runtime=runtime, description=description,
            environment=environment, memory_size=memory_size, policy_statements=policy_statements, timeout=timeout,
            use_cfn_response_wrapper=use_cfn_response_wrapper, handler=handler,
        )
