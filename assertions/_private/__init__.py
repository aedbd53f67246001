"""Private machinery of :mod:`assertions`; nothing here is public API."""
