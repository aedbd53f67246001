"""Map states (``Map``, ``DistributedMap``) and what a Distributed Map reads, batches and writes."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import (
    Annotations,
    Arn,
    ArnComponents,
    ArnFormat,
    Aws,
    Construct,
    FeatureFlags,
    Token,
    UnscopedValidationError,
)
from constructs.internals import deprecated
from l2.stepfunctions._fields import FieldUtils
from l2.stepfunctions._private.json_path import is_valid_jsonata_expression
from l2.stepfunctions._state import IChainable, State, StateGraph, render_json_path
from l2.stepfunctions._states import RetryCatchMixin, _NextMixin
from l2.stepfunctions._types import (
    CsvDelimiter,
    CsvHeaders,
    OutputType,
    ProcessorMode,
    ProcessorType,
    ProvideItems,
    QueryLanguage,
    StateMachineType,
    Transformation,
)

if TYPE_CHECKING:
    from l2.iam import PolicyStatement
    from l2.s3 import IBucket

_MAX_SAFE_INTEGER = 9007199254740991
_RESULT_WRITER_V2_FLAG = "@aws-cdk/aws-stepfunctions:useDistributedMapResultWriterV2"


def _is_positive_integer(value: float) -> bool:
    return float(value).is_integer() and 0 <= value <= _MAX_SAFE_INTEGER


def _states_s3_arn(action: str) -> str:
    return Arn.format(ArnComponents(region="", account="", partition=Aws.PARTITION, service="states",
                                    resource="s3", resource_name=action, arn_format=ArnFormat.COLON_RESOURCE_NAME))


def _policy_statement(actions: list[str], resources: list[str]) -> PolicyStatement:
    from l2 import iam

    return iam.PolicyStatement(actions=actions, resources=resources)


# -- item readers ----------------------------------------------------------------------------------------
@runtime_checkable
class IItemReader(Protocol):
    """Where a Distributed Map reads its items (an S3 object, or the objects under a prefix)."""

    @property
    def bucket(self) -> IBucket:
        """The bucket (raises when only ``bucket_name_path`` is given)."""
        ...

    @property
    def resource(self) -> str:
        """The ``Resource`` ARN of the reader."""
        ...

    @property
    def bucket_name_path(self) -> str | None:
        """The bucket name, as a JSONPath."""
        ...

    @property
    def max_items(self) -> int | float | None:
        """The most items to read."""
        ...

    def render(self, query_language: QueryLanguage | None = None) -> Mapping[str, object]:
        """The ``ItemReader`` field."""
        ...

    def provide_policy_statements(self) -> list[PolicyStatement]:
        """The statements the state machine's role needs."""
        ...

    def validate_item_reader(self) -> list[str]:
        """Problems with the reader's configuration."""
        ...


def _reader_errors(bucket: Any, bucket_name_path: str | None) -> list[str]:
    if bucket is not None and bucket_name_path:
        return ["Provide either `bucket` or `bucketNamePath`, but not both"]
    if bucket is None and not bucket_name_path:
        return ["Provide either `bucket` or `bucketNamePath`"]
    return []


class S3ObjectsItemReader:
    """Items are the objects of a bucket (``s3:listObjectsV2``).

    Args:
        bucket / bucket_name_path: the bucket, or a JSONPath to its name.
        prefix: only the objects under this prefix.
        max_items: the most items to read.
    """

    def __init__(self, *, prefix: str | None = None, bucket: IBucket | None = None,
                 bucket_name_path: str | None = None, max_items: int | float | None = None) -> None:
        self._bucket = bucket
        self.bucket_name_path = bucket_name_path
        self.prefix = prefix
        self.max_items = max_items
        self.resource = _states_s3_arn("listObjectsV2")

    @property
    def bucket(self) -> IBucket:
        """The bucket (raises when only ``bucket_name_path`` is given)."""
        if self._bucket is None:
            raise UnscopedValidationError("`bucket` is undefined")
        return self._bucket

    def render(self, query_language: QueryLanguage | None = None) -> Mapping[str, object]:
        """The ``ItemReader`` field."""
        params: dict[str, Any] = {}
        if self._bucket is not None:
            params["Bucket"] = self._bucket.bucket_name
        if self.bucket_name_path:
            params["Bucket"] = self.bucket_name_path
        if self.prefix:
            params["Prefix"] = self.prefix
        out: dict[str, Any] = {"Resource": self.resource}
        if self.max_items:
            out["ReaderConfig"] = {"MaxItems": self.max_items}
        out["Arguments" if query_language == QueryLanguage.JSONATA else "Parameters"] = params
        return FieldUtils.render_object(out) or {}

    def provide_policy_statements(self) -> list[PolicyStatement]:
        """``s3:ListBucket`` on the bucket (on ``*`` when named by a path)."""
        return [_policy_statement(["s3:ListBucket"], [self._bucket.bucket_arn if self._bucket else "*"])]

    def validate_item_reader(self) -> list[str]:
        """Problems with the reader's configuration."""
        return _reader_errors(self._bucket, self.bucket_name_path)


class _S3FileItemReader:
    _input_type = ""

    def __init__(self, *, key: str, bucket: IBucket | None = None, bucket_name_path: str | None = None,
                 max_items: int | float | None = None) -> None:
        self._bucket = bucket
        self.bucket_name_path = bucket_name_path
        self.key = key
        self.max_items = max_items
        self.resource = _states_s3_arn("getObject")

    @property
    def bucket(self) -> IBucket:
        """The bucket (raises when only ``bucket_name_path`` is given)."""
        if self._bucket is None:
            raise UnscopedValidationError("`bucket` is undefined")
        return self._bucket

    def render(self, query_language: QueryLanguage | None = None) -> Mapping[str, object]:
        """The ``ItemReader`` field."""
        params: dict[str, Any] = {}
        if self._bucket is not None:
            params["Bucket"] = self._bucket.bucket_name
        if self.bucket_name_path:
            params["Bucket"] = self.bucket_name_path
        params["Key"] = self.key
        config: dict[str, Any] = {"InputType": self._input_type}
        if self.max_items:
            config["MaxItems"] = self.max_items
        out: dict[str, Any] = {"Resource": self.resource, "ReaderConfig": config}
        out["Arguments" if query_language == QueryLanguage.JSONATA else "Parameters"] = params
        return FieldUtils.render_object(out) or {}

    def provide_policy_statements(self) -> list[PolicyStatement]:
        """``s3:GetObject`` on the bucket's objects (none when the bucket is named by a path)."""
        if self._bucket is None:
            return []
        resource = Arn.format(ArnComponents(region="", account="", partition=Aws.PARTITION, service="s3",
                                            resource=self._bucket.bucket_name, resource_name="*"))
        return [_policy_statement(["s3:GetObject"], [resource])]

    def validate_item_reader(self) -> list[str]:
        """Problems with the reader's configuration."""
        return _reader_errors(self._bucket, self.bucket_name_path)


class S3JsonItemReader(_S3FileItemReader):
    """Items are the elements of a JSON array in an S3 object.

    Args:
        key: the object's key.
        bucket / bucket_name_path: the bucket, or a JSONPath to its name.
        max_items: the most items to read.
    """

    _input_type = "JSON"


class S3JsonLItemReader(_S3FileItemReader):
    """Items are the lines of a JSON Lines object in S3 (see ``S3JsonItemReader`` for each keyword)."""

    _input_type = "JSONL"


class S3ManifestItemReader(_S3FileItemReader):
    """Items are the objects an S3 inventory manifest lists (see ``S3JsonItemReader`` for each keyword)."""

    _input_type = "MANIFEST"


class S3CsvItemReader(_S3FileItemReader):
    """Items are the rows of a CSV object in S3.

    Args:
        csv_delimiter: the delimiter (default comma).
        csv_headers: the column names (default: the first row).
        key / bucket / bucket_name_path / max_items: as for ``S3JsonItemReader``.
    """

    _input_type = "CSV"

    def __init__(self, *, csv_delimiter: CsvDelimiter | None = None, csv_headers: CsvHeaders | None = None,
                 key: str, bucket: IBucket | None = None, bucket_name_path: str | None = None,
                 max_items: int | float | None = None) -> None:
        super().__init__(key=key, bucket=bucket, bucket_name_path=bucket_name_path, max_items=max_items)
        self.csv_headers = csv_headers if csv_headers is not None else CsvHeaders.use_first_row()
        self.csv_delimiter = csv_delimiter

    def render(self, query_language: QueryLanguage | None = None) -> Mapping[str, object]:
        """The ``ItemReader`` field."""
        rendered: dict[str, Any] = dict(super().render(query_language))
        config: dict[str, Any] = dict(rendered["ReaderConfig"])
        config["CSVDelimiter"] = self.csv_delimiter.value if self.csv_delimiter is not None else None
        config["CSVHeaderLocation"] = self.csv_headers.header_location.value
        if self.csv_headers.headers:
            config["CSVHeaders"] = self.csv_headers.headers
        rendered["ReaderConfig"] = FieldUtils.render_object(config)
        return rendered


# -- result writers and batching -------------------------------------------------------------------------
class WriterConfig:
    """How a Distributed Map formats the results it writes.

    Args:
        output_type: JSON or JSON Lines.
        transformation: how each child execution's result is transformed.
    """

    def __init__(self, *, output_type: OutputType, transformation: Transformation) -> None:
        self.output_type = output_type
        self.transformation = transformation


def _put_object_statements(bucket_name: str | None = None) -> list[PolicyStatement]:
    resource = (Arn.format(ArnComponents(region="", account="", partition=Aws.PARTITION, service="s3",
                                         resource=bucket_name, resource_name="*")) if bucket_name else "*")
    return [_policy_statement(["s3:PutObject", "s3:GetObject", "s3:ListMultipartUploadParts",
                               "s3:AbortMultipartUpload"], [resource])]


_USE_V2 = "use {@link ResultWriterV2 } instead"


class ResultWriter:
    """Deprecated (use ``ResultWriterV2``): where a Distributed Map writes its results.

    Args:
        bucket: the bucket.
        prefix: the key prefix.
    """

    def __init__(self, *, bucket: IBucket, prefix: str | None = None) -> None:
        deprecated("aws-cdk-lib.aws_stepfunctions.ResultWriter", _USE_V2)
        deprecated("aws-cdk-lib.aws_stepfunctions.ResultWriterProps#bucket", "use {@link ResultWriterV2Props } instead")
        if prefix is not None:
            deprecated("aws-cdk-lib.aws_stepfunctions.ResultWriterProps#prefix",
                       "use {@link ResultWriterV2Props } instead")
        self.bucket = bucket
        self.prefix = prefix

    def render(self, query_language: QueryLanguage | None = None) -> Mapping[str, object]:
        """The ``ResultWriter`` field."""
        deprecated("aws-cdk-lib.aws_stepfunctions.ResultWriter#render", _USE_V2, method=True)
        params: dict[str, Any] = {"Bucket": self.bucket.bucket_name}
        if self.prefix:
            params["Prefix"] = self.prefix
        out: dict[str, Any] = {"Resource": _states_s3_arn("putObject")}
        out["Arguments" if query_language == QueryLanguage.JSONATA else "Parameters"] = params
        return FieldUtils.render_object(out) or {}

    def provide_policy_statements(self) -> list[PolicyStatement]:
        """Writing objects in the bucket."""
        deprecated("aws-cdk-lib.aws_stepfunctions.ResultWriter#providePolicyStatements", _USE_V2, method=True)
        return _put_object_statements(self.bucket.bucket_name) if self.bucket.bucket_name else []


class ResultWriterV2:
    """Where and how a Distributed Map writes its results.

    Args:
        bucket / bucket_name_path: the bucket, or a JSONPath to its name.
        prefix: the key prefix.
        writer_config: the format of the results.
    """

    def __init__(self, *, bucket: IBucket | None = None, bucket_name_path: str | None = None,
                 prefix: str | None = None, writer_config: WriterConfig | None = None) -> None:
        self.bucket = bucket
        self.bucket_name_path = bucket_name_path
        self.prefix = prefix
        self.writer_config = writer_config

    def render(self, query_language: QueryLanguage | None = None) -> Mapping[str, object]:
        """The ``ResultWriter`` field."""
        out: dict[str, Any] = {}
        if self.bucket is not None or self.bucket_name_path:
            params: dict[str, Any] = {}
            if self.bucket is not None:
                params["Bucket"] = self.bucket.bucket_name
            if self.bucket_name_path:
                params["Bucket"] = self.bucket_name_path
            if self.prefix:
                params["Prefix"] = self.prefix
            out["Resource"] = _states_s3_arn("putObject")
            out["Arguments" if query_language == QueryLanguage.JSONATA else "Parameters"] = params
        if self.writer_config is not None:
            out["WriterConfig"] = {"OutputType": self.writer_config.output_type.value,
                                   "Transformation": self.writer_config.transformation.value}
        return FieldUtils.render_object(out) or {}

    def provide_policy_statements(self) -> list[PolicyStatement]:
        """Writing objects in the bucket (any bucket when named by a path)."""
        if (self.bucket is None or not self.bucket.bucket_name) and not self.bucket_name_path:
            return []
        if self.bucket_name_path:
            return _put_object_statements()
        return _put_object_statements(self.bucket.bucket_name if self.bucket else None)

    def validate_result_writer(self) -> list[str]:
        """Problems with the writer's configuration."""
        if self.bucket is not None and self.bucket_name_path:
            return ["Provide either `bucket` or `bucketNamePath`, but not both"]
        return []


class ItemBatcher:
    """How a Distributed Map groups items into batches for its child executions.

    Args:
        batch_input: fixed input added to each batch.
        max_input_bytes_per_batch / max_input_bytes_per_batch_path: the largest batch, in bytes.
        max_items_per_batch / max_items_per_batch_path: the most items in a batch.
    """

    def __init__(self, *, batch_input: Mapping[Any, Any] | None = None,
                 max_input_bytes_per_batch: int | float | None = None,
                 max_input_bytes_per_batch_path: str | None = None, max_items_per_batch: int | float | None = None,
                 max_items_per_batch_path: str | None = None) -> None:
        self.batch_input = batch_input
        self.max_input_bytes_per_batch = max_input_bytes_per_batch
        self.max_input_bytes_per_batch_path = max_input_bytes_per_batch_path
        self.max_items_per_batch = max_items_per_batch
        self.max_items_per_batch_path = max_items_per_batch_path

    def render(self) -> Mapping[str, object]:
        """The ``ItemBatcher`` field."""
        out: dict[str, Any] = {}
        for key, value in (("MaxItemsPerBatch", self.max_items_per_batch),
                           ("MaxItemsPerBatchPath", self.max_items_per_batch_path),
                           ("MaxInputBytesPerBatch", self.max_input_bytes_per_batch),
                           ("MaxInputBytesPerBatchPath", self.max_input_bytes_per_batch_path),
                           ("BatchInput", self.batch_input)):
            if value or (key == "BatchInput" and value is not None):  # an object is truthy in JavaScript
                out[key] = value
        return out

    def validate_item_batcher(self) -> list[str]:
        """Problems with the batcher's configuration."""
        errors: list[str] = []
        if self.max_items_per_batch and self.max_items_per_batch_path:
            errors.append("Provide either `maxItemsPerBatch` or `maxItemsPerBatchPath`, but not both")
        if self.max_input_bytes_per_batch and self.max_input_bytes_per_batch_path:
            errors.append("Provide either `maxInputBytesPerBatch` or `maxInputBytesPerBatchPath`, but not both")
        if not (self.max_items_per_batch or self.max_items_per_batch_path or self.max_input_bytes_per_batch
                or self.max_input_bytes_per_batch_path or self.batch_input is not None):
            errors.append("Provide at least one value to the ItemBatcher")
        return errors


# -- Map states ------------------------------------------------------------------------------------------
class MapBase(_NextMixin, State):
    """What ``Map`` and ``DistributedMap`` share: the items, their selection and the concurrency.

    Args:
        item_selector / jsonata_item_selector: each iteration's input (JSONPath object / JSONata expression).
        max_concurrency / max_concurrency_path / jsonata_max_concurrency: how many iterations run at once.
        items_path: the array to iterate over (JSONPath; default the whole state input).
        items: the array to iterate over, for JSONata states (a literal array or a JSONata expression; default the
            whole state input).
        result_path / result_selector: result handling (JSONPath).
        (the other keywords are those of ``State``)
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        item_selector: Mapping[str, object] | None = None,
        jsonata_item_selector: str | None = None,
        jsonata_max_concurrency: str | None = None,
        max_concurrency: int | float | None = None,
        items_path: str | None = None,
        max_concurrency_path: str | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, object] | None = None,
        items: ProvideItems | None = None,
        assign: Mapping[str, object] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
        outputs: object = None,
        parameters: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(scope, id, comment=comment, query_language=query_language, state_name=state_name,
                         result_path=result_path, result_selector=result_selector, assign=assign,
                         input_path=input_path, output_path=output_path, outputs=outputs, parameters=parameters)
        self._end_states = [self]
        self.max_concurrency = max_concurrency
        self.max_concurrency_path = max_concurrency_path
        self.jsonata_max_concurrency = jsonata_max_concurrency
        self.items = items
        self.items_path = items_path
        self.item_selector = item_selector
        self.jsonata_item_selector = jsonata_item_selector

    def to_state_json(self, top_level_query_language: QueryLanguage | None = None) -> Mapping[str, object]:
        """The state's definition."""
        out: dict[str, Any] = {"Type": "Map"}
        out.update(self._render_query_language(top_level_query_language))
        out.update({"Comment": self._comment, "ResultPath": render_json_path(self._result_path)})
        out.update(self._render_next_end())
        out.update(self._render_input_output())
        out.update(self._render_result_selector())
        out.update(self._render_retry_catch(top_level_query_language))
        out["Items"] = self.items.items if self.items is not None else None
        out["ItemsPath"] = render_json_path(self.items_path)
        if self.item_selector is not None or self.jsonata_item_selector:
            selector = self.item_selector if self.item_selector is not None else self.jsonata_item_selector
            out.update(FieldUtils.render_object({"ItemSelector": selector}) or {})
        out.update(self._render_item_processor() or {})
        if self.max_concurrency:
            out["MaxConcurrency"] = self.max_concurrency
        if self.max_concurrency_path:
            out["MaxConcurrencyPath"] = render_json_path(self.max_concurrency_path)
        if self.max_concurrency or self.jsonata_max_concurrency:
            value = self.max_concurrency if self.max_concurrency is not None else self.jsonata_max_concurrency
            out.update(FieldUtils.render_object({"MaxConcurrency": value}) or {})
        out.update(self._render_assign(top_level_query_language))
        return out

    def _validate_state(self) -> list[str]:
        errors: list[str] = []
        config = self._processor_config
        if config is not None and config.mode == ProcessorMode.DISTRIBUTED and not config.execution_type:
            errors.append("You must specify an execution type for the distributed Map workflow")
        if (self.max_concurrency and not Token.is_unresolved(self.max_concurrency)
                and not _is_positive_integer(self.max_concurrency)):
            errors.append("maxConcurrency has to be a positive integer")
        if self.max_concurrency and self.max_concurrency_path:
            errors.append("Provide either `maxConcurrency` or `maxConcurrencyPath`, but not both")
        if self.jsonata_max_concurrency and self.max_concurrency:
            errors.append("Provide either `maxConcurrency` or `jsonataMaxConcurrency`, but not both")
        if self.jsonata_max_concurrency and self.max_concurrency_path:
            errors.append("Provide either `maxConcurrencyPath` or `jsonataMaxConcurrency`, but not both")
        if self.jsonata_max_concurrency and not is_valid_jsonata_expression(self.jsonata_max_concurrency):
            errors.append("The `jsonataMaxConcurrency` property must be a valid JSONata expression")
        if self.item_selector is not None and self.jsonata_item_selector:
            errors.append("Provide either `itemSelector` or `jsonataItemSelector`, but not both")
        if self.jsonata_item_selector and not is_valid_jsonata_expression(self.jsonata_item_selector):
            errors.append("The `jsonataItemSelector` property must be a valid JSONata expression")
        return errors

    def _item_processor(self, processor: IChainable, execution_type: ProcessorType | None,
                        mode: ProcessorMode | None) -> None:
        from l2.stepfunctions._props import ProcessorConfig

        graph = StateGraph(processor.start_state, f"Map {self.state_id} Item Processor")
        self._add_item_processor(graph, ProcessorConfig(execution_type=execution_type, mode=mode))


class Map(RetryCatchMixin, MapBase):
    """A state that runs the same steps for each item of an array (inline).

    Args:
        parameters: deprecated, use ``item_selector``.
        (the other keywords are those of ``MapBase``)
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        parameters: Mapping[str, object] | None = None,
        item_selector: Mapping[str, object] | None = None,
        jsonata_item_selector: str | None = None,
        jsonata_max_concurrency: str | None = None,
        max_concurrency: int | float | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        items_path: str | None = None,
        max_concurrency_path: str | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, object] | None = None,
        items: ProvideItems | None = None,
        assign: Mapping[str, object] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
        outputs: object = None,
    ) -> None:
        super().__init__(scope, id, parameters=parameters, item_selector=item_selector,
                         jsonata_item_selector=jsonata_item_selector, jsonata_max_concurrency=jsonata_max_concurrency,
                         max_concurrency=max_concurrency, comment=comment, query_language=query_language,
                         state_name=state_name, items_path=items_path, max_concurrency_path=max_concurrency_path,
                         result_path=result_path, result_selector=result_selector, items=items, assign=assign,
                         input_path=input_path, output_path=output_path, outputs=outputs)
        if parameters is not None:
            deprecated("aws-cdk-lib.aws_stepfunctions.MapProps#parameters",
                       "Step Functions has deprecated the `parameters` field in favor of\nthe new `itemSelector` field")
        self._processor_mode = ProcessorMode.INLINE

    @staticmethod
    def json_path(
        scope: Construct,
        id: str,
        *,
        parameters: Mapping[str, object] | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        item_selector: Mapping[str, object] | None = None,
        jsonata_item_selector: str | None = None,
        jsonata_max_concurrency: str | None = None,
        max_concurrency: int | float | None = None,
        items_path: str | None = None,
        max_concurrency_path: str | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, object] | None = None,
        assign: Mapping[str, object] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
    ) -> Map:
        """A Map state written in JSONPath."""
        return Map(scope, id, parameters=parameters, comment=comment, query_language=query_language,
                   state_name=state_name, item_selector=item_selector, jsonata_item_selector=jsonata_item_selector,
                   jsonata_max_concurrency=jsonata_max_concurrency, max_concurrency=max_concurrency,
                   items_path=items_path, max_concurrency_path=max_concurrency_path, result_path=result_path,
                   result_selector=result_selector, assign=assign, input_path=input_path, output_path=output_path)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        parameters: Mapping[str, object] | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        item_selector: Mapping[str, object] | None = None,
        jsonata_item_selector: str | None = None,
        jsonata_max_concurrency: str | None = None,
        max_concurrency: int | float | None = None,
        items: ProvideItems | None = None,
        assign: Mapping[str, object] | None = None,
        outputs: object = None,
    ) -> Map:
        """A Map state written in JSONata."""
        return Map(scope, id, parameters=parameters, comment=comment, state_name=state_name,
                   item_selector=item_selector, jsonata_item_selector=jsonata_item_selector,
                   jsonata_max_concurrency=jsonata_max_concurrency, max_concurrency=max_concurrency, items=items,
                   assign=assign, outputs=outputs, query_language=QueryLanguage.JSONATA)

    def iterator(self, iterator: IChainable) -> Map:
        """Deprecated (use ``item_processor``): the steps run for each item."""
        self._add_iterator(StateGraph(iterator.start_state, f"Map {self.state_id} Iterator"))
        return self

    def item_processor(self, processor: IChainable, *, execution_type: ProcessorType | None = None,
                       mode: ProcessorMode | None = None) -> Map:
        """The steps run for each item."""
        self._item_processor(processor, execution_type, mode)
        return self

    def to_state_json(self, query_language: QueryLanguage | None = None) -> Mapping[str, object]:
        """The state's definition."""
        out = dict(super().to_state_json(query_language))
        if self._parameters is not None:
            out.update(FieldUtils.render_object({"Parameters": self._parameters}) or {})
        out.update(self._render_iterator() or {})
        return out

    def _validate_state(self) -> list[str]:
        errors = super()._validate_state()
        if self._iteration is None and self._processor is None:
            errors.append("Map state must either have a non-empty iterator or a non-empty item processor")
        if self._iteration is not None and self._processor is not None:
            errors.append("Map state cannot have both an iterator and an item processor")
        if self._parameters is not None and (self.item_selector is not None or self.jsonata_item_selector):
            errors.append("Map state cannot have both parameters and an item selector")
        return errors


_LABEL_FORBIDDEN = re.compile(r"[\s?*<>{}\\\[\]:;,|^~$#%&`\"]|[\u0000-\u001f]|[\u007f-\u009f]", re.I)


class DistributedMap(RetryCatchMixin, MapBase):
    """A Map state that runs its iterations as child executions, over items read from S3 if wished.

    Args:
        item_reader: where the items come from (default: the input, at ``items_path``).
        item_batcher: how items are batched.
        label: the map run's label.
        map_execution_type: the child executions' type (default STANDARD).
        result_writer / result_writer_v2: where the results are written.
        tolerated_failure_count / tolerated_failure_count_path: how many failed items are tolerated.
        tolerated_failure_percentage / tolerated_failure_percentage_path: the percentage tolerated.
        (the other keywords are those of ``MapBase``)
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        item_batcher: ItemBatcher | None = None,
        item_reader: IItemReader | None = None,
        label: str | None = None,
        map_execution_type: StateMachineType | None = None,
        result_writer: ResultWriter | None = None,
        result_writer_v2: ResultWriterV2 | None = None,
        tolerated_failure_count: int | float | None = None,
        tolerated_failure_count_path: str | None = None,
        tolerated_failure_percentage: int | float | None = None,
        tolerated_failure_percentage_path: str | None = None,
        item_selector: Mapping[str, object] | None = None,
        jsonata_item_selector: str | None = None,
        jsonata_max_concurrency: str | None = None,
        max_concurrency: int | float | None = None,
        items_path: str | None = None,
        max_concurrency_path: str | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, object] | None = None,
        items: ProvideItems | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        assign: Mapping[str, object] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
        outputs: object = None,
    ) -> None:
        super().__init__(scope, id, item_selector=item_selector, jsonata_item_selector=jsonata_item_selector,
                         jsonata_max_concurrency=jsonata_max_concurrency, max_concurrency=max_concurrency,
                         items_path=items_path, max_concurrency_path=max_concurrency_path, result_path=result_path,
                         result_selector=result_selector, items=items, comment=comment,
                         query_language=query_language, state_name=state_name, assign=assign,
                         input_path=input_path, output_path=output_path, outputs=outputs)
        if result_writer is not None:
            deprecated("aws-cdk-lib.aws_stepfunctions.DistributedMapProps#resultWriter", "Use {@link resultWriterV2 }")
        self.map_execution_type = map_execution_type or StateMachineType.STANDARD
        self.item_reader = item_reader
        self.tolerated_failure_percentage = tolerated_failure_percentage
        self.tolerated_failure_percentage_path = tolerated_failure_percentage_path
        self.tolerated_failure_count = tolerated_failure_count
        self.tolerated_failure_count_path = tolerated_failure_count_path
        self.label = label
        self.item_batcher = item_batcher
        self.result_writer = result_writer
        self.result_writer_v2 = result_writer_v2
        self._processor_mode = ProcessorMode.DISTRIBUTED

    @staticmethod
    def json_path(
        scope: Construct,
        id: str,
        *,
        item_batcher: ItemBatcher | None = None,
        item_reader: IItemReader | None = None,
        label: str | None = None,
        map_execution_type: StateMachineType | None = None,
        result_writer: ResultWriter | None = None,
        result_writer_v2: ResultWriterV2 | None = None,
        tolerated_failure_count: int | float | None = None,
        tolerated_failure_count_path: str | None = None,
        tolerated_failure_percentage: int | float | None = None,
        tolerated_failure_percentage_path: str | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        item_selector: Mapping[str, object] | None = None,
        jsonata_item_selector: str | None = None,
        jsonata_max_concurrency: str | None = None,
        max_concurrency: int | float | None = None,
        items_path: str | None = None,
        max_concurrency_path: str | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, object] | None = None,
        assign: Mapping[str, object] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
    ) -> DistributedMap:
        """A Distributed Map state written in JSONPath."""
        return DistributedMap(
            scope, id, item_batcher=item_batcher, item_reader=item_reader, label=label,
            map_execution_type=map_execution_type, result_writer=result_writer, result_writer_v2=result_writer_v2,
            tolerated_failure_count=tolerated_failure_count,
            tolerated_failure_count_path=tolerated_failure_count_path,
            tolerated_failure_percentage=tolerated_failure_percentage,
            tolerated_failure_percentage_path=tolerated_failure_percentage_path, comment=comment,
            query_language=query_language, state_name=state_name, item_selector=item_selector,
            jsonata_item_selector=jsonata_item_selector, jsonata_max_concurrency=jsonata_max_concurrency,
            max_concurrency=max_concurrency, items_path=items_path, max_concurrency_path=max_concurrency_path,
            result_path=result_path, result_selector=result_selector, assign=assign, input_path=input_path,
            output_path=output_path,
        )

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        item_batcher: ItemBatcher | None = None,
        item_reader: IItemReader | None = None,
        label: str | None = None,
        map_execution_type: StateMachineType | None = None,
        result_writer: ResultWriter | None = None,
        result_writer_v2: ResultWriterV2 | None = None,
        tolerated_failure_count: int | float | None = None,
        tolerated_failure_percentage: int | float | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        item_selector: Mapping[str, object] | None = None,
        jsonata_item_selector: str | None = None,
        jsonata_max_concurrency: str | None = None,
        max_concurrency: int | float | None = None,
        items: ProvideItems | None = None,
        assign: Mapping[str, object] | None = None,
        outputs: object = None,
    ) -> DistributedMap:
        """A Distributed Map state written in JSONata."""
        return DistributedMap(
            scope, id, item_batcher=item_batcher, item_reader=item_reader, label=label,
            map_execution_type=map_execution_type, result_writer=result_writer, result_writer_v2=result_writer_v2,
            tolerated_failure_count=tolerated_failure_count,
            tolerated_failure_percentage=tolerated_failure_percentage, comment=comment, state_name=state_name,
            item_selector=item_selector, jsonata_item_selector=jsonata_item_selector,
            jsonata_max_concurrency=jsonata_max_concurrency, max_concurrency=max_concurrency, items=items,
            assign=assign, outputs=outputs, query_language=QueryLanguage.JSONATA,
        )

    @staticmethod
    def is_distributed_map(x: object) -> bool:
        """True if ``x`` is a ``DistributedMap``."""
        return isinstance(x, DistributedMap)

    def item_processor(self, processor: IChainable, *, execution_type: ProcessorType | None = None,
                       mode: ProcessorMode | None = None) -> DistributedMap:
        """The steps run for each item (or batch), as a child workflow."""
        self._item_processor(processor, execution_type, mode)
        return self

    def _get_result_writer(self) -> ResultWriter | ResultWriterV2 | None:
        if FeatureFlags.of(self).is_enabled(_RESULT_WRITER_V2_FLAG):
            return self.result_writer_v2
        return self.result_writer

    def _validate_state(self) -> list[str]:
        errors = super()._validate_state()
        config = self._processor_config
        if config is not None and config.mode == ProcessorMode.INLINE:
            errors.append("Processing mode cannot be `INLINE` for a Distributed Map")
        if self.items_path and self.item_reader is not None:
            errors.append("Provide either `itemsPath` or `itemReader`, but not both")
        if self.tolerated_failure_percentage and self.tolerated_failure_percentage_path:
            errors.append(
                "Provide either `toleratedFailurePercentage` or `toleratedFailurePercentagePath`, but not both"
            )
        if self.tolerated_failure_percentage and not 0 <= self.tolerated_failure_percentage <= 100:
            errors.append("toleratedFailurePercentage must be between 0 and 100")
        if self.tolerated_failure_count and self.tolerated_failure_count_path:
            errors.append("Provide either `toleratedFailureCount` or `toleratedFailureCountPath`, but not both")
        if self.item_batcher is not None:
            errors.extend(self.item_batcher.validate_item_batcher())
        if self.item_reader is not None:
            errors.extend(self.item_reader.validate_item_reader())
        if self.result_writer_v2 is not None:
            errors.extend(self.result_writer_v2.validate_result_writer())
        if self.label:
            if len(self.label) > 40:
                errors.append("label must be 40 characters or less")
            if _LABEL_FORBIDDEN.search(self.label):
                errors.append("label cannot contain any whitespace or special characters")
        return errors

    def _when_bound_to_graph(self, graph: StateGraph) -> None:
        super()._when_bound_to_graph(graph)
        writer = self._get_result_writer()
        if writer is not None:
            for statement in writer.provide_policy_statements():
                graph.register_policy_statement(statement)
        if self.item_reader is not None:
            for statement in self.item_reader.provide_policy_statements():
                graph.register_policy_statement(statement)

    def to_state_json(self, state_machine_query_language: QueryLanguage | None = None) -> Mapping[str, object]:
        """The state's definition."""
        rendered: dict[str, Any] = dict(super().to_state_json(state_machine_query_language))
        processor_config = rendered["ItemProcessor"]["ProcessorConfig"]
        if processor_config.get("ExecutionType"):
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-stepfunctions:propertyIgnored",
                "Property 'ProcessorConfig.executionType' is ignored, use the 'mapExecutionType' in the "
                "'DistributedMap' class instead.",
            )
        processor_config["ExecutionType"] = self.map_execution_type.value
        language = self._query_language or state_machine_query_language
        writer = self._get_result_writer()
        rendered_writer = FieldUtils.render_object({"ResultWriter": writer.render(language)}) if writer else None
        if (rendered_writer and rendered_writer.get("ResultWriter") is not None
                and rendered_writer["ResultWriter"].get("Resource") is None
                and rendered_writer["ResultWriter"].get("WriterConfig") is None):
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-stepfunctions:emptyResultWriter",
                "ResultWriter should specify at least the WriterConfig or the Bucket and Prefix",
            )
        if self.item_reader is not None:
            rendered.update(FieldUtils.render_object({"ItemReader": self.item_reader.render(language)}) or {})
        if self.item_batcher is not None:
            rendered["ItemBatcher"] = self.item_batcher.render()
        for key, value in (("ToleratedFailurePercentage", self.tolerated_failure_percentage),
                           ("ToleratedFailurePercentagePath", self.tolerated_failure_percentage_path),
                           ("ToleratedFailureCount", self.tolerated_failure_count),
                           ("ToleratedFailureCountPath", self.tolerated_failure_count_path),
                           ("Label", self.label)):
            if value:
                rendered[key] = value
        rendered.update(rendered_writer or {})
        return rendered
