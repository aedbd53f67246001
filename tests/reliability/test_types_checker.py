"""The argument checker itself (``constructs._private.typecheck``, issue 13 group 3): what each kind of hint
accepts and refuses, that checks are compiled lazily, once, and keep the method's signature, and how dicts,
tokens and names imported only for type checking are handled.

aws-cdk-lib reference points (jsii + typeguard, checked in the oracle venv): ``bool`` refuses ``1`` and ``"true"``;
numbers (``jsii.Number``) take ints and floats; structs take a dict of their fields; a list of strings refuses a
bare string. pycdk refuses ``True`` for numbers at the call where jsii refuses it while deserializing (also at the
call, as ``RuntimeError``).
"""

from __future__ import annotations

import enum
import inspect
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal, Protocol

import pytest

from constructs import Token
from constructs._private import structs, typecheck


class Color(enum.Enum):
    RED = "red"


class IThing(Protocol):
    thing_arn: str

    def bind(self, scope: Any) -> Any: ...


class Thing:
    def __init__(self) -> None:
        self.thing_arn = "arn"

    def bind(self, scope: Any) -> Any:
        return scope


class HalfThing:
    thing_arn = "arn"


@structs.frozen(kw_only=True)
class Options:
    """A struct."""

    size: int
    name: str | None = None


class Target:
    """Methods with every kind of hint; ``install`` is applied below as the L2 hook applies it."""

    def __init__(self, flag: bool | None = None) -> None:
        self.flag = flag

    def boolean(self, value: bool) -> Any:
        return value

    def number(self, value: int) -> Any:
        return value

    def decimal(self, value: float | None = None) -> Any:
        return value

    def text(self, value: str) -> Any:
        return value

    def strings(self, value: Sequence[str]) -> Any:
        return value

    def mapping(self, value: Mapping[str, int]) -> Any:
        return value

    def choice(self, value: Literal["a", "b"]) -> Any:
        return value

    def color(self, value: Color) -> Any:
        return value

    def thing(self, value: IThing) -> Any:
        return value

    def flag_or_thing(self, value: bool | IThing | None = None) -> Any:
        return value

    def options(self, value: Options | None = None) -> Any:
        return value

    def callback(self, value: Callable[[], int]) -> Any:
        return value

    def anything(self, value: Any, other: object = None) -> Any:
        return value

    def many(self, *values: str, **named: int) -> Any:
        return values, named

    def keyword(self, *, value: str | int = "x") -> Any:
        return value

    @staticmethod
    def static(value: str) -> Any:
        return value

    @classmethod
    def klass(cls, value: str) -> Any:
        return value


typecheck.install(Target)
typecheck.install_struct(Options, structs.fields(Options))

REFUSED: list[tuple[str, Any, str]] = [
    ("boolean", 1, "bool"),
    ("boolean", "true", "bool"),
    ("boolean", None, "bool"),
    ("number", True, "int"),
    ("number", "1", "int"),
    ("decimal", False, "float | None"),
    ("text", 5, "str"),
    ("text", b"bytes", "str"),
    ("strings", "abc", "Sequence[str]"),
    ("strings", ["a", 1], "Sequence[str]"),
    ("strings", {"a"}, "Sequence[str]"),
    ("mapping", [("a", 1)], "Mapping[str, int]"),
    ("mapping", {"a": "1"}, "Mapping[str, int]"),
    ("mapping", {1: 1}, "Mapping[str, int]"),
    ("choice", "c", "Literal['a', 'b']"),
    ("color", "red", "Color"),
    ("thing", "arn", "IThing"),
    ("thing", HalfThing(), "IThing"),
    ("thing", {"thing_arn": "a"}, "IThing"),
    ("flag_or_thing", 1, "bool | IThing | None"),
    ("flag_or_thing", HalfThing(), "bool | IThing | None"),
    ("options", 5, "Options | None"),
    ("callback", "not callable", "Callable[[], int]"),
    ("many", 5, "str"),
    ("static", 1, "str"),
    ("klass", 1, "str"),
]


@pytest.mark.parametrize(("method", "value", "expected"), REFUSED, ids=[f"{m}-{i}" for i, (m, _, _) in enumerate(REFUSED)])
def test_refused_value_raises_type_error_naming_argument_and_expected_type(method: str, value: Any, expected: str) -> None:
    call = getattr(Target if method in ("static", "klass") else Target(), method)
    with pytest.raises(TypeError) as err:
        call(value)
    argument = "values" if method == "many" else "value"
    assert str(err.value).startswith(
        f"Target.{method}(): argument '{argument}' expects {expected}, got {type(value).__name__} ("
    )


ACCEPTED: list[tuple[str, Any]] = [
    ("boolean", True),
    ("number", 3),
    ("number", 3.5),
    ("number", Token.as_number(Token.as_any({"Ref": "N"}))),
    ("decimal", 2),
    ("decimal", None),
    ("text", "plain"),
    ("text", Token.as_string(Token.as_any({"Ref": "S"}))),
    ("strings", ("a", "b")),
    ("strings", Token.as_list(Token.as_any({"Ref": "L"}))),
    ("mapping", {"a": 1}),
    ("choice", "a"),
    ("color", Color.RED),
    ("thing", Thing()),
    ("flag_or_thing", True),
    ("flag_or_thing", Thing()),
    ("flag_or_thing", None),
    ("options", None),
    ("callback", lambda: 1),
    ("anything", object()),
]


@pytest.mark.parametrize(("method", "value"), ACCEPTED, ids=[f"{m}-{i}" for i, (m, _) in enumerate(ACCEPTED)])
def test_accepted_value_reaches_the_method(method: str, value: Any) -> None:
    assert getattr(Target(), method)(value) is value


def test_keyword_only_and_variadic_arguments_are_checked() -> None:
    assert Target().many("a", "b", n=1) == (("a", "b"), {"n": 1})
    with pytest.raises(TypeError, match=r"^Target\.many\(\): argument 'named' expects int, got str"):
        Target().many("a", n="1")
    with pytest.raises(TypeError, match=r"^Target\.keyword\(\): argument 'value' expects str \| int, got list"):
        Target().keyword(value=[1])
    assert Target().keyword(value=1.5) == 1.5  # numbers are one type, as in jsii
    assert Target().keyword() == "x"


def test_a_dict_for_a_struct_argument_becomes_the_struct() -> None:
    made = Target().options({"size": 3})
    assert made == Options(size=3)
    with pytest.raises(TypeError, match="unexpected keyword argument 'colour'"):
        Target().options({"size": 3, "colour": "red"})


def test_struct_fields_are_checked() -> None:
    with pytest.raises(TypeError) as err:
        Options(size="3")
    assert str(err.value) == "Options.__init__(): argument 'size' expects int, got str ('3')"
    assert Options(size=3, name="n").name == "n"


def test_checks_are_compiled_on_first_call_and_keep_the_signature() -> None:
    class Lazy:
        def go(self, value: int) -> int:
            return value

    typecheck.install(Lazy)
    stub = Lazy.__dict__["go"]
    assert inspect.signature(Lazy.go) == inspect.signature(stub.__wrapped__)
    assert Lazy().go(1) == 1
    compiled = Lazy.__dict__["go"]
    assert compiled is not stub and compiled.__code__.co_filename == "<typecheck test_checks_are_compiled_on_first_call_and_keep_the_signature.<locals>.Lazy.go>"
    assert Lazy().go(2) == 2 and Lazy.__dict__["go"] is compiled
    with pytest.raises(TypeError, match="argument 'value' expects int, got str"):
        Lazy().go("x")


def test_unannotated_any_and_default_values_are_not_checked() -> None:
    class Loose:
        def go(self, value, other: Any = None) -> Any:  # type: ignore[no-untyped-def]
            return value, other

        def sloppy(self, value: str = None) -> Any:  # type: ignore[assignment]
            return value

    typecheck.install(Loose)
    assert not hasattr(Loose.__dict__["go"], "__wrapped__")  # nothing worth checking: left as it is
    assert Loose().go(1, 2) == (1, 2)
    assert Loose().sloppy() is None and Loose().sloppy(None) is None  # the default object itself passes
    with pytest.raises(TypeError, match="argument 'value' expects str, got int"):
        Loose().sloppy(5)


def test_name_only_imported_for_type_checking_is_checked_once_its_module_is_loaded() -> None:
    from constructs import App, Stack
    from l2 import iam, sqs

    queue = sqs.Queue(Stack(App(), "S"), "Q")
    with pytest.raises(TypeError, match=r"argument 'grantee' expects IGrantable, got int \(5\)"):
        queue.grant_consume_messages(5)
    assert queue.grant_consume_messages(iam.AccountRootPrincipal()) is not None


def test_hook_covers_l2_and_patterns_classes_but_not_the_core_or_user_classes() -> None:
    from constructs import Construct, Stack
    from l2 import s3

    assert hasattr(s3.Bucket.__dict__["__init__"], "__typecheck__")
    assert not hasattr(Stack.__dict__["__init__"], "__typecheck__")

    class Mine(Construct):
        def __init__(self, scope: Construct, id: str, size: int = 1) -> None:
            super().__init__(scope, id)

    assert not hasattr(Mine.__dict__["__init__"], "__typecheck__")
