"""The argument checks are made on first use: each keyword argument's check the first time it is given, the
classes of a class body when an annotation names one, a module's ``TYPE_CHECKING`` names once per source."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any, TypeAlias

import pytest

from constructs._private import typecheck


class Outer:
    class Inner:
        pass

    Alias: TypeAlias = int

    def m(self, a: Inner, b: str | None = None, *, c: Inner | None = None, d: Alias = 0, **rest: bool) -> None:
        pass


typecheck.install(Outer)


def test_classes_of_the_class_body_are_checked_where_annotations_name_them() -> None:
    o = Outer()
    o.m(Outer.Inner(), c=Outer.Inner(), d=1)
    with pytest.raises(TypeError, match="argument 'a' expects Inner, got int"):
        o.m(1)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="argument 'c' expects Inner | None, got int"):
        o.m(Outer.Inner(), c=2)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="argument 'd' expects Alias, got str"):
        o.m(Outer.Inner(), d="x")  # type: ignore[arg-type]


def test_a_keyword_argument_given_for_the_first_time_is_checked() -> None:
    class Late:
        def f(self, *, x: int | None = None, y: str | None = None, **more: bool) -> tuple[Any, ...]:
            return (x, y, more)

    typecheck.install(Late)
    late = Late()
    assert late.f(x=1) == (1, None, {})  # only x's check is made here
    with pytest.raises(TypeError, match="argument 'y' expects str | None, got int"):
        late.f(y=2)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="argument 'more' expects bool, got str"):
        late.f(flag="yes")  # type: ignore[arg-type]
    assert late.f(y="s", flag=True) == (None, "s", {"flag": True})
    with pytest.raises(TypeError, match="argument 'x' expects int | None, got str"):
        late.f(x="1")  # type: ignore[arg-type]


def test_type_checking_names_are_read_again_when_the_source_changes(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "tc_names_probe.py"
    source.write_text("from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    from os import PathLike\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    module = importlib.import_module("tc_names_probe")
    try:
        names = typecheck._type_checking_names(vars(module))
        assert {n: (d.module, d.attr) for n, d in names.items()} == {"PathLike": ("os", "PathLike")}
        typecheck._TC_NAMES.pop("tc_names_probe")
        source.write_text("from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n"
                          "    from collections import OrderedDict as OD, deque\n")
        names = typecheck._type_checking_names(vars(module))
        assert {n: (d.module, d.attr) for n, d in names.items()} == {
            "OD": ("collections", "OrderedDict"), "deque": ("collections", "deque"),
        }
    finally:
        typecheck._TC_NAMES.pop("tc_names_probe", None)
        typecheck._CODES.pop("tc_names_probe", None)
        typecheck._NEW_CODES.pop("tc_names_probe", None)
        sys.modules.pop("tc_names_probe", None)


def test_type_checking_block_with_a_comment_on_its_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # ``if TYPE_CHECKING:  # why`` is the same block: its names must not fall back to unchecked
    source = tmp_path / "tc_comment_probe.py"
    source.write_text("from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:  # for type checkers\n"
                      "    from os import PathLike\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    module = importlib.import_module("tc_comment_probe")
    try:
        names = typecheck._type_checking_names(vars(module))
        assert {n: (d.module, d.attr) for n, d in names.items()} == {"PathLike": ("os", "PathLike")}
    finally:
        typecheck._TC_NAMES.pop("tc_comment_probe", None)
        typecheck._CODES.pop("tc_comment_probe", None)
        typecheck._NEW_CODES.pop("tc_comment_probe", None)
        sys.modules.pop("tc_comment_probe", None)
