"""``SourceApiAssociation``: a source API associated with a merged API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from constructs import Construct, Fn, Lazy, Resource
from constructs.internals import structs
from l1._private.interfaces.appsync import SourceApiAssociationReference as SourceApiAssociationReference
from l1.appsync import CfnSourceApiAssociation
from l2._private.iam_module import iam
from l2.appsync._types import MergeType

if TYPE_CHECKING:
    from l2.appsync._interfaces import IGraphqlApi, ISourceApiAssociation
    from l2.iam import IRole


@structs.frozen(kw_only=True)
class SourceApiAssociationProps:
    """A source API association's props.

    Args:
        merged_api: the merged API.
        merged_api_execution_role: the merged API's execution role (it gets the permissions).
        source_api: the source API.
        description: the association's description.
        merge_type: how changes merge (default ``AUTO_MERGE``).
    """

    merged_api: IGraphqlApi
    merged_api_execution_role: IRole
    source_api: IGraphqlApi
    description: str | None = None
    merge_type: MergeType | None = None


@structs.frozen(kw_only=True)
class SourceApiAssociationAttributes:
    """An existing source API association.

    Args:
        association_arn: its ARN.
        merged_api: the merged API.
        source_api: the source API.
    """

    association_arn: str
    merged_api: IGraphqlApi
    source_api: IGraphqlApi


def add_source_graphql_permission(association: CfnSourceApiAssociation, role: IRole) -> object:
    """Allow the merged API's role ``appsync:SourceGraphQL`` on the source API."""
    return role.add_to_principal_policy(
        iam().PolicyStatement(
            effect=iam().Effect.ALLOW,
            actions=["appsync:SourceGraphQL"],
            resources=[association.attr_source_api_arn, f"{association.attr_source_api_arn}/*"],
        )
    )


def add_source_api_auto_merge_permission(association: CfnSourceApiAssociation, role: IRole) -> object:
    """Allow the merged API's role ``appsync:StartSchemaMerge`` on the association."""
    return role.add_to_principal_policy(
        iam().PolicyStatement(
            effect=iam().Effect.ALLOW,
            actions=["appsync:StartSchemaMerge"],
            resources=[association.attr_association_arn],
        )
    )


class _ImportedAssociation(Resource):
    def __init__(self, scope: Construct, id: str, association_arn: str, merged_api: IGraphqlApi,
                 source_api: IGraphqlApi) -> None:
        super().__init__(scope, id)
        self.association_id: str = Lazy.string(lambda: Fn.select(3, Fn.split("/", association_arn)))
        self.association_arn = association_arn
        self.source_api = source_api
        self.merged_api = merged_api

    @property
    def source_api_association_ref(self) -> SourceApiAssociationReference:
        """The association's ARN."""
        return SourceApiAssociationReference(association_arn=self.association_arn)


class SourceApiAssociation(Resource):
    """A source API associated with a merged API (``AWS::AppSync::SourceApiAssociation``); the merged API's
    execution role gets ``appsync:SourceGraphQL`` (and ``appsync:StartSchemaMerge`` for auto-merge).

    Args:
        scope: the parent construct.
        id: the construct id.
        merged_api: the merged API.
        merged_api_execution_role: the merged API's execution role.
        source_api: the source API.
        description: the association's description.
        merge_type: how changes merge (default ``AUTO_MERGE``).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-appsync.SourceApiAssociation"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        merged_api: IGraphqlApi,
        merged_api_execution_role: IRole,
        source_api: IGraphqlApi,
        description: str | None = None,
        merge_type: MergeType | None = None,
    ) -> None:
        super().__init__(scope, id)
        self.merge_type: MergeType = merge_type or MergeType.AUTO_MERGE
        self.merged_api_execution_role: IRole = merged_api_execution_role
        self.source_api: IGraphqlApi = source_api
        self.merged_api: IGraphqlApi = merged_api
        self.association: CfnSourceApiAssociation = CfnSourceApiAssociation(
            self,
            "Resource",
            source_api_identifier=source_api.arn,
            merged_api_identifier=merged_api.arn,
            source_api_association_config={"merge_type": self.merge_type.value},  # type: ignore[arg-type]
            description=description,
        )
        source_api.add_schema_dependency(self.association)
        self.association_id: str = self.association.attr_association_id
        self.association_arn: str = self.association.attr_association_arn
        add_source_graphql_permission(self.association, merged_api_execution_role)
        if self.merge_type is MergeType.AUTO_MERGE:
            add_source_api_auto_merge_permission(self.association, merged_api_execution_role)

    @property
    def source_api_association_ref(self) -> SourceApiAssociationReference:
        """The association's ARN."""
        return SourceApiAssociationReference(association_arn=self.association_arn)

    @staticmethod
    def from_source_api_association_attributes(
        scope: Construct, id: str, *, association_arn: str, merged_api: IGraphqlApi, source_api: IGraphqlApi
    ) -> ISourceApiAssociation:
        """Import an association by ARN."""
        return _ImportedAssociation(scope, id, association_arn, merged_api, source_api)
