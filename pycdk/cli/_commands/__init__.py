"""One module per ``pycdk`` command, each with ``NAME``, ``HELP``, ``configure(parser)`` and ``run(args)``."""
