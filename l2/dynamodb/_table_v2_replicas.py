"""The replicas of a ``TableV2``: their checks and the ``Replicas`` list rendered into the global table."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from constructs import FeatureFlags, Token, ValidationError
from l1.dynamodb import CfnGlobalTable
from l2.dynamodb._shared import BillingMode, render_optional
from l2.dynamodb._table_v2_props import ReplicaGlobalSecondaryIndexOptions, ReplicaTableProps


class ReplicaRendering:
    """``TableV2``'s replica checks and rendering (a mixin: ``self`` is the ``TableV2``)."""

    def _validate_replica(self, props: ReplicaTableProps) -> None:
        if Token.is_unresolved(self.stack.region):
            raise ValidationError("Replica tables are not supported in a region agnostic stack", self)
        if Token.is_unresolved(props.region):
            raise ValidationError("Replica table region must not be a token", self)
        if props.region == self.stack.region:
            raise ValidationError(
                "You cannot add a replica table in the same region as the primary table - the primary table region "
                f"is {self.region}",
                self,
            )
        if props.region in self._replicas:
            raise ValidationError(f"Duplicate replica table region, {props.region}, is not allowed", self)
        if self.billing_mode is BillingMode.PAY_PER_REQUEST and props.read_capacity:
            raise ValidationError(
                "You cannot provide 'readCapacity' on a replica table when the billing mode is PAY_PER_REQUEST", self
            )


    def _render_replicas(self) -> list[Any]:
        specs = [self._replica_spec(props) for props in self._replicas.values()]
        specs.append(
            self._replica_spec(
                ReplicaTableProps(
                    region=self.stack.region, kinesis_stream=self._options["kinesis_stream"], tags=self._options["tags"]
                )
            )
        )
        return specs

    def _replica_spec(self, props: ReplicaTableProps) -> Any:
        opts = self._options
        insights = self._insights(props.contributor_insights, props.contributor_insights_specification)
        pitr_enabled = (
            props.point_in_time_recovery if props.point_in_time_recovery is not None else opts["point_in_time_recovery"]
        )
        pitr_spec = props.point_in_time_recovery_specification or opts["point_in_time_recovery_specification"]
        pitr = (
            render_optional(pitr_spec)
            if pitr_spec is not None
            else ({"point_in_time_recovery_enabled": pitr_enabled} if pitr_enabled is not None else None)
        )
        if FeatureFlags.of(self).is_enabled("@aws-cdk/aws-dynamodb:resourcePolicyPerReplica"):
            # the table's policy on the primary replica only; another replica has only its own
            resource_policy = self.resource_policy if props.region == self.region else props.resource_policy
        else:
            resource_policy = props.resource_policy if props.resource_policy is not None else self.resource_policy
        tag_values = dict(self.tags.tag_values())
        for tag in props.tags or ():
            tag_values[tag.key] = tag.value
        tags = [{"key": k, "value": v} for k, v in tag_values.items()]
        deletion = props.deletion_protection if props.deletion_protection is not None else opts["deletion_protection"]
        table_class = props.table_class or opts["table_class"]
        stream_policy = self.stream_resource_policy if props.region == self.region else props.stream_resource_policy
        max_read = props.max_read_request_units or self._max_read_units
        return CfnGlobalTable.ReplicaSpecificationProperty(
            region=props.region,
            global_secondary_indexes=self._replica_gsis(props.global_secondary_index_options or {}),
            deletion_protection_enabled=deletion,
            table_class=table_class.value if table_class is not None else None,
            sse_specification=(
                self.encryption._render_replica_sse_specification(self, props.region)
                if self.encryption is not None
                else None
            ),
            kinesis_stream_specification=(
                {"stream_arn": props.kinesis_stream.stream_arn} if props.kinesis_stream is not None else None
            ),
            contributor_insights_specification=insights,
            point_in_time_recovery_specification=pitr,
            read_provisioned_throughput_settings=(
                props.read_capacity._render_read_capacity() if props.read_capacity else self._read_provisioning
            ),
            tags=tags or None,
            read_on_demand_throughput_settings={"max_read_request_units": max_read} if max_read else None,
            resource_policy={"policy_document": resource_policy} if resource_policy is not None else None,
            replica_stream_specification=(
                {"resource_policy": {"policy_document": stream_policy}} if stream_policy is not None else None
            ),
            global_table_settings_replication_mode=(
                getattr(self._replication_mode, "value", self._replication_mode)
            ),
        )

    def _replica_gsis(self, options: Mapping[str, ReplicaGlobalSecondaryIndexOptions]) -> list[dict[str, Any]] | None:
        for name, option in options.items():
            if name not in self._gsis:
                raise ValidationError(
                    f"Cannot configure replica global secondary index, {name}, because it is not defined on the "
                    "primary table",
                    self,
                )
            if self.billing_mode is BillingMode.PAY_PER_REQUEST and option.read_capacity:
                raise ValidationError(
                    f"Cannot configure 'readCapacity' for replica global secondary index, {name}, because billing "
                    "mode is PAY_PER_REQUEST",
                    self,
                )
        out: list[dict[str, Any]] = []
        for name in self._gsis:
            insights_flag = self._options["contributor_insights"]
            read_capacity = self._gsi_read_capacity.get(name)
            max_read = self._gsi_max_read_units.get(name)
            option = options.get(name)
            if option is not None:
                insights_flag = option.contributor_insights
                read_capacity = option.read_capacity
                max_read = option.max_read_request_units
            spec = self._insights(
                option.contributor_insights if option else None,
                option.contributor_insights_specification if option else None,
            ) or ({"enabled": insights_flag} if insights_flag is not None else None)
            out.append(
                {
                    "index_name": name,
                    "read_provisioned_throughput_settings": (
                        read_capacity._render_read_capacity() if read_capacity else self._read_provisioning
                    ),
                    "read_on_demand_throughput_settings": {"max_read_request_units": max_read} if max_read else None,
                    "contributor_insights_specification": spec,
                }
            )
        return out or None
