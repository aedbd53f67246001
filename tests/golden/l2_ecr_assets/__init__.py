"""Golden suite for Docker image assets: templates and asset manifests are both compared."""

COMPARE_ASSET_MANIFESTS = True
