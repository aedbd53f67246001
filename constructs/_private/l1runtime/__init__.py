"""The runtime of the generated L1 classes: what every ``Cfn*`` resource class needs to exist and render.

It lives in the core because the core exports L1 classes itself (aws-cdk-lib's ``aws_cdk.CfnStack``,
``CfnWaitCondition``, ... : the ``AWS::CloudFormation::*`` types, generated into ``constructs._cfn_cloudformation``),
and the core cannot import ``l1``. The L1 layer reaches it through ``constructs.internals.l1runtime``; its old
names ``l1._private.attributes`` / ``property_type`` / ``render`` / ``refs`` / ``tree`` are these very modules.

- ``attributes`` — the ``AttrString`` / ``AttrList`` / ``AttrNumber`` / ``AttrReference`` descriptors of ``attr_*``;
- ``property_type`` — ``CfnPropertyType`` (nested property types) and the ``Cfn*Props`` structs made on first use;
- ``render`` — rendering and schema validation of the ``Properties`` of a resource;
- ``refs`` — resource references (``xxx_ref``, ref-accepting properties, ``from_xxx_arn``);
- ``tree`` — the ``aws:cdk:cloudformation:props`` of L1 nodes in ``tree.json`` (loaded on first use).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from constructs._private.l1runtime import attributes, property_type, refs, render

if TYPE_CHECKING:
    from constructs._private.l1runtime import tree

__all__ = ["attributes", "property_type", "refs", "render", "tree"]


def __getattr__(name: str) -> Any:
    if name == "tree":
        return importlib.import_module(f"{__name__}.tree")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
