"""Bad input to the Glue constructs: the messages are aws-cdk-lib 2.275's (read from the oracle), the construct path
is named when aws-cdk-lib names a scope."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from constructs import App, Stack, UnscopedValidationError, ValidationError
from l2 import glue, iam, s3, secretsmanager

COLS = [glue.Column(name="a", type=glue.Schema.STRING)]
PK = [glue.Column(name="p", type=glue.Schema.STRING)]


def _db(s: Stack) -> glue.Database:
    return glue.Database(s, "Db", database_name="db")


def _table(s: Stack, **kwargs: Any) -> glue.S3Table:
    return glue.S3Table(s, "T", database=_db(s), data_format=glue.DataFormat.JSON, **{"columns": COLS, **kwargs})


def _role(s: Stack) -> iam.Role:
    return iam.Role(s, "R", assumed_by=iam.ServicePrincipal("glue.amazonaws.com"))


def _script(s: Stack) -> glue.Code:
    return glue.Code.from_bucket(s3.Bucket(s, "B"), "x.py")


def _four_indexes(s: Stack) -> None:
    table = _table(s, partition_keys=PK)
    for i in range(4):
        table.add_partition_index(key_names=["p"], index_name=f"i{i}")


def _account_catalog_used(s: Stack) -> None:
    glue.Catalog.for_account(s)
    glue.Catalog.encrypt_account(s, encryption_at_rest=glue.DataCatalogEncryptionAtRest.disabled())


def _secret_conflict(s: Stack) -> None:
    glue.Connection(s, "C", type=glue.ConnectionType.JDBC, secret=secretsmanager.Secret(s, "Sec"),
                    properties={"SECRET_ID": "x"})
    App.of(s).synth()  # type: ignore[union-attr]


P = glue.PartitionProjectionConfiguration
# (case, scoped path or None, the message aws-cdk-lib 2.275 gives)
CASES: list[tuple[str, Callable[[Stack], Any], str | None, str]] = [
    ("security configuration without encryption", lambda s: glue.SecurityConfiguration(s, "Sc"), "S/Sc",
     "One of cloudWatchEncryption, jobBookmarksEncryption or s3Encryption must be defined"),
    ("no columns", lambda s: _table(s, columns=[]), None, "you must specify at least one column for the table"),
    ("duplicate column", lambda s: _table(s, partition_keys=[glue.Column(name="a", type=glue.Schema.STRING)]), None,
     "column names and partition keys must be unique, but 'a' is duplicated"),
    ("projection without keys", lambda s: _table(s, partition_projection={"p": P.injected()}), "S/T",
     "The table must have partition keys to use partition projection"),
    ("projection on a non-key", lambda s: _table(s, partition_keys=PK, partition_projection={"q": P.injected()}),
     "S/T", 'Partition projection column "q" must be a partition key. Partition keys are: p'),
    ("projection.enabled given", lambda s: _table(s, partition_keys=PK, parameters={"projection.enabled": "true"},
                                                  partition_projection={"p": P.injected()}), "S/T",
     'Parameter "projection.enabled" conflicts with partitionProjection configuration. Use the partitionProjection '
     "property instead of manually specifying projection.enabled."),
    ("has_encrypted_data parameter", lambda s: _table(s, parameters={"has_encrypted_data": "false"}), "S/T",
     "the `has_encrypted_data` table parameter is managed by the `hasEncryptedData` property; remove it from "
     '`parameters` and use the boolean `hasEncryptedData` property instead (got "false", expected "true")'),
    ("duplicate storage parameter", lambda s: _table(s, storage_parameters=[
        glue.StorageParameter.num_rows(1), glue.StorageParameter.num_rows(2)]), "S/T",
     "Duplicate storage parameter key: num_rows"),
    ("index without partition keys", lambda s: _table(s).add_partition_index(key_names=["a"]), "S/T",
     "The table must have partition keys to create a partition index"),
    ("index on a non-key", lambda s: _table(s, partition_keys=PK).add_partition_index(key_names=["a"]), "S/T",
     "All index keys must also be partition keys. Got a but partition key names are p"),
    ("four indexes", _four_indexes, "S/T", "Maximum number of partition indexes allowed is 3"),
    ("decimal precision", lambda s: glue.Schema.decimal(39), None,
     "decimal precision must be a positive integer between 1 and 38, got 39"),
    ("decimal scale", lambda s: glue.Schema.decimal(10, 1.5), None,
     "decimal scale must be an integer between 0 and 38, got 1.5"),
    ("char length", lambda s: glue.Schema.char(0), None,
     "char length must be (inclusively) between 1 and 255, but was 0"),
    ("varchar length", lambda s: glue.Schema.varchar(1.5), None, "varchar length must be a positive integer, was 1.5"),
    ("map key", lambda s: glue.Schema.map(glue.Schema.array(glue.Schema.STRING), glue.Schema.STRING), None,
     "the key type of a 'map' must be a primitive, but was array<string>"),
    ("integer range", lambda s: P.integer(min=5, max=1), None,
     "INTEGER partition projection range must be [min, max] where min <= max, but got [5, 1]"),
    ("integer digits", lambda s: P.integer(min=1, max=5, digits=0), None,
     "INTEGER partition projection digits must be an integer >= 1, but got 0"),
    ("date letters", lambda s: P.date(min="a", max="b", format="yyyy-MM-dd'T'HH:mm:ssR"), None,
     "DATE partition projection format contains invalid pattern characters: R. Must use Java DateTimeFormatter "
     "valid pattern letters."),
    ("date quote", lambda s: P.date(min="a", max="b", format="yyyy'x"), None,
     "DATE partition projection format has an unclosed single quote: 'yyyy'x'"),
    ("date step", lambda s: P.date(min="a", max="b", format="yyyy-MM-dd HH"), None,
     "DATE partition projection with format 'yyyy-MM-dd HH' has sub-day precision, so 'step' (interval and "
     "intervalUnit) is required"),
    ("enum comma", lambda s: P.enum(values=["a,b"]), None,
     "ENUM partition projection values must not contain commas because the values are serialized as a "
     "comma-separated list, got: 'a,b'"),
    ("enum empty", lambda s: P.enum(values=[]), None, "ENUM partition projection values must be a non-empty array"),
    ("database description", lambda s: glue.Database(s, "D", description="x" * 2049), None,
     "description length must be less than or equal to 2048, got 2049"),
    ("database location", lambda s: glue.Database(s, "D", location_uri=""), None,
     "locationUri length must be (inclusively) between 1 and 1024, got 0"),
    ("catalog ARN", lambda s: glue.Catalog.from_catalog_arn(s, "C", "arn:aws:s3:::bucket"), "S",
     'expected a Glue catalog ARN (arn:<partition>:glue:<region>:<account>:catalog[/<name>]), got '
     '"arn:aws:s3:::bucket"'),
    ("account catalog used", _account_catalog_used, "S",
     "the account catalog has already been used in this stack; call Catalog.encryptAccount() before "
     "Catalog.forAccount() or any Database that uses the account catalog"),
    ("python shell version", lambda s: glue.PythonShellJob(s, "J", role=_role(s), script=_script(s),
                                                           python_version=glue.PythonVersion.THREE), "S/J",
     'Python shell jobs only support PythonVersion.THREE_NINE, got "3"'),
    ("managed job argument", lambda s: glue.PySparkEtlJob(s, "J", role=_role(s), script=_script(s), default_arguments={
        "--job-language": "scala", "--debug": "x"}), "S/J",
     'the job argument(s) ["--job-language","--debug"] are managed by the construct or reserved by Glue; configure '
     "them through the corresponding props (e.g. continuousLogging, enableMetrics, enableObservabilityMetrics, "
     "sparkUI) instead of defaultArguments"),
    ("spark UI prefix", lambda s: glue.PySparkEtlJob(s, "J", role=_role(s), script=_script(s),
                                                     spark_ui=glue.SparkUIProps(prefix="logs/")), None,
     "Invalid prefix format (value: logs/)"),
    ("secret and SECRET_ID", _secret_conflict, "S/C", "cannot set both `secret` and a `SECRET_ID` connection property"),
    ("asset directory", lambda s: glue.Code.from_asset("/tmp"), None,
     "Code path /tmp is a directory. Only files are supported"),
]


@pytest.mark.parametrize(("build", "path", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_input_is_refused_with_aws_cdk_libs_message(build: Callable[[Stack], Any], path: str | None,
                                                        message: str) -> None:
    stack = Stack(App(), "S")
    with pytest.raises((ValidationError, UnscopedValidationError)) as info:
        build(stack)
    assert message in str(info.value)
    if path is not None:
        assert path in str(info.value)


def test_spark_ui_prefix_lists_every_problem() -> None:
    stack = Stack(App(), "S")
    with pytest.raises(UnscopedValidationError) as info:
        glue.PySparkEtlJob(stack, "J", role=_role(stack), script=_script(stack),
                           spark_ui=glue.SparkUIProps(prefix="logs/"))
    assert str(info.value).splitlines()[1:3] == ["Prefix must begin with '/'", "Prefix must not end with '/'"]


def test_wrong_types_are_type_errors() -> None:
    stack = Stack(App(), "S")
    with pytest.raises(TypeError):
        glue.Database(stack, "D", database_name=3)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        glue.S3Table(stack, "T", database="db", columns=COLS, data_format=glue.DataFormat.JSON)  # type: ignore[arg-type]
