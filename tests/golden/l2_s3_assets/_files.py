"""The asset files the aws-s3-assets integ tests read from the aws-cdk repository (not in the searchable
sources): stand-ins with the same names, written to a temporary directory (pycdk and aws-cdk-lib hash the same
bytes, so the comparison is unaffected)."""

import os
import tempfile

WORK = tempfile.mkdtemp()
FILE_ASSET = os.path.join(WORK, "file-asset.txt")
SAMPLE_DIRECTORY = os.path.join(WORK, "sample-asset-directory")
os.makedirs(SAMPLE_DIRECTORY)
with open(FILE_ASSET, "w", newline="") as f:
    f.write("Hello, this is a just a file!\n")
with open(os.path.join(SAMPLE_DIRECTORY, "sample-asset-file.txt"), "w", newline="") as f:
    f.write("// hello dear asset\n")
with open(os.path.join(SAMPLE_DIRECTORY, "sample-jar-asset.jar"), "wb") as f:
    f.write(b"PK\x05\x06" + b"\x00" * 18)
