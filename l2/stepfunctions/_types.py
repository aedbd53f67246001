"""Enums and small value classes of Step Functions: query languages, errors, timeouts, wait times, results."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Duration, UnscopedValidationError

if TYPE_CHECKING:
    from l2.iam import IRole
    from l2.kms import IKey


class JitterType(enum.Enum):
    """Whether retry intervals are randomized (``JitterStrategy``)."""

    FULL = "FULL"
    """Randomize the retry intervals."""
    NONE = "NONE"
    """Keep the computed retry intervals."""


class ProcessorMode(enum.Enum):
    """How a Map state processes its items."""

    INLINE = "INLINE"
    """In the context of the execution that runs the Map state."""
    DISTRIBUTED = "DISTRIBUTED"
    """In child executions (a Distributed Map)."""


class ProcessorType(enum.Enum):
    """The type of the child workflow of a Distributed Map."""

    STANDARD = "STANDARD"
    """Standard workflows."""
    EXPRESS = "EXPRESS"
    """Express workflows."""


class QueryLanguage(enum.Enum):
    """The language a state's fields are written in."""

    JSON_PATH = "JSONPath"
    """JSONPath (``InputPath``, ``Parameters``, ``ResultSelector``, ...)."""
    JSONATA = "JSONata"
    """JSONata (``Arguments``, ``Output``, ``{% ... %}`` expressions)."""


class IntegrationPattern(enum.Enum):
    """How a task waits for the service it calls."""

    REQUEST_RESPONSE = "REQUEST_RESPONSE"
    """Go on as soon as the service answers the request."""
    RUN_JOB = "RUN_JOB"
    """Wait for the job to complete (``.sync``)."""
    WAIT_FOR_TASK_TOKEN = "WAIT_FOR_TASK_TOKEN"
    """Wait until a task token is returned (``.waitForTaskToken``)."""


class ServiceIntegrationPattern(enum.Enum):
    """Deprecated: the service integration patterns of the first task API (use ``IntegrationPattern``)."""

    FIRE_AND_FORGET = "FIRE_AND_FORGET"
    """Go on once the request is made."""
    SYNC = "SYNC"
    """Wait for the job to complete."""
    WAIT_FOR_TASK_TOKEN = "WAIT_FOR_TASK_TOKEN"
    """Wait for a task token."""


class StateMachineType(enum.Enum):
    """The type of a state machine."""

    EXPRESS = "EXPRESS"
    """Express workflows: high volume, short duration."""
    STANDARD = "STANDARD"
    """Standard workflows: durable, auditable, up to a year."""


class LogLevel(enum.Enum):
    """Which execution history events are logged."""

    OFF = "OFF"
    """None."""
    ALL = "ALL"
    """All."""
    ERROR = "ERROR"
    """Errors only."""
    FATAL = "FATAL"
    """Fatal errors only."""


class InputType(enum.Enum):
    """The kind of a ``TaskInput``."""

    TEXT = 0
    """A string (possibly a JSONPath token)."""
    OBJECT = 1
    """An object."""


class CsvHeaderLocation(enum.Enum):
    """Where the column names of a CSV item file are."""

    FIRST_ROW = "FIRST_ROW"
    """In the first row of the file."""
    GIVEN = "GIVEN"
    """Given in the state definition."""


class CsvDelimiter(enum.Enum):
    """The delimiter of a CSV item file."""

    COMMA = "COMMA"
    """``,``."""
    PIPE = "PIPE"
    """``|``."""
    SEMICOLON = "SEMICOLON"
    """``;``."""
    SPACE = "SPACE"
    """A space."""
    TAB = "TAB"
    """A tab."""


class Transformation(enum.Enum):
    """How the results of the child executions of a Distributed Map are transformed."""

    NONE = "NONE"
    """Unchanged, with their metadata."""
    COMPACT = "COMPACT"
    """The outputs only."""
    FLATTEN = "FLATTEN"
    """The outputs, arrays flattened into one."""


class OutputType(enum.Enum):
    """The format of the results a Distributed Map writes."""

    JSON = "JSON"
    """A JSON array."""
    JSONL = "JSONL"
    """JSON Lines."""


class Errors:
    """The names of the predefined errors of Step Functions."""

    ALL = "States.ALL"
    """Matches any error name."""
    HEARTBEAT_TIMEOUT = "States.HeartbeatTimeout"
    """A task did not send a heartbeat in time."""
    TIMEOUT = "States.Timeout"
    """A task ran longer than its timeout."""
    TASKS_FAILED = "States.TaskFailed"
    """A task failed."""
    PERMISSIONS = "States.Permissions"
    """A task lacked the privileges to run its code."""
    RESULT_PATH_MATCH_FAILURE = "States.ResultPathMatchFailure"
    """The ``ResultPath`` could not be applied to the state's input."""
    PARAMETER_PATH_FAILURE = "States.ParameterPathFailure"
    """A ``.$`` field of ``Parameters`` matched nothing in the input."""
    BRANCH_FAILED = "States.BranchFailed"
    """A branch of a Parallel state failed."""
    NO_CHOICE_MATCHED = "States.NoChoiceMatched"
    """No choice of a Choice state matched and there is no default."""


class Timeout:
    """A task timeout: a duration, a JSONPath to the seconds, or a JSONata expression.

    Args:
        seconds: a fixed timeout, in seconds.
        path: a JSONPath to the number of seconds in the state input.
        jsonata_expression: a JSONata expression that computes the timeout.
    """

    def __init__(self, *, seconds: int | float | None = None, path: str | None = None,
                 jsonata_expression: str | None = None) -> None:
        self.seconds = seconds
        self.path = path
        self.jsonata_expression = jsonata_expression

    @staticmethod
    def duration(duration: Duration) -> Timeout:
        """A fixed timeout."""
        return Timeout(seconds=duration.to_seconds())

    @staticmethod
    def jsonata(jsonata_expression: str) -> Timeout:
        """A timeout computed by a JSONata expression."""
        return Timeout(jsonata_expression=jsonata_expression)

    @staticmethod
    def at(path: str) -> Timeout:
        """A timeout read from the state input at ``path``."""
        return Timeout(path=path)


class Result:
    """The result a Pass state returns.

    Args:
        value: the result: a string, number, boolean, object or array.
    """

    def __init__(self, value: Any) -> None:
        self.value = value

    @staticmethod
    def from_string(value: str) -> Result:
        """A string result."""
        return Result(value)

    @staticmethod
    def from_number(value: int | float) -> Result:
        """A number result."""
        return Result(value)

    @staticmethod
    def from_boolean(value: bool) -> Result:
        """A boolean result."""
        return Result(value)

    @staticmethod
    def from_object(value: Mapping[str, Any]) -> Result:
        """An object result."""
        return Result(value)

    @staticmethod
    def from_array(value: Sequence[Any]) -> Result:
        """An array result."""
        return Result(value)


class WaitTime:
    """How long a Wait state waits.

    Args:
        json: the Wait state's fields that say how long it waits (``Seconds``, ``Timestamp``, ``SecondsPath``...).
    """

    def __init__(self, json: Mapping[str, Any]) -> None:
        self._json = dict(json)

    @staticmethod
    def duration(duration: Duration) -> WaitTime:
        """A fixed duration."""
        return WaitTime({"Seconds": duration.to_seconds()})

    @staticmethod
    def seconds(seconds: str) -> WaitTime:
        """A number of seconds given as a JSONata expression."""
        return WaitTime({"Seconds": seconds})

    @staticmethod
    def timestamp(timestamp: str) -> WaitTime:
        """Until a timestamp (ISO 8601, or a JSONata expression)."""
        return WaitTime({"Timestamp": timestamp})

    @staticmethod
    def seconds_path(path: str) -> WaitTime:
        """A number of seconds read from the state input at ``path``."""
        return WaitTime({"SecondsPath": path})

    @staticmethod
    def timestamp_path(path: str) -> WaitTime:
        """Until the timestamp read from the state input at ``path``."""
        return WaitTime({"TimestampPath": path})


class ProvideItems:
    """The items a Map state iterates over, in JSONata states (``Items``).

    Args:
        items: the array, or a JSONata expression that evaluates to one.
    """

    def __init__(self, items: Any = None) -> None:
        self.items = items

    @staticmethod
    def json_array(array: Sequence[Any]) -> ProvideItems:
        """A literal array."""
        return ProvideItems(list(array))

    @staticmethod
    def jsonata(jsonata_expression: str) -> ProvideItems:
        """A JSONata expression that evaluates to an array."""
        return ProvideItems(jsonata_expression)


class TaskRole:
    """The role a task assumes (``Credentials.RoleArn``)."""

    role_arn: str
    resource: str

    @staticmethod
    def from_role_arn_json_path(expression: str) -> TaskRole:
        """A role whose ARN is read from the state input at ``expression``."""
        from l2.stepfunctions._fields import JsonPath

        role = TaskRole()
        role.role_arn = JsonPath.string_at(expression)
        role.resource = "*"
        return role

    @staticmethod
    def from_role(role: IRole) -> TaskRole:
        """A role of this app or an imported one."""
        task_role = TaskRole()
        task_role.role_arn = role.role_arn
        task_role.resource = role.role_arn
        return task_role


class CsvHeaders:
    """The column names of a CSV item file: from its first row, or given.

    Args:
        header_location: where the column names come from: the file's first row, or ``headers``.
        headers: the column names, when given rather than read from the first row.
    """

    def __init__(self, header_location: CsvHeaderLocation, headers: Sequence[str] | None = None) -> None:
        self.header_location = header_location
        self.headers = list(headers) if headers is not None else None

    @staticmethod
    def use_first_row() -> CsvHeaders:
        """Read them from the first row."""
        return CsvHeaders(CsvHeaderLocation.FIRST_ROW)

    @staticmethod
    def use(headers: Sequence[str]) -> CsvHeaders:
        """Use these names."""
        return CsvHeaders(CsvHeaderLocation.GIVEN, headers)


class EncryptionConfiguration:
    """How a state machine's or activity's data is encrypted at rest.

    Args:
        type: the encryption type, ``AWS_OWNED_KEY`` or ``CUSTOMER_MANAGED_KMS_KEY``.
    """

    def __init__(self, type: str) -> None:
        self.type = type


class AwsOwnedEncryptionConfiguration(EncryptionConfiguration):
    """Encryption with a key AWS owns (the default)."""

    def __init__(self) -> None:
        super().__init__("AWS_OWNED_KEY")


class CustomerManagedEncryptionConfiguration(EncryptionConfiguration):
    """Encryption with a customer managed KMS key.

    Args:
        kms_key: the key.
        kms_data_key_reuse_period_seconds: how long a data key is reused, 60 to 900 seconds (default 300).
    """

    def __init__(self, kms_key: IKey, kms_data_key_reuse_period_seconds: Duration | None = None) -> None:
        super().__init__("CUSTOMER_MANAGED_KMS_KEY")
        self.kms_key = kms_key
        if kms_data_key_reuse_period_seconds is not None:
            seconds = kms_data_key_reuse_period_seconds.to_seconds()
            if seconds < 60 or seconds > 900:
                raise UnscopedValidationError(
                    "kmsDataKeyReusePeriodSeconds must have a value between 60 and 900 seconds"
                )
        self.kms_data_key_reuse_period_seconds = kms_data_key_reuse_period_seconds


def build_encryption_configuration(config: EncryptionConfiguration | None) -> dict[str, Any] | None:
    """The ``EncryptionConfiguration`` property of the L1 resources."""
    if isinstance(config, AwsOwnedEncryptionConfiguration):
        return {"type": config.type}
    if isinstance(config, CustomerManagedEncryptionConfiguration):
        period = config.kms_data_key_reuse_period_seconds
        return {
            "kms_key_id": config.kms_key.key_arn,
            "kms_data_key_reuse_period_seconds": period.to_seconds() if period else 300,
            "type": config.type,
        }
    return None
