"""Golden apps of ``aws_cdk.aws_lambda_nodejs`` (each app installs the pinned esbuild into .venvs/ on first use)."""
