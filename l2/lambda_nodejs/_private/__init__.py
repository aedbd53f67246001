"""Private machinery of ``l2.lambda_nodejs``: lock files and package managers, esbuild/tsc detection, tsconfig."""
