"""Extract aws-cdk-lib's built-in region facts into ``constructs/_private/region_facts/facts.json.gz``.

aws-cdk-lib registers its region facts (partitions, domain suffixes, layer ARNs of Lambda Insights, ADOT, the
Parameters and Secrets extension, ...) in generated JavaScript. This script loads aws-cdk-lib's ``region-info``
module with Node.js from the jsii package of the oracle venv and writes its fact database, in registration order,
with the list of known regions::

    python -m constructs._private.region_facts.extract [--oracle .venvs/oracle]

The output is deterministic (gzip without a timestamp, sorted nothing: the order is aws-cdk-lib's).
"""

from __future__ import annotations

import argparse
import glob
import gzip
import io
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from .facts import DATA_FILE

_NODE_SCRIPT = r"""
const ri = require(process.argv[1] + "/region-info");
const entities = require(process.argv[1] + "/region-info/lib/aws-entities");
const db = ri.Fact.database;
const out = {regions: entities.AWS_REGIONS, database: {}};
for (const region of Object.keys(db)) { out.database[region] = Object.assign({}, db[region]); }
process.stdout.write(JSON.stringify(out));
"""


def extract(oracle: Path) -> dict[str, object]:
    """The facts of the aws-cdk-lib in ``oracle`` (a venv with aws-cdk-lib installed)."""
    tarballs = glob.glob(str(oracle / "lib" / "python3*" / "site-packages" / "aws_cdk" / "_jsii" / "*.jsii.tgz"))
    if not tarballs:
        raise SystemExit(f"no aws-cdk-lib jsii package under {oracle}")
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(tarballs[0]) as tar:
            members = [m for m in tar.getmembers()
                       if m.name.startswith("package/region-info/") or m.name in (
                           "package/.warnings.jsii.js", "package/package.json")]
            tar.extractall(tmp, members=members, filter="data")
        out = subprocess.run(["node", "-e", _NODE_SCRIPT, str(Path(tmp) / "package")], capture_output=True,
                             text=True, check=True).stdout
    data: dict[str, object] = json.loads(out)
    return data


def write(data: dict[str, object], path: Path = DATA_FILE) -> None:
    """Write the facts as gzipped compact JSON (no timestamp, so the bytes only change with the data)."""
    raw = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as f:
        f.write(raw)
    path.write_bytes(buf.getvalue())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--oracle", default=".venvs/oracle", type=Path)
    args = parser.parse_args(argv)
    data = extract(args.oracle)
    write(data)
    regions = data["database"]
    assert isinstance(regions, dict)
    print(f"{DATA_FILE}: {len(regions)} regions, {sum(len(v) for v in regions.values())} facts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
