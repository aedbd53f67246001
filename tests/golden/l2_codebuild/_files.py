"""Stand-in for the build-spec-asset.yml the aws-codebuild integ test reads from the aws-cdk repository, written
to a temporary directory: pycdk and aws-cdk-lib hash the same bytes, so the comparison is unaffected."""

import os
import tempfile

WORK = tempfile.mkdtemp()
BUILD_SPEC_ASSET = os.path.join(WORK, "build-spec-asset.yml")
with open(BUILD_SPEC_ASSET, "w", newline="") as f:
    f.write("version: 0.2\nphases:\n  build:\n    commands:\n      - echo \"Hello, CodeBuild!\"\n")
