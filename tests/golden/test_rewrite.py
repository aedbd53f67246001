"""The import rewriter turns aws-cdk-lib apps into pycdk apps; only import roots change."""

from __future__ import annotations

from pathlib import Path

import pytest
from _rewrite import UnsupportedImportError, map_module, rewrite_source, suite_rewrite_mode


@pytest.mark.parametrize(
    ("module", "mode", "expected"),
    [
        ("aws_cdk", "l2", "constructs"),
        ("constructs", "l2", "constructs"),
        ("aws_cdk.aws_s3", "l2", "l2.s3"),
        ("aws_cdk.aws_s3", "l1", "l1.s3"),
        ("aws_cdk.aws_lambda", "l2", "l2.lambda_"),
        ("aws_cdk.aws_lambda", "l1", "l1.lambda_"),
        ("aws_cdk.aws_lambda_nodejs", "l2", "l2.lambda_nodejs"),
        ("aws_cdk.assertions", "l2", "assertions"),
        ("aws_cdk.assertions", "l1", "assertions"),
        ("aws_cdk.aws_ecs_patterns", "l2", "patterns.ecs_patterns"),
        ("aws_cdk.custom_resources", "l2", "l2.custom_resources"),
        ("os.path", "l2", "os.path"),
    ],
)
def test_maps_module_names(module: str, mode: str, expected: str) -> None:
    assert map_module(module, mode) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import aws_cdk as cdk\n", "import constructs as cdk\n"),
        ("from aws_cdk import Stack, App\n", "from constructs import Stack, App\n"),
        ("from aws_cdk import Stack as S\n", "from constructs import Stack as S\n"),
        ("from aws_cdk import aws_s3 as s3\n", "from l2 import s3\n"),
        ("from aws_cdk import aws_s3\n", "from l2 import s3 as aws_s3\n"),
        ("from aws_cdk import aws_lambda as lambda_\n", "from l2 import lambda_\n"),
        ("from aws_cdk import aws_lambda as _lambda\n", "from l2 import lambda_ as _lambda\n"),
        ("from aws_cdk import assertions\n", "import assertions\n"),
        ("from aws_cdk import assertions as a\n", "import assertions as a\n"),
        ("from aws_cdk import aws_ecs_patterns as ecsp\n", "from patterns import ecs_patterns as ecsp\n"),
        ("from aws_cdk import custom_resources as cr\n", "from l2 import custom_resources as cr\n"),
        ("from aws_cdk.aws_s3 import Bucket, CfnBucket\n", "from l2.s3 import Bucket, CfnBucket\n"),
        ("from aws_cdk.assertions import Template, Match\n", "from assertions import Template, Match\n"),
        ("import aws_cdk.aws_sqs as sqs\n", "import l2.sqs as sqs\n"),
        ("from constructs import Construct\n", "from constructs import Construct\n"),
        ("import json\nimport jsii\n", "import json\npass\n"),
    ],
)
def test_rewrites_import_forms(source: str, expected: str) -> None:
    assert rewrite_source(source) == expected


def test_splits_mixed_root_imports_on_one_line() -> None:
    source = "from aws_cdk import App, aws_s3 as s3, Stack, assertions\nx = 1\n"
    assert rewrite_source(source) == (
        "from constructs import App, Stack; from l2 import s3; import assertions\nx = 1\n"
    )


def test_keeps_line_numbers_of_parenthesised_imports() -> None:
    source = "from aws_cdk import (\n    App,\n    Stack,\n)\nfail_here()\n"
    rewritten = rewrite_source(source)
    assert rewritten == "from constructs import App, Stack\n\n\n\nfail_here()\n"
    assert rewritten.splitlines()[4] == source.splitlines()[4]


def test_l1_mode_maps_services_to_l1() -> None:
    source = "from aws_cdk import aws_s3 as s3, aws_lambda\nfrom aws_cdk.aws_sqs import CfnQueue\n"
    assert rewrite_source(source, "l1") == (
        "from l1 import s3; from l1 import lambda_ as aws_lambda\nfrom l1.sqs import CfnQueue\n"
    )


def test_rewrites_dotted_uses_after_a_bare_import() -> None:
    source = (
        "import aws_cdk\nimport aws_cdk.aws_s3\n"
        "app = aws_cdk.App()\nb = aws_cdk.aws_s3.Bucket(s, 'B')\nt = aws_cdk.assertions.Template\n"
    )
    assert rewrite_source(source) == (
        "import constructs; import assertions\nimport l2.s3\n"
        "app = constructs.App()\nb = l2.s3.Bucket(s, 'B')\nt = assertions.Template\n"
    )


def test_leaves_code_untouched_without_a_bare_import() -> None:
    source = "import aws_cdk as cdk\ns = 'aws_cdk.aws_s3 in a string'\nobj.aws_cdk.x = 1\n"
    assert rewrite_source(source) == "import constructs as cdk\ns = 'aws_cdk.aws_s3 in a string'\nobj.aws_cdk.x = 1\n"


def test_keeps_non_ascii_text_around_edits() -> None:
    source = "import aws_cdk\nx = ('✓ü', aws_cdk.Stack)\n"
    assert rewrite_source(source) == "import constructs\nx = ('✓ü', constructs.Stack)\n"


def test_rewrites_indented_imports() -> None:
    source = "def f():\n    from aws_cdk import aws_iam as iam, Duration\n    return iam\n"
    assert rewrite_source(source) == (
        "def f():\n    from constructs import Duration; from l2 import iam\n    return iam\n"
    )


def test_fails_on_a_module_without_counterpart() -> None:
    with pytest.raises(UnsupportedImportError, match="aws_cdk.no_such_module"):
        rewrite_source("from aws_cdk import no_such_module\n")


def test_rewritten_core_apps_only_import_pycdk_roots() -> None:
    core = Path(__file__).parent / "core"
    for app in sorted(core.glob("[!_]*.py")):
        rewritten = rewrite_source(app.read_text(encoding="utf-8"))
        assert "aws_cdk" not in rewritten, app.name
        compile(rewritten, str(app), "exec")


def test_suite_mode_defaults_to_l2(tmp_path: Path) -> None:
    assert suite_rewrite_mode(tmp_path) == "l2"
    (tmp_path / "__init__.py").write_text('"""Suite."""\n')
    assert suite_rewrite_mode(tmp_path) == "l2"


def test_suite_mode_reads_the_constant_without_importing(tmp_path: Path) -> None:
    (tmp_path / "__init__.py").write_text('import does_not_exist\nREWRITE_MODE = "l1"\n')
    assert suite_rewrite_mode(tmp_path) == "l1"


def test_suite_mode_rejects_unknown_values(tmp_path: Path) -> None:
    (tmp_path / "__init__.py").write_text('REWRITE_MODE = "l3"\n')
    with pytest.raises(ValueError, match="REWRITE_MODE must be 'l1' or 'l2'"):
        suite_rewrite_mode(tmp_path)


def test_strips_jsii_plumbing_and_keeps_line_numbers() -> None:
    source = (
        "import aws_cdk as cdk\nimport jsii\n\n\n"
        "@jsii.implements(cdk.IAspect)\nclass A:\n    pass\n\n\n"
        "@other.decorator\n@jsii.implements(\n    cdk.IAspect,\n)\nclass B:\n    pass\n"
    )
    rewritten = rewrite_source(source)
    assert rewritten == (
        "import constructs as cdk\npass\n\n\n"
        "\nclass A:\n    pass\n\n\n"
        "@other.decorator\n\n\n\nclass B:\n    pass\n"
    )
    compile(rewritten, "app.py", "exec")
