"""CloudFront Functions: ``Function``, its code and runtime, and associating it with a behavior."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Protocol, runtime_checkable

from constructs import Construct, FeatureFlags, Lazy, Names, Resource, Stack, ValidationError
from constructs.internals import structs
from l1.cloudfront import CfnFunction
from l2.cloudfront._references import FunctionReference

_DEFAULT_RUNTIME_V2_FLAG = "@aws-cdk/aws-cloudfront:defaultFunctionRuntimeV2_0"


class FunctionEventType(enum.Enum):
    """The events a CloudFront Function can run on."""

    VIEWER_REQUEST = "viewer-request"
    VIEWER_RESPONSE = "viewer-response"


class FunctionRuntime:
    """The JavaScript runtime of a CloudFront Function.

    Args:
        value: the runtime's name (``cloudfront-js-2.0``).
    """

    JS_1_0: FunctionRuntime
    """``cloudfront-js-1.0``."""
    JS_2_0: FunctionRuntime
    """``cloudfront-js-2.0``."""

    def __init__(self, value: str) -> None:
        self.value = value

    @staticmethod
    def custom(runtime_string: str) -> FunctionRuntime:
        """A runtime by name."""
        return FunctionRuntime(runtime_string)


FunctionRuntime.JS_1_0 = FunctionRuntime("cloudfront-js-1.0")
FunctionRuntime.JS_2_0 = FunctionRuntime("cloudfront-js-2.0")


class FunctionCode:
    """The code of a CloudFront Function."""

    @staticmethod
    def from_inline(code: str) -> FunctionCode:
        """Code given as a string."""
        return _InlineCode(code)

    @staticmethod
    def from_file(*, file_path: str) -> FunctionCode:
        """Code read from a file at synthesis."""
        return _FileCode(file_path)

    def render(self) -> str:
        """The code as a string."""
        raise NotImplementedError


class _InlineCode(FunctionCode):
    def __init__(self, code: str) -> None:
        self._code = code

    def render(self) -> str:
        return self._code


class _FileCode(FunctionCode):
    def __init__(self, file_path: str) -> None:
        self._path = file_path

    def render(self) -> str:
        return Path(self._path).read_text(encoding="utf-8")


@structs.frozen(kw_only=True)
class FileCodeOptions:
    """Where ``FunctionCode.from_file`` reads the code.

    Args:
        file_path: the path of the file.
    """

    file_path: str


@runtime_checkable
class IKeyValueStore(Protocol):
    """A CloudFront KeyValueStore."""

    @property
    def key_value_store_arn(self) -> str:
        """The store's ARN."""
        ...

    @property
    def key_value_store_id(self) -> str:
        """The store's id."""
        ...

    @property
    def key_value_store_status(self) -> str:
        """The store's status (not available on an imported store)."""
        ...


@runtime_checkable
class IFunction(Protocol):
    """A CloudFront Function."""

    @property
    def function_name(self) -> str:
        """The function's name."""
        ...

    @property
    def function_arn(self) -> str:
        """The function's ARN."""
        ...


@structs.frozen(kw_only=True)
class FunctionAssociation:
    """A CloudFront Function run on a behavior's event.

    Args:
        function: the function.
        event_type: the event it runs on.
    """

    event_type: FunctionEventType
    function: IFunction


@structs.frozen(kw_only=True)
class FunctionAttributes:
    """The attributes of an existing CloudFront Function.

    Args:
        function_arn: its ARN.
        function_name: its name.
        function_runtime: its runtime (e.g. ``cloudfront-js-2.0``).
    """

    function_arn: str
    function_name: str
    function_runtime: str | None = None


class _FunctionRef:
    function_arn: str

    @property
    def function_ref(self) -> FunctionReference:
        """A reference to this function."""
        return FunctionReference(function_arn=self.function_arn)


class _ImportedFunction(_FunctionRef, Resource):
    def __init__(self, scope: Construct, id: str, attrs: FunctionAttributes) -> None:
        super().__init__(scope, id)
        self.function_name = attrs.function_name
        self.function_arn = attrs.function_arn
        self.function_runtime = attrs.function_runtime


class Function(_FunctionRef, Resource):
    """A CloudFront Function (``AWS::CloudFront::Function``).

    Args:
        code: the function's code.
        function_name: default the region plus a name unique in the app (64 characters at most).
        comment: default the function's name.
        auto_publish: publish to LIVE on create and update (default ``True``).
        runtime: default ``JS_1_0`` (``JS_2_0`` with a key value store or under
            ``@aws-cdk/aws-cloudfront:defaultFunctionRuntimeV2_0``).
        key_value_store: a KeyValueStore to associate (needs ``JS_2_0``).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-cloudfront.Function"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        code: FunctionCode,
        auto_publish: bool | None = None,
        comment: str | None = None,
        function_name: str | None = None,
        key_value_store: IKeyValueStore | None = None,
        runtime: FunctionRuntime | None = None,
    ) -> None:
        super().__init__(scope, id)
        self.function_name: str = function_name if function_name is not None else self._generate_name()
        v2 = FeatureFlags.of(self).is_enabled(_DEFAULT_RUNTIME_V2_FLAG)
        default_runtime = FunctionRuntime.JS_2_0.value if key_value_store or v2 else FunctionRuntime.JS_1_0.value
        self.function_runtime: str = runtime.value if runtime is not None else default_runtime
        if key_value_store is not None and self.function_runtime == FunctionRuntime.JS_1_0.value:
            raise ValidationError(
                f"Key Value Stores cannot be associated to functions using the {self.function_runtime} runtime", self
            )
        config: dict[str, object] = {
            "comment": comment if comment is not None else self.function_name,
            "runtime": self.function_runtime,
        }
        if key_value_store is not None:
            config["key_value_store_associations"] = [{"key_value_store_arn": key_value_store.key_value_store_arn}]
        resource = CfnFunction(
            self,
            "Resource",
            auto_publish=True if auto_publish is None else auto_publish,
            function_code=code.render(),
            function_config=config,
            name=self.function_name,
        )
        self.function_arn: str = resource.attr_function_arn
        self.function_stage: str = resource.attr_stage

    def _generate_name(self) -> str:
        region = Stack.of(self).region
        unique = Names.unique_id(self)
        if len(unique) <= 41:
            return region + unique
        return region + Lazy.string(
            lambda: Names.unique_resource_name(self, max_length=40, allowed_special_characters="-_")
        )

    @staticmethod
    def from_function_attributes(
        scope: Construct, id: str, *, function_arn: str, function_name: str, function_runtime: str | None = None
    ) -> IFunction:
        """Import an existing CloudFront Function."""
        return _ImportedFunction(
            scope, id,
            FunctionAttributes(function_arn=function_arn, function_name=function_name, function_runtime=function_runtime),
        )
