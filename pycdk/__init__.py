"""pycdk tooling: the command-line interface and the bootstrap (CDKToolkit) stack."""

__version__ = "0.1.0"
