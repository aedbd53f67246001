"""Struct classes (``constructs.internals.structs``) are attrs classes, built lazily on first use."""

from __future__ import annotations

import copy
import importlib
import inspect
import pickle
from typing import Any, ClassVar

import attrs
import pytest

from constructs.internals import structs
from l2.sqs import DeadLetterQueue, QueueProps


@structs.frozen(kw_only=True)
class Point:
    """A plain frozen struct."""

    x: int
    y: int = 0
    tags: tuple[str, ...] = structs.field(factory=tuple)
    _cache: str = structs.field(default="c", init=False)
    KIND: ClassVar[str] = "point"


@structs.frozen(kw_only=True)
class Point3(Point):
    """A subclass redeclaring a base field's default and adding one."""

    y: int = 5
    z: int = 1


@structs.define(kw_only=True)
class Mutable:
    """A mutable struct."""

    name: str
    size: int | None = None


@structs.frozen(kw_only=True)
class OwnEq:
    """A struct with its own ``__eq__`` and ``__repr__``."""

    key: str
    note: str = ""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, OwnEq) and other.key == self.key

    def __repr__(self) -> str:
        return f"<OwnEq {self.key}>"


def attrs_names(cls: Any) -> list[str]:
    """The attribute names attrs knows for ``cls`` (type checkers see structs as dataclass transforms)."""
    return [a.name for a in attrs.fields(cls)]


def is_attrs(cls: Any) -> bool:
    return attrs.has(cls)


def test_declaring_builds_nothing_and_first_use_builds_with_attrs() -> None:
    @structs.frozen(kw_only=True)
    class Lazy:
        a: int

    assert "__struct_pending__" in Lazy.__dict__
    assert [f.name for f in structs.fields(Lazy)] == ["a"]  # readers of the declared fields build nothing
    assert "__struct_pending__" in Lazy.__dict__
    assert is_attrs(Lazy)  # attrs' own question builds the class
    assert "__struct_pending__" not in Lazy.__dict__
    assert attrs_names(Lazy) == ["a"]
    assert Lazy(a=1).a == 1


def test_instantiation_gives_the_class_and_its_struct_bases_attrs_methods_and_attrs_builds_them_later() -> None:
    @structs.frozen(kw_only=True)
    class Base:
        a: int = 1

    @structs.frozen(kw_only=True)
    class Child(Base):
        b: int = 2

    child = Child(b=3)
    assert repr(child) == "Child(a=1, b=3)"
    assert "__struct_light__" in Base.__dict__ and "__struct_light__" in Child.__dict__
    assert "__struct_pending__" in Base.__dict__  # not handed to attrs yet
    before = hash(child)
    assert attrs_names(Child) == ["a", "b"]  # attrs' own question builds the class and its bases with attrs
    assert "__struct_pending__" not in Base.__dict__ and "__struct_light__" not in Child.__dict__
    assert attrs_names(Base) == ["a"]
    assert hash(child) == before and child == Child(b=3) and repr(child) == "Child(a=1, b=3)"
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        child.a = 2  # type: ignore[misc]


def _declare_pair() -> tuple[Any, Any]:
    """The same struct classes declared twice (same qualified names): one to build light, one with attrs."""

    def declare() -> Any:
        @structs.frozen(kw_only=True)
        class Frozen:
            x: int
            y: int = 0
            tags: tuple[str, ...] = structs.field(factory=tuple)
            _cache: str = structs.field(default="c", init=False)

        @structs.define(kw_only=True)
        class Mut:
            name: str
            size: int | None = None
            _made: list[int] = structs.field(factory=list, init=False)

        @structs.frozen(kw_only=True)
        class Empty:
            pass

        return Frozen, Mut, Empty

    return declare(), declare()


def _outcome(call: Any) -> Any:
    try:
        return ("ok", call())
    except Exception as e:  # the error type and message are what is compared
        return (type(e).__name__, str(e))


@pytest.mark.parametrize(
    "kwargs", [{"x": 1}, {"x": 1, "y": 2, "tags": ("a", "b")}, {}, {"x": 1, "z": 3}, {"x": 1, "_cache": "d"}]
)
def test_the_light_build_behaves_as_attrs_build(kwargs: dict[str, Any]) -> None:
    (light_frozen, light_mut, light_empty), (full_frozen, full_mut, full_empty) = _declare_pair()
    assert attrs.has(full_frozen) and attrs.has(full_mut) and attrs.has(full_empty)  # built by attrs
    light = _outcome(lambda: light_frozen(**kwargs))
    full = _outcome(lambda: full_frozen(**kwargs))
    assert "__struct_light__" in light_frozen.__dict__ and "__struct_pending__" in light_frozen.__dict__
    assert light[0] == full[0]
    if light[0] != "ok":
        assert light[1] == full[1]  # the same TypeError message
        return
    a, b = light[1], full[1]
    assert repr(a) == repr(b)
    assert hash(a) == hash(b)  # attrs' hash seed: a set keeps working when the class is handed to attrs later
    assert a == light_frozen(**kwargs) and not (a != light_frozen(**kwargs))
    assert (a == light_frozen(x=99)) == (b == full_frozen(x=99))
    assert a.__eq__(b) is NotImplemented and b.__eq__(a) is NotImplemented
    assert _outcome(lambda: setattr(a, "x", 5)) == _outcome(lambda: setattr(b, "x", 5))
    assert _outcome(lambda: delattr(a, "x")) == _outcome(lambda: delattr(b, "x"))
    assert copy.deepcopy(a) == a and copy.copy(a) == a and hash(copy.deepcopy(a)) == hash(b)
    m1, m2 = light_mut(name="n"), full_mut(name="n")
    m1.size = m2.size = 3
    assert repr(m1) == repr(m2) and m1 == light_mut(name="n", size=3)
    assert m1._made == [] and m1._made is not light_mut(name="n")._made  # a factory call per instance
    assert _outcome(lambda: hash(m1))[0] == _outcome(lambda: hash(m2))[0] == "TypeError"
    assert repr(light_empty()) == repr(full_empty()) and hash(light_empty()) == hash(full_empty())
    assert light_empty() == light_empty()
    assert structs.evolve(a, y=7) == light_frozen(**{**kwargs, "y": 7})  # evolve hands the class to attrs
    assert "__struct_light__" not in light_frozen.__dict__ and hash(a) == hash(b)


def test_making_struct_instances_does_not_import_attrs() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from l2 import sqs\n"
        "props = sqs.QueueProps(queue_name='q', fifo=True)\n"
        "assert props == sqs.QueueProps(queue_name='q', fifo=True) and 'queue_name' in repr(props)\n"
        "assert 'attr' not in sys.modules and 'attrs' not in sys.modules, 'attrs was imported'\n"
        "import attrs\n"
        "assert attrs.has(sqs.QueueProps) and attrs.fields(sqs.QueueProps)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_signature_shows_the_real_keyword_arguments() -> None:
    sig = inspect.signature(Point3)
    assert [(p.name, p.kind, p.default) for p in sig.parameters.values()] == [
        ("x", inspect.Parameter.KEYWORD_ONLY, inspect.Parameter.empty),
        ("y", inspect.Parameter.KEYWORD_ONLY, 5),
        ("tags", inspect.Parameter.KEYWORD_ONLY, attrs.NOTHING),
        ("z", inspect.Parameter.KEYWORD_ONLY, 1),
    ]
    assert str(inspect.signature(QueueProps)).startswith("(*, ")
    assert "**" not in str(inspect.signature(QueueProps))
    assert list(inspect.signature(DeadLetterQueue).parameters) == ["queue", "max_receive_count"]


@pytest.mark.parametrize("package", ["l2.s3", "l2.sqs", "l2.lambda_", "l2.iam"])
def test_every_exported_struct_signature_is_keyword_only(package: str) -> None:
    module = importlib.import_module(package)
    found = 0
    # every name of __all__: the l2 packages load their names on first use
    for value in (getattr(module, name) for name in module.__all__):
        if isinstance(value, type) and "__struct_fields__" in value.__dict__:
            found += 1
            params = list(inspect.signature(value).parameters.values())
            wanted = [f.name for f in structs.fields(value) if f.init]
            assert [p.name for p in params] == wanted, value
            assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params), value
    assert found >= 5


def test_fields_keep_declaration_order_with_overrides_in_their_base_position() -> None:
    assert [f.name for f in structs.fields(Point3)] == ["x", "y", "tags", "_cache", "z"]
    assert attrs_names(Point3) == ["x", "y", "tags", "_cache", "z"]
    assert Point3(x=1) == Point3(x=1, y=5, z=1)


def test_classvar_annotations_are_not_fields() -> None:
    assert "KIND" not in [f.name for f in structs.fields(Point)]
    assert Point.KIND == "point" and Point(x=1).KIND == "point"
    with pytest.raises(TypeError, match="unexpected keyword argument 'KIND'"):
        Point(x=1, KIND="other")  # type: ignore[call-arg]


def test_defaults_factories_and_init_false_fields() -> None:
    p = Point(x=1)
    assert (p.y, p.tags, p._cache) == (0, (), "c")
    with pytest.raises(TypeError, match="unexpected keyword argument '_cache'"):
        Point(x=1, _cache="d")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="missing 1 required keyword-only argument: 'x'"):
        Point()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Point(1)  # type: ignore[misc]  # no positional construction, as in jsii


def test_equality_hash_and_repr_by_value() -> None:
    assert Point(x=1, y=2) == Point(x=1, y=2)
    assert Point(x=1) != Point(x=2)
    assert Point(x=1) != Point3(x=1)  # a subclass instance is another value
    assert hash(Point(x=1, tags=("a",))) == hash(Point(x=1, tags=("a",)))
    assert len({Point(x=1), Point(x=1), Point(x=2)}) == 2
    assert repr(Point3(x=1, tags=("t",))) == "Point3(x=1, y=5, tags=('t',), _cache='c', z=1)"
    assert Point.__match_args__ == ("x", "y", "tags", "_cache")  # type: ignore[attr-defined]


def test_frozen_structs_refuse_assignment() -> None:
    p = Point(x=1)
    with pytest.raises(structs.FrozenInstanceError):
        p.x = 2  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del p.x  # type: ignore[misc]
    assert structs.FrozenInstanceError is attrs.exceptions.FrozenInstanceError


def test_mutable_structs_compare_by_value_and_are_unhashable() -> None:
    m = Mutable(name="a")
    m.size = 3
    assert m == Mutable(name="a", size=3)
    assert repr(m) == "Mutable(name='a', size=3)"
    with pytest.raises(TypeError, match="unhashable"):
        hash(m)


def test_a_struct_keeps_its_own_eq_and_repr_and_is_still_hashed_by_value() -> None:
    assert OwnEq(key="k", note="a") == OwnEq(key="k", note="b")
    assert repr(OwnEq(key="k")) == "<OwnEq k>"
    assert hash(OwnEq(key="k")) == hash(OwnEq(key="k"))


def test_evolve_asdict_copy_and_pickle() -> None:
    p = Point3(x=1, tags=("a",))
    assert structs.evolve(p, z=9) == Point3(x=1, tags=("a",), z=9)
    assert structs.asdict(p) == {"x": 1, "y": 5, "tags": ("a",), "_cache": "c", "z": 1}
    assert copy.deepcopy(p) == p
    assert pickle.loads(pickle.dumps(p)) == p
    assert structs.has(Point) and not structs.has(int)


def test_l2_structs_keep_their_type_checks() -> None:
    with pytest.raises(TypeError, match=r"QueueProps.__init__\(\): argument 'queue_name' expects str"):
        QueueProps(queue_name=3)  # type: ignore[arg-type]
    assert QueueProps(queue_name="q").queue_name == "q"
    assert is_attrs(QueueProps)


def test_build_all_builds_every_declared_struct_once() -> None:
    @structs.frozen(kw_only=True)
    class Later:
        a: int = 1

    assert "__struct_pending__" in Later.__dict__
    assert structs.build_all() >= 1
    assert "__struct_pending__" not in Later.__dict__ and "__init__" in Later.__dict__
    assert structs.build_all() == 0
    assert Later() == Later(a=1)
