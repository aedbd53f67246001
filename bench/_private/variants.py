"""The tools compared: each a way to run the benchmark app as a whole process."""

import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from _private.paths import APPS_DIR, SIDE_PYTHON, pycdk_python, quiet_node_env


@dataclass(frozen=True)
class Variant:
    """One tool's version of the app.

    Attributes:
        key: short name used in tables and on the command line.
        label: what the rows say.
        python: the interpreter that runs the app.
        script: the app file, run as ``python script UNITS OUTDIR``.
        env: extra environment variables.
        multi_process: the tool starts helper processes (Node.js), so the tree's summed peak RSS is sampled.
        hashed_ids: the app's logical IDs are aws-cdk-lib's (else plain construct ids, compared modulo hash).
    """

    key: str
    label: str
    python: Path
    script: Path
    env: tuple[tuple[str, str], ...] = ()
    multi_process: bool = False
    hashed_ids: bool = True

    @property
    def command(self) -> list[str]:
        """The interpreter and script to run."""
        return [str(self.python), str(self.script)]

    def environment(self) -> dict[str, str]:
        """The full environment of a run."""
        env = quiet_node_env() if self.multi_process else dict(os.environ)
        env.update(self.env)
        return env

    def unavailable_reason(self) -> str | None:
        """Run the app with one unit; return why it fails (its last stderr line), or ``None`` if it works."""
        with tempfile.TemporaryDirectory(prefix="pycdk-bench-probe-") as outdir:
            probe = subprocess.run(
                [*self.command, "1", str(Path(outdir) / "out")],
                capture_output=True,
                text=True,
                env=self.environment(),
                cwd=outdir,
            )
        if probe.returncode == 0:
            return None
        lines = [line for line in probe.stderr.strip().splitlines() if line.strip()]
        return lines[-1].strip() if lines else f"exit status {probe.returncode}"


CDK = Variant("cdk", "aws-cdk-lib 2.275 (default)", SIDE_PYTHON, APPS_DIR / "cdk_app.py", multi_process=True)
CDK_NO_VALIDATION = Variant(
    "cdk-noval",
    "aws-cdk-lib 2.275 (CDK_VALIDATION=false)",
    SIDE_PYTHON,
    APPS_DIR / "cdk_app.py",
    env=(("CDK_VALIDATION", "false"),),
    multi_process=True,
)
TROPOSPHERE = Variant(
    "troposphere", "troposphere 4.11 (L1)", SIDE_PYTHON, APPS_DIR / "troposphere_app.py", hashed_ids=False
)
FLOOR = Variant("floor", "floor (dicts + json.dump)", pycdk_python(), APPS_DIR / "floor_app.py")
PYCDK = Variant("pycdk", "pycdk (L2)", pycdk_python(), APPS_DIR / "pycdk_app.py")
PYCDK_L1 = Variant(
    "pycdk-l1", "pycdk (L1 only)", pycdk_python(), APPS_DIR / "pycdk_l1_app.py", hashed_ids=False
)

ALL_VARIANTS = (PYCDK, PYCDK_L1, CDK, CDK_NO_VALIDATION, TROPOSPHERE, FLOOR)
