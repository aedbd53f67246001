"""Golden suite for aws-s3-assets: integ ports; templates and asset manifests are both compared."""

COMPARE_ASSET_MANIFESTS = True
