"""Importing ``l2.codepipeline`` or ``l2.codepipeline_actions`` loads no other service than aws-cdk-lib's modules
depend on at import: the pipeline module none, the actions module the pipeline module (the services an action uses
are imported when it is bound). Speed is measured in bench/imports.py."""

from __future__ import annotations

import subprocess
import sys

import pytest

_CODE = (
    "import sys\n"
    "import {module}\n"
    "print(','.join(sorted(m for m in sys.modules if m.count('.') == 1 and m.split('.')[0] == 'l2'\n"
    "                      and not m.split('.')[1].startswith('_'))))\n"
)


@pytest.mark.parametrize(("module", "allowed"), [
    ("l2.codepipeline", {"l2.codepipeline"}),
    ("l2.codepipeline_actions", {"l2.codepipeline", "l2.codepipeline_actions"}),
])
def test_import_loads_only_the_services_aws_cdk_lib_depends_on(module: str, allowed: set[str]) -> None:
    out = subprocess.run([sys.executable, "-c", _CODE.format(module=module)], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert set(out.split(",")) == allowed


def test_the_cfn_classes_are_still_re_exported() -> None:
    import l1.codepipeline
    from l2 import codepipeline

    assert set(l1.codepipeline.__all__) <= set(codepipeline.__all__)
    assert codepipeline.CfnPipeline is l1.codepipeline.CfnPipeline
