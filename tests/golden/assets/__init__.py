"""Golden suite for file assets: templates and asset manifests are both compared."""

COMPARE_ASSET_MANIFESTS = True
