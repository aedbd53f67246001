"""A removal policy applied to a resource with no other option shares the options holding just that policy: the
resource renders, reads and changes them as it would its own fresh options (the general path)."""

from __future__ import annotations

import constructs as cdk
from constructs import CfnResource, RemovalPolicy
from constructs._cfn_resource import CfnResourceOptions

_FIELDS = CfnResourceOptions.__slots__


def _fields(opts: CfnResourceOptions) -> tuple[object, ...]:
    return tuple(getattr(opts, f) for f in _FIELDS)


def test_shared_removal_options_behave_as_own_options() -> None:
    app = cdk.App()
    stack = cdk.Stack(app, "Stack")
    cases = [(RemovalPolicy.RETAIN, None), (RemovalPolicy.DESTROY, None), (RemovalPolicy.RETAIN, False),
             (RemovalPolicy.SNAPSHOT, None)]
    for i, (policy, update_replace) in enumerate(cases):
        fast = CfnResource(stack, f"Fast{i}", type="AWS::RDS::DBCluster")
        fast.apply_removal_policy(policy, apply_to_update_replace_policy=update_replace)
        general = CfnResource(stack, f"General{i}", type="AWS::RDS::DBCluster")
        general.cfn_options  # noqa: B018 - the resource's own options first: the general path
        general.apply_removal_policy(policy, apply_to_update_replace_policy=update_replace)
        assert type(fast.cfn_options) is CfnResourceOptions and fast.cfn_options is fast.cfn_options
        assert _fields(fast.cfn_options) == _fields(general.cfn_options)
    # two resources given the same policy: a change through one's options leaves the other's alone
    a = CfnResource(stack, "A", type="AWS::S3::Bucket")
    b = CfnResource(stack, "B", type="AWS::S3::Bucket")
    a.apply_removal_policy(RemovalPolicy.DESTROY)
    b.apply_removal_policy(RemovalPolicy.DESTROY)
    a.cfn_options.description = "changed"
    a.apply_removal_policy(RemovalPolicy.RETAIN)
    template = app.synth().get_stack_by_name("Stack").template["Resources"]
    for i in range(len(cases)):
        assert template[f"Fast{i}"] == template[f"General{i}"]
    assert template["A"] == {"Type": "AWS::S3::Bucket", "UpdateReplacePolicy": "Retain", "DeletionPolicy": "Retain",
                             "Description": "changed"}
    assert template["B"] == {"Type": "AWS::S3::Bucket", "UpdateReplacePolicy": "Delete", "DeletionPolicy": "Delete"}
