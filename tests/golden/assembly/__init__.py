"""Golden suite for the cloud assembly: manifest.json, tree.json, metadata and asset manifests are compared."""

COMPARE_ASSEMBLY = True
COMPARE_ASSET_MANIFESTS = True
