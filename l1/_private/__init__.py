"""Runtime machinery shared by the generated L1 modules; not part of the public API."""
