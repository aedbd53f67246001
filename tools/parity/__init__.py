"""The L2 parity gauge against aws-cdk-lib (developer tooling; pycdk never imports it). See ``gauge``."""
