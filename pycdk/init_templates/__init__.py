"""Project templates of ``pycdk init`` (jinja2), laid out as ``<template>/<language>/...``.

File names ending in ``.j2`` are rendered with the variables ``project`` (the directory name, control
characters shown as ``?``), ``project_py`` (the same, escaped for a Python string literal), ``module`` (its
Python module name), ``stack_class``, ``stack_id``, ``pycdk_version`` and ``context`` (the JSON of the
recommended feature flags); ``__module__`` in a path becomes the module name and a leading ``dot-`` a dot.

``recommended-feature-flags.json`` is the list of feature flags ``cdk init`` (CDK CLI 2.1148.1) writes into a
new project's ``cdk.json``, taken from the npm package ``aws-cdk`` (``lib/init-templates``).
"""
