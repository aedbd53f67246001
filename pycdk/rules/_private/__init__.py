"""The machinery of ``pycdk.rules``: template helpers, the engine's inputs, the report writers."""
