"""Generator of the L1 layer: one module per CloudFormation service namespace.

Run ``python -m l1._codegen`` to regenerate ``l1/<service>.py`` and ``l1/_index.py`` from the registry
schemas shipped in the pinned cfn-lint (see :mod:`l1._codegen.schemas`). Naming rules are in
:mod:`l1._codegen.naming`, the schema-to-type mapping in :mod:`l1._codegen.model`, the output layout in
``templates/module.py.j2``.
"""

from l1._codegen.emit import generate
from l1._codegen.schemas import CFN_LINT_VERSION, load_schema_set

__all__ = ["CFN_LINT_VERSION", "generate", "load_schema_set"]
