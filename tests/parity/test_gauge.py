"""The parity gauge's own logic, on small synthetic aws-cdk-lib snapshots and pycdk modules."""

from __future__ import annotations

import enum
import json
import types
from pathlib import Path
from typing import Any, Protocol

import pytest

from constructs._private import structs
from tools.parity import gauge, snapshot

# --- a synthetic aws-cdk-lib module, as snapshot.py records one --------------------------------------------

SNAP_MOD = {
    "l1": {"CfnWidget": "AWS::Demo::Widget", "CfnGadget": "AWS::Demo::Gadget"},
    "classes": {
        "Widget": {
            "kind": "construct",
            "init": ["scope", "id", "*", "size=None", "colour=None"],
            "members": {
                "widget_arn": ["property"],
                "from_widget_arn": ["static", ["scope", "id", "widget_arn"]],
                "grant": ["method", ["grantee", "*actions"]],
            },
        },
        "WidgetProps": {"kind": "struct", "init": ["*", "size=None", "colour=None"],
                        "members": {"size": ["property"], "colour": ["property"]}},
        "Colour": {"kind": "enum", "members": {"RED": ["enum"], "BLUE": ["enum"]}},
        "IWidget": {"kind": "interface", "members": {"widget_arn": ["property"]}},
        "Gizmo": {"kind": "class", "init": ["*", "name"], "members": {"spin": ["method", ["*", "speed=None"]]}},
    },
}
SNAP = {"version": "2.275.0", "modules": {"aws_cdk.aws_demo": SNAP_MOD}}
MOD = "aws_cdk.aws_demo"


class _Base:
    def __init__(self, scope: Any, id: str, *, colour: str | None = None) -> None:
        pass


class Widget(_Base):
    widget_arn: str

    def __init__(self, scope: Any, id: str, **kwargs: Any) -> None:  # forwards colour to _Base
        super().__init__(scope, id, **kwargs)

    @staticmethod
    def from_widget_arn(scope: Any, id: str) -> None:  # widget_arn missing
        pass


@structs.frozen
class WidgetProps:
    size: int | None = None


class Colour(enum.Enum):
    RED = "RED"


class IWidget(Protocol):
    widget_arn: str


def pycdk_demo(**classes: type) -> types.ModuleType:
    mod = types.ModuleType("l2.demo")
    for name, cls in classes.items():
        setattr(mod, name, cls)
    return mod


DEMO = pycdk_demo(Widget=Widget, WidgetProps=WidgetProps, Colour=Colour, IWidget=IWidget)


def test_module_names_map_as_the_readme_says() -> None:
    m = gauge.pycdk_module_name
    assert m("aws_cdk") == "constructs"
    assert m("constructs") == "constructs"
    assert m("aws_cdk.assertions") == "assertions"
    assert m("aws_cdk.aws_s3") == "l2.s3"
    assert m("aws_cdk.aws_lambda") == "l2.lambda_"
    assert m("aws_cdk.aws_lambda_event_sources") == "l2.lambda_event_sources"
    assert m("aws_cdk.aws_ecs_patterns") == "patterns.ecs_patterns"
    assert m("aws_cdk.custom_resources") == "l2.custom_resources"
    assert m("aws_cdk.cloudformation_include") == "l2.cloudformation_include"
    assert m("aws_cdk.aws_s3.mixins") == "l2.s3.mixins"
    assert m("aws_cdk.interfaces.aws_s3") == "l2.interfaces.s3"
    with pytest.raises(ValueError, match="not an aws-cdk-lib module"):
        m("boto3")


def test_every_pycdk_l2_package_mirrors_a_snapshot_module() -> None:
    """The mapping, checked against the repository: each hand-written ``l2/<svc>/`` package is measured."""
    mapped = {gauge.pycdk_module_name(m) for m in gauge.load_snapshot()["modules"]}
    packages = {f"l2.{p.name}" for p in (gauge.ROOT / "l2").iterdir()
                if (p / "__init__.py").exists() and not p.name.startswith("_")}
    assert packages and packages <= mapped, packages - mapped


def test_split_item_finds_the_longest_module() -> None:
    mods = ["aws_cdk", "aws_cdk.aws_s3", "aws_cdk.aws_s3.mixins"]
    assert gauge.split_item("aws_cdk.aws_s3.Bucket(encryption)", mods) == ("aws_cdk.aws_s3", "Bucket(encryption)")
    assert gauge.split_item("aws_cdk.aws_s3.mixins.BucketVersioning", mods) == (
        "aws_cdk.aws_s3.mixins", "BucketVersioning")
    assert gauge.split_item("aws_cdk.Stack.of(construct)", mods) == ("aws_cdk", "Stack.of(construct)")
    with pytest.raises(ValueError):
        gauge.split_item("boto3.Session", mods)


def test_measure_counts_present_and_missing_items() -> None:
    r = gauge.measure_module(MOD, SNAP_MOD, DEMO, pycdk="l2.demo",
                             l1_types={"AWS::Demo::Widget": ("demo", "CfnWidget")})
    # classes: Gizmo is missing
    assert (r.covered["classes"], r.total["classes"]) == (4, 5)
    assert r.missing["classes"] == [f"{MOD}.Gizmo"]
    # kwargs: Widget has scope, id and colour (through **kwargs to _Base), not size; the struct has size only;
    # the missing Gizmo's name counts as missing
    assert r.total["kwargs"] == 4 + 2 + 1
    assert sorted(r.missing["kwargs"]) == [f"{MOD}.Gizmo(name)", f"{MOD}.Widget(size)", f"{MOD}.WidgetProps(colour)"]
    # members: Widget.grant, WidgetProps.colour, Colour.BLUE and Gizmo.spin are missing
    assert sorted(r.missing["members"]) == [f"{MOD}.Colour.BLUE", f"{MOD}.Gizmo.spin", f"{MOD}.Widget.grant",
                                            f"{MOD}.WidgetProps.colour"]
    assert (r.covered["members"], r.total["members"]) == (5, 9)
    # params: from_widget_arn lacks widget_arn; grant is missing altogether; *actions is not a named param
    assert sorted(r.missing["params"]) == [f"{MOD}.Gizmo.spin(speed)", f"{MOD}.Widget.from_widget_arn(widget_arn)",
                                           f"{MOD}.Widget.grant(grantee)"]
    assert (r.covered["params"], r.total["params"]) == (2, 5)
    assert not r.complete()
    assert (r.l1_present, r.l1_total) == (1, 2)
    elsewhere = {"AWS::Demo::Widget": ("other", "CfnWidget"), "AWS::Demo::Gadget": ("demo", "CfnGizmo")}
    assert gauge.measure_module(MOD, SNAP_MOD, DEMO, l1_types=elsewhere).l1_present == 1
    assert gauge.measure_module(MOD, SNAP_MOD, DEMO, l1_types=elsewhere, l1_module="demo").l1_present == 0


class _Holder:
    def __init__(self, size: int) -> None:
        self.size: int = size
        self.left, self.right = 1, 2
        local = 3
        self.total = local

    def grow(this) -> None:  # the first parameter is what counts, whatever its name
        this.bigger = True
        other = _Holder(1)
        other.not_mine = 0


class _Child(_Holder):
    def __init__(self) -> None:
        super().__init__(1)
        self.extra = 0


def test_attributes_set_on_self_count_as_members() -> None:
    members = gauge.PycdkClass.of(_Child).members
    assert {"size", "left", "right", "total", "bigger", "extra", "grow"} <= members
    assert "local" not in members and "not_mine" not in members and "other" not in members


def test_a_module_pycdk_lacks_counts_everything_missing() -> None:
    r = gauge.measure_module(MOD, SNAP_MOD, None, status="absent")
    assert r.covered == dict.fromkeys(gauge.MEASURES, 0)
    assert r.total == {"classes": 5, "kwargs": 7, "members": 9, "params": 5}


def test_allowlist_covers_an_item_or_everything_under_a_class_or_member() -> None:
    allow = [f"{MOD}.Gizmo", f"{MOD}.Widget(size)", f"{MOD}.Widget.grant"]
    r = gauge.measure_module(MOD, SNAP_MOD, DEMO, allow)
    assert r.missing["classes"] == []
    assert r.missing["kwargs"] == [f"{MOD}.WidgetProps(colour)"]
    assert sorted(r.missing["members"]) == [f"{MOD}.Colour.BLUE", f"{MOD}.WidgetProps.colour"]
    assert r.missing["params"] == [f"{MOD}.Widget.from_widget_arn(widget_arn)"]
    assert r.allowlisted == sorted(allow)
    assert r.stale == []


def test_stale_allowlist_lines_are_reported() -> None:
    allow = [f"{MOD}.Widget", f"{MOD}.Colour.RED", f"{MOD}.Widget(colour)", f"{MOD}.Sprocket", f"{MOD}.Widget.nope"]
    r = gauge.measure_module(MOD, SNAP_MOD, DEMO, allow)
    # pycdk has Widget, Colour.RED and Widget(colour); aws-cdk-lib has no Sprocket nor Widget.nope
    assert sorted(r.stale) == sorted(allow)
    found = gauge.allowlist_problems([r], allow + ["boto3.Session"])
    assert len(found) == 6 and found[-1] == "allowlist line names no aws-cdk-lib module: boto3.Session"


def test_read_allowlist_needs_a_reason(tmp_path: Path) -> None:
    good = tmp_path / "allow.txt"
    good.write_text("# comment\n\naws_cdk.Stack.foo  # jsii-only artefact\n", encoding="utf-8")
    assert gauge.read_allowlist(good) == {"aws_cdk.Stack.foo": "jsii-only artefact"}
    for bad in ("aws_cdk.Stack.foo\n", "aws_cdk.Stack.foo  #\n", "aws_cdk.Stack foo  # x\n",
                "aws_cdk.A  # x\naws_cdk.A  # y\n"):
        good.write_text(bad, encoding="utf-8")
        with pytest.raises(ValueError, match="allow.txt:"):
            gauge.read_allowlist(good)


def test_complete_modules_must_be_at_100_percent() -> None:
    partial = gauge.measure_module(MOD, SNAP_MOD, DEMO)
    found = gauge.complete_problems([partial], [MOD, "aws_cdk.aws_nothing"])
    assert found[0].startswith(f"{MOD} is declared complete but misses 1 classes: {MOD}.Gizmo")
    assert len(found) == 5  # one line per measure, and the unknown module
    assert found[-1] == "complete.txt names no aws-cdk-lib module: aws_cdk.aws_nothing"

    class Gizmo:
        def __init__(self, *, name: str) -> None:
            pass

        def spin(self, *, speed: int | None = None) -> None:
            pass

    allow = [f"{MOD}.Widget(size)", f"{MOD}.Widget.grant", f"{MOD}.Widget.from_widget_arn(widget_arn)",
             f"{MOD}.WidgetProps", f"{MOD}.Colour.BLUE"]
    full = gauge.measure_module(MOD, SNAP_MOD, pycdk_demo(
        Widget=Widget, Colour=Colour, IWidget=IWidget, Gizmo=Gizmo), allow)
    assert full.complete() and gauge.complete_problems([full], [MOD]) == []


def test_ratchet_fails_on_a_drop_and_reports_a_possible_raise() -> None:
    r = gauge.measure_module(MOD, SNAP_MOD, DEMO)
    ratchet = gauge.ratchet_of([r])
    assert ratchet == {MOD: {"classes": 4, "kwargs": 4, "members": 5, "params": 2}}
    assert gauge.ratchet_problems([r], ratchet) == []
    assert gauge.raisable([r], ratchet) == []
    higher = {MOD: {**ratchet[MOD], "kwargs": 5}}
    assert gauge.ratchet_problems([r], higher) == [
        f"{MOD}: kwargs coverage dropped to 4/7 (ratchet 5); missing now: {MOD}.Widget(size), "
        f"{MOD}.WidgetProps(colour), {MOD}.Gizmo(name)"]
    lower = {MOD: {**ratchet[MOD], "members": 4}}
    assert gauge.ratchet_problems([r], lower) == [] and gauge.raisable([r], lower) == [MOD]
    assert gauge.ratchet_problems([r], {"aws_cdk.aws_gone": {}}) == ["ratchet.json names no aws-cdk-lib module: "
                                                                     "aws_cdk.aws_gone"]


def test_locate_reads_stubs_without_importing_them_and_reports_broken_modules(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pkg = tmp_path / "h6parity_demo"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "stub.py").write_text(gauge.STUB_MARKER + ": ...\nraise RuntimeError('a stub is never imported')\n")
    (pkg / "real.py").write_text("class Widget:\n    pass\n")
    (pkg / "broken.py").write_text("raise ImportError('no such thing')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert gauge.locate("h6parity_demo.stub") == ("stub", None, "")
    status, module, _ = gauge.locate("h6parity_demo.real")
    assert status == "l2" and module.Widget.__name__ == "Widget"
    assert gauge.locate("h6parity_demo.broken") == ("error", None, "ImportError: no such thing")
    assert gauge.locate("h6parity_demo.nothing") == ("absent", None, "")
    assert gauge.locate("h6parity_nothing.at_all") == ("absent", None, "")
    broken = gauge.ModuleResult("aws_cdk.aws_x", "l2.x", "error", "ImportError: no such thing")
    assert gauge.import_problems([broken, gauge.ModuleResult("aws_cdk.aws_y", "l2.y", "stub")]) == [
        "aws_cdk.aws_x: pycdk module l2.x does not import: ImportError: no such thing"]
    # and in the repository: a generated stub, a hand-written package
    assert gauge.locate("l2.accessanalyzer")[:2] == ("stub", None)
    assert gauge.locate("l2.sqs")[0] == "l2"


def test_coverage_page_renders_each_module_and_the_summaries() -> None:
    demo = gauge.measure_module(MOD, SNAP_MOD, DEMO, status="l2", pycdk="l2.demo",
                                l1_types={"AWS::Demo::Widget": ("demo", "CfnWidget"),
                                          "AWS::Demo::Gadget": ("demo", "CfnGadget")})
    other = gauge.measure_module("aws_cdk.aws_other", {"l1": {}, "classes": {}}, None, status="absent")
    text = gauge.render_coverage([demo, other], complete=[MOD])
    assert "| `aws_cdk.aws_demo` | `l2.demo` **complete** | ✔ | 80% (4/5) | 57% (4/7) | 56% (5/9) | 40% (2/5) |" in text
    assert "| `aws_cdk.aws_other` | — |  | — | — | — | — |" in text
    assert ("**Summary, the modules pycdk ships L2 for (1):** classes 80% (4/5), kwargs 57% (4/7), members 56% "
            "(5/9), params 40% (2/5).") in text
    assert "**Summary, every aws-cdk-lib module (2):**" in text
    assert "**L1:** 1 of the 1 modules" in text


def test_percentages_never_round_up_to_100_or_down_to_0() -> None:
    assert gauge._pct(999, 1000) == "99.9% (999/1000)"
    assert gauge._pct(9999, 10000) == "99.9% (9999/10000)"
    assert gauge._pct(1, 10000) == "0.1% (1/10000)"
    assert gauge._pct(1, 1000) == "0.1% (1/1000)"
    assert gauge._pct(1, 2) == "50% (1/2)"
    assert gauge._pct(0, 5) == "0% (0/5)"
    assert gauge._pct(5, 5) == "100% (5/5)"
    assert gauge._pct(0, 0) == "—"


# --- snapshot.py's pure helpers (the rest needs the oracle venv) -------------------------------------------


def test_encode_params_writes_a_signature() -> None:
    def f(self, scope, id, *, size=None, colour="red", **rest):
        pass

    f.__doc__ = (
        "Make one.\n\n        :param scope: -\n        :param size: How big. Default: 3\n"
        "        :param colour: Which colour. Default: - a very long text " + "x" * 200 + "\n"
    )

    assert snapshot.encode_params(f, drop_first=True) == ["scope", "id", "*", "size=None", "colour='red'",
                                                          "**rest"]
    assert snapshot.encode_params(lambda *args, key: None, drop_first=False) == ["*args", "key"]
    assert gauge.param_names(["scope", "*", "size=None", "*args", "**rest"]) == ["scope", "size"]
    defaults = snapshot.doc_defaults(f)
    assert defaults["size"] == "3"
    assert len(defaults["colour"]) == 120 and defaults["colour"].endswith("…")
    assert "scope" not in defaults


def test_snapshot_render_is_sorted_valid_json_one_class_a_line() -> None:
    text = snapshot.render({"version": "2.275.0", "modules": {"b": SNAP_MOD, "a": {"l1": {}, "classes": {}}}})
    assert json.loads(text) == {"version": "2.275.0", "modules": {"a": {"l1": {}, "classes": {}}, "b": SNAP_MOD}}
    lines = text.splitlines()
    assert lines.index('"a": {') < lines.index('"b": {')
    class_lines = [line for line in lines if line.startswith('"') and '"kind"' in line]
    assert [line.split('"')[1] for line in class_lines] == sorted(SNAP_MOD["classes"])


def test_update_writes_ratchet_and_page_and_refuses_a_drop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(gauge, "ROOT", tmp_path)
    monkeypatch.setattr(gauge, "RATCHET", tmp_path / "ratchet.json")
    monkeypatch.setattr(gauge, "COVERAGE_DOC", tmp_path / "coverage.md")
    monkeypatch.setattr(gauge, "COMPLETE", tmp_path / "complete.txt")
    r = gauge.measure_module(MOD, SNAP_MOD, DEMO, pycdk="l2.demo")
    assert gauge.update([r], allow_drop=False) == 0
    assert json.loads(gauge.RATCHET.read_text()) == gauge.ratchet_of([r])
    assert gauge.COVERAGE_DOC.read_text() == gauge.render_coverage([r])
    worse = gauge.measure_module(MOD, SNAP_MOD, pycdk_demo(Widget=Widget), pycdk="l2.demo")
    assert gauge.update([worse], allow_drop=False) == 1
    assert "aws_cdk.aws_demo: classes 4 -> 1" in capsys.readouterr().err
    assert json.loads(gauge.RATCHET.read_text()) == gauge.ratchet_of([r])  # untouched
    assert gauge.update([worse], allow_drop=True) == 0
    assert json.loads(gauge.RATCHET.read_text()) == gauge.ratchet_of([worse])


def test_show_marks_what_pycdk_lacks() -> None:
    text = gauge.show(gauge.load_snapshot(), ["aws_cdk.aws_sqs.Queue", "aws_cdk.aws_sqs.Nope"])
    lines = text.splitlines()
    assert lines[0] == "  aws_cdk.aws_sqs.Queue (construct)"
    assert "      retention_period  — default: Duration.days(4)" in lines
    assert "      .from_queue_arn(scope, id, queue_arn)  [static]" in lines
    assert lines[-1] == "aws_cdk.aws_sqs.Nope: not a non-L1 class of aws_cdk.aws_sqs"
    # every class of aws-cdk-lib exists in pycdk now: a snapshot holding a struct pycdk lacks (aws-cdk-lib's own
    # CodePipelineProps record, renamed) shows it and its fields marked missing
    snapshot = gauge.load_snapshot()
    record = snapshot["modules"]["aws_cdk.pipelines"]["classes"]["CodePipelineProps"]
    snapshot["modules"]["aws_cdk.pipelines"]["classes"]["NotInPycdkProps"] = record
    absent = gauge.show(snapshot, ["aws_cdk.pipelines.NotInPycdkProps"])
    assert absent.startswith("✘ aws_cdk.pipelines.NotInPycdkProps (struct)\n    ✘ synth\n    ✘ artifact_bucket  — default: ")


def test_l1_alias_of_another_modules_class_counts_as_present():
    # aws-cdk-lib's aws_kinesisanalytics.CfnApplicationV2 is kinesisanalyticsv2's CfnApplication; pycdk's
    # l1.kinesisanalytics exports it under that name through its _ALIASES table
    rec = {"classes": {}, "l1": {"CfnApplicationV2": "AWS::KinesisAnalyticsV2::Application",
                                 "CfnNotThere": "AWS::KinesisAnalyticsV2::NotThere"}}
    types = {"AWS::KinesisAnalyticsV2::Application": ("kinesisanalyticsv2", "CfnApplication")}
    r = gauge.measure_module("aws_cdk.aws_kinesisanalytics", rec, None, l1_types=types,
                             l1_module="kinesisanalytics")
    assert (r.l1_present, r.l1_total) == (1, 2)
    r = gauge.measure_module("aws_cdk.aws_kinesisanalytics", rec, None, l1_types=types,
                             l1_module="kinesisanalyticsv2")
    assert r.l1_present == 0
