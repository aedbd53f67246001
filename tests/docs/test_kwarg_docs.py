"""Every public keyword argument is documented in a docstring (``tools/kwarg_docs.py`` says what counts).

The classes scanned: ``constructs``, the ``l2`` packages of the modules in ``tests/parity/complete.txt`` (read
now, so a module declared complete is held to this too) and ``patterns``. There is no baseline of exceptions: one
undocumented keyword argument fails the test.
"""

from __future__ import annotations

import sys
import types

import pytest

from tools import kwarg_docs


@pytest.fixture(scope="module")
def reports() -> list[kwarg_docs.ClassReport]:
    return kwarg_docs.scan()


def test_every_public_keyword_argument_is_documented(reports):
    missing = sorted(kwarg_docs.undocumented(reports))
    assert not missing, (
        f"{len(missing)} public keyword argument(s) without documentation: add each to an ``Args:`` section of its "
        "class docstring (or its ``__init__``'s):\n  " + "\n  ".join(missing)
    )
    assert kwarg_docs.share(reports)[0] == kwarg_docs.share(reports)[1]


def test_the_scan_reports_a_planted_undocumented_keyword_argument(monkeypatch, capsys):
    # a package of the l2 root with one public class: one argument documented, one not
    module = types.ModuleType("l2._planted_kwarg_docs")

    class Planted:
        """A planted class.

        Args:
            documented: has an entry.
        """

        def __init__(self, *, documented: int = 0, forgotten: int = 0) -> None:
            del documented, forgotten

    Planted.__module__ = module.__name__
    module.Planted = Planted  # type: ignore[attr-defined]
    module.__all__ = ["Planted"]  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, module.__name__, module)

    (report,) = kwarg_docs.scan([module.__name__])
    assert (report.name, report.params, report.missing) == ("Planted", ["documented", "forgotten"], ["forgotten"])
    assert kwarg_docs.undocumented([report]) == ["l2._planted_kwarg_docs.Planted(forgotten)"]
    assert kwarg_docs.main(["-v", module.__name__]) == 1
    assert "l2._planted_kwarg_docs.Planted: forgotten" in capsys.readouterr().out


def test_the_scan_covers_the_complete_modules_and_counts_real_arguments(reports):
    packages = {r.module for r in reports}
    assert {"constructs", "l2.s3", "l2.lambda_", "l2.sqs", "patterns"} <= packages
    (function,) = [r for r in reports if r.module == "l2.lambda_" and r.name == "Function"]
    assert {"runtime", "handler", "code", "memory_size", "timeout"} <= set(function.params)
    assert "scope" not in function.params and "id" not in function.params
    documented, total = kwarg_docs.share(reports)
    assert total > 5000 and documented / total > 0.59


class _Base:
    """A base.

    Args:
        inherited: documented where it is defined.
    """

    def __init__(self, *, inherited: int = 0, **kwargs: object) -> None:
        del kwargs


class _Documented(_Base):
    """A class.

    Args:
        plain: one.
        first / second: two at once.
        ``quoted`` (int): with a type.
        continued: a description that goes on
            over: an indented line that looks like an entry but is not.

    Returns:
        not_an_arg: the sections that are not arguments are not read.
    """

    def __init__(self, *, plain: int, first: int, second: int, quoted: int, continued: int, over: int,
                 undocumented: int, not_an_arg: int, **kwargs: object) -> None:
        super().__init__(**kwargs)


def test_the_docstring_reader_finds_entries_of_argument_sections_only():
    assert kwarg_docs.documented_names(_Documented.__doc__) == {"plain", "first", "second", "quoted", "continued"}
    params = kwarg_docs.init_params(_Documented)
    assert params == ["plain", "first", "second", "quoted", "continued", "over", "undocumented", "not_an_arg",
                      "inherited"]
    assert kwarg_docs.missing_params(_Documented, params or []) == ["over", "undocumented", "not_an_arg"]


class _Fields:
    """Fields documented one by one, as the structs do."""

    size: int
    """The size (an attribute docstring: pdoc shows it under the field)."""
    colour: str

    def __init__(self, *, size: int, colour: str) -> None:
        self.size, self.colour = size, colour


def test_attribute_docstrings_document_their_fields():
    assert kwarg_docs.missing_params(_Fields, ["size", "colour"]) == ["colour"]


def test_an_entry_may_list_its_names_over_several_lines():
    doc = """Props.

    Args:
        one / two /
            three / four: all four.
        five: a description that goes on:
            six: not an entry.
    """
    assert kwarg_docs.documented_names(doc) == {"one", "two", "three", "four", "five"}
