"""Private machinery of ``l2.apigateway`` (hashing, path parsing, validation helpers)."""
