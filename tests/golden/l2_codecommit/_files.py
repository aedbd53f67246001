"""Stand-ins for the asset-test directory and asset-test.zip the aws-codecommit integ tests read from the aws-cdk
repository (not in the searchable sources), written to a temporary directory: pycdk and aws-cdk-lib hash the
same bytes, so the comparison is unaffected."""

import os
import tempfile
import zipfile

WORK = tempfile.mkdtemp()
ASSET_DIRECTORY = os.path.join(WORK, "asset-test")
ASSET_ZIP = os.path.join(WORK, "asset-test.zip")
os.makedirs(ASSET_DIRECTORY)
with open(os.path.join(ASSET_DIRECTORY, "README.md"), "w", newline="") as f:
    f.write("This is a test file for the codecommit Code.fromDirectory test.\n")
with zipfile.ZipFile(ASSET_ZIP, "w") as z:
    z.writestr(zipfile.ZipInfo("README.md", date_time=(2020, 1, 1, 0, 0, 0)), "This is a zipped test file.\n")
