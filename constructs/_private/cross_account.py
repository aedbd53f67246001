"""Cross-account references, as aws-cdk-lib 2.275 makes them: always weak, read with ``Fn::GetStackOutput``.

The producing stack publishes the value as a plain output (``Publish/Output<value>``) and gets a role
(``Publish/GetStackOutputRole``) that every consuming stack's CloudFormation execution role may assume, with a
policy allowing ``cloudformation:DescribeStacks`` on the producer. The consumer reads the output through that
role. Stacks need an explicit region, and the consumer a synthesizer with a CloudFormation execution role.
No stack dependency is added (aws-cdk-lib adds none either).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .._cfn_reference import CfnReference
    from .._stack import Stack

ALWAYS_WEAK_WARNING = "@aws-cdk/core:crossAccountRefsAreAlwaysWeak"
ROLE_ID = "GetStackOutputRole"
POLICY_ID = "GetStackOutputPolicy"


def execution_role(consumer: Stack) -> str | None:
    """The consumer's CloudFormation execution role ARN (``${AWS::Partition}`` kept), if its synthesizer has one."""
    from .._synthesizers import CliCredentialsStackSynthesizer, DefaultStackSynthesizer

    synth = consumer.synthesizer
    if not isinstance(synth, DefaultStackSynthesizer) or isinstance(synth, CliCredentialsStackSynthesizer):
        return None
    return synth._specialize(synth.cfn_exec_role_arn_template)


def create_cross_account_reference(
    consumer: Stack, ref: CfnReference, strength: str | None, producer_account: str, producer_region: str
) -> Any:
    """Publish ``ref`` from its stack and read it from ``consumer`` with ``Fn::GetStackOutput`` through a role."""
    from .._annotations import Annotations
    from .._arn import ArnFormat
    from .._cfn_resource import CfnResource
    from .._errors import CrossStackReferenceError
    from .._names import Names
    from .._token import Lazy
    from .refs import LIST_SEPARATOR, STRENGTH_FLAG, _is_list, publish_output

    producer = ref.producer_stack
    if strength in (None, "strong") and not consumer.__dict__.get("_always_weak_warned"):
        consumer.__dict__["_always_weak_warned"] = True  # once per stack, as aws-cdk-lib shows it
        Annotations.of(consumer).add_warning_v2(
            ALWAYS_WEAK_WARNING,
            "Strong references requested, but cross-account references can only be weak. Acknowledge this warning "
            f'or set "{STRENGTH_FLAG}" to "weak" to remove this message.',
        )
    consumer_role = execution_role(consumer)
    if consumer_role is None:
        raise CrossStackReferenceError(
            f'Stack "{consumer.node.path}" cannot reference {{{ref.target.node.path}[{ref.display_name}]}} in stack '
            f'"{producer.node.path}". Could not find a CloudFormation execution role for the consumer stack. Use a '
            "stack synthesizer that provides a CloudFormation execution role, such as DefaultStackSynthesizer (that "
            "uses the role from the bootstrap stack), or one that you can customize, such as "
            "BootstraplessSynthesizer.",
            consumer,
        )
    output = publish_output(ref)
    scope = output.node.scope
    role = scope.node.try_find_child(ROLE_ID)
    if role is None:
        consumers: list[str] = [consumer_role]

        def principals() -> Any:
            arns = [{"Fn::Sub": arn} for arn in consumers]
            return arns[0] if len(arns) == 1 else arns

        role = CfnResource(
            scope, ROLE_ID, type="AWS::IAM::Role",
            properties={
                "AssumeRolePolicyDocument": {
                    "Version": "2012-10-17",
                    "Statement": [
                        {"Effect": "Allow", "Principal": {"AWS": Lazy.uncached_any(principals)},
                         "Action": ["sts:AssumeRole"]}
                    ],
                }
            },
        )
        role.__dict__["_get_stack_output_consumers"] = consumers
        role.add_property_override("RoleName", Names.unique_resource_name(role, max_length=64))
        producer._template_dirty = True
    else:
        consumers = role.__dict__["_get_stack_output_consumers"]
        if consumer_role not in consumers:
            consumers.append(consumer_role)
            producer._template_dirty = True
    role_name = Names.unique_resource_name(role, max_length=64)
    role_arn = producer.format_arn(
        service="iam", resource="role", resource_name=role_name, account=producer_account,
        arn_format=ArnFormat.SLASH_RESOURCE_NAME, region="",
    )
    if scope.node.try_find_child(POLICY_ID) is None:
        stack_arn = producer.format_arn(
            service="cloudformation", resource="stack", resource_name=f"{producer.stack_name}/*",
            region=producer_region, account=producer_account,
        )
        policy = CfnResource(
            scope, POLICY_ID, type="AWS::IAM::Policy",
            properties={
                "Roles": [role.ref],
                "PolicyDocument": {
                    "Version": "2012-10-17",
                    "Statement": [
                        {"Effect": "Allow", "Action": "cloudformation:DescribeStacks", "Resource": stack_arn}
                    ],
                },
            },
        )
        policy.add_property_override("PolicyName", Names.unique_resource_name(policy, max_length=128))
        producer._template_dirty = True
    read: dict[str, Any] = {
        "Fn::GetStackOutput": {
            "StackName": producer.stack_name,
            "Region": producer.region,
            "RoleArn": role_arn,
            "OutputName": output._resolved_logical_id(),  # type: ignore[attr-defined]
        }
    }
    if _is_list(ref):
        return {"Fn::Split": [LIST_SEPARATOR, read]}
    return read
