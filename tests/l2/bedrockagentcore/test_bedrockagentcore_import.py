"""Import isolation and exports of ``l2.bedrockagentcore`` (a lazy package: PEP 562 names)."""

from __future__ import annotations

import subprocess
import sys


def _loaded_services(statement: str) -> set[str]:
    code = (
        "import sys\n"
        f"{statement}\n"
        "print(','.join(sorted(m for m in sys.modules if m.count('.') == 1 and m.split('.')[0] in ('l1', 'l2')\n"
        "                      and not m.split('.')[1].startswith('_'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    return set(out.split(","))


def test_importing_the_package_loads_nothing_else() -> None:
    assert _loaded_services("from l2 import bedrockagentcore") == {"l2.bedrockagentcore"}


def test_a_runtime_loads_only_what_aws_cdk_lib_s_module_depends_on() -> None:
    # s3_assets: CodeAssetOptions extends its AssetOptions; iam, ecr, s3, logs ... load when a runtime needs them
    assert _loaded_services("from l2.bedrockagentcore import Runtime") == {"l2.bedrockagentcore", "l2.s3_assets"}


def test_l1_classes_are_still_exported() -> None:
    import l1.bedrockagentcore as l1
    import l2.bedrockagentcore as agentcore

    assert set(l1.__all__) <= set(agentcore.__all__)
    assert agentcore.CfnRuntime is l1.CfnRuntime
    assert {"Runtime", "RuntimeEndpoint", "AgentRuntimeArtifact"} <= set(agentcore.__all__)
    assert all(getattr(agentcore, name) is not None for name in agentcore.__all__)
