"""Runtime machinery shared by the generated L1 modules; not part of the public API.

The runtime itself is the core's (``constructs.internals.l1runtime``: the core exports L1 classes of its own,
``constructs.CfnStack`` and the other ``AWS::CloudFormation::*`` types); ``attributes``, ``property_type``,
``render``, ``refs`` and ``tree`` here are those very modules under the names the generated modules import.
``interfaces`` holds the generated reference classes of every namespace.
"""
