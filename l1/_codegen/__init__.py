"""Generator of the L1 layer: one module per CloudFormation service namespace.

Run ``python -m l1._codegen`` to regenerate ``l1/<service>.py`` and ``l1/_index.py`` from the registry
schemas shipped in the pinned cfn-lint (see :mod:`l1._codegen.schemas`), supplemented so that the L1 names equal
aws-cdk-lib's: types of other regions and of an older cfn-lint (``supplement/resources``), property types from
aws-cdk's spec database (``supplement/definitions.json``, written by :mod:`l1._codegen.cdk_spec`) and
:data:`l1._codegen.patches.MANUAL_DEFINITIONS` / :data:`~l1._codegen.patches.CLASS_ALIASES`. Naming rules are in
:mod:`l1._codegen.naming`, the schema-to-type mapping in :mod:`l1._codegen.model`, the output layout in
``templates/module.py.j2`` (each module also makes its ``Cfn*Props`` structs on first use).
``tests/l1/test_l1_names.py`` checks the result against aws-cdk-lib 2.275.0's names.

It also writes aws-cdk-lib's resource references (``aws_cdk.interfaces.*``) from ``supplement/references.json``
(written by :mod:`l1._codegen.cdk_refs` from the oracle's jsii bundle; read by :mod:`l1._codegen.refs`): the
``XxxReference`` structs and ``IXxxRef`` protocols in ``l1/_private/interfaces/<module>.py`` and their re-exports in
``l2/interfaces/<module>.py``; each L1 class gets its ``xxx_ref`` property and the properties that take a
reference resolve an object given for them when the class is created (``l1/_private/refs.py``).
"""

from l1._codegen.emit import generate
from l1._codegen.schemas import CFN_LINT_VERSION, load_schema_set

__all__ = ["CFN_LINT_VERSION", "generate", "load_schema_set"]
