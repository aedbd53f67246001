"""``Portfolio``: a Service Catalog portfolio, its products, principals, shares and constraints."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import ArnFormat, Aspects, Construct, IResource, Names, Resource, Stack, ValidationError
from constructs.internals import structs
from l1._private.interfaces.servicecatalog import PortfolioReference as PortfolioReference
from l1.servicecatalog import CfnPortfolio, CfnPortfolioPrincipalAssociation, CfnPortfolioShare
from l2._private.iam_module import iam
from l2.servicecatalog._common import MessageLanguage
from l2.servicecatalog._constraints import (
    CloudFormationRuleConstraintOptions,
    CommonConstraintOptions,
    StackSetsConstraintOptions,
    TagUpdateConstraintOptions,
    TemplateRule,
)
from l2.servicecatalog._private import association_manager
from l2.servicecatalog._private.util import (
    hash_values,
    validate_length,
    validate_role_name_set_for_local_launch_role,
)
from l2.servicecatalog._product import IProduct
from l2.servicecatalog._tag_options import TagOptions

if TYPE_CHECKING:
    from l2.iam import IGroup, IRole, IUser
    from l2.s3 import IBucket
    from l2.sns import ITopic


@structs.frozen(kw_only=True)
class PortfolioShareOptions:
    """Options of ``share_with_account``.

    Args:
        share_tag_options: share the portfolio's TagOptions too (default false).
        message_language: the language of Service Catalog's messages (default English).
    """

    message_language: MessageLanguage | None = None
    share_tag_options: bool | None = None


@structs.frozen(kw_only=True)
class PortfolioProps:
    """Props of ``Portfolio`` (see its arguments)."""

    display_name: str
    provider_name: str
    description: str | None = None
    message_language: MessageLanguage | None = None
    tag_options: TagOptions | None = None


@runtime_checkable
class IPortfolio(IResource, Protocol):
    """A Service Catalog portfolio."""

    @property
    def portfolio_arn(self) -> str: ...
    @property
    def portfolio_id(self) -> str: ...
    def add_product(self, product: IProduct) -> None: ...
    def associate_tag_options(self, tag_options: TagOptions) -> None: ...
    def constrain_cloud_formation_parameters(self, product: IProduct, *, rule: TemplateRule,
                                             description: str | None = None,
                                             message_language: MessageLanguage | None = None) -> None: ...
    def constrain_tag_updates(self, product: IProduct, *, allow: bool | None = None, description: str | None = None,
                              message_language: MessageLanguage | None = None) -> None: ...
    def deploy_with_stack_sets(self, product: IProduct, *, accounts: Sequence[str], admin_role: IRole,
                               execution_role_name: str, regions: Sequence[str],
                               allow_stack_set_instance_operations: bool | None = None,
                               description: str | None = None,
                               message_language: MessageLanguage | None = None) -> None: ...
    def give_access_to_group(self, group: IGroup) -> None: ...
    def give_access_to_role(self, role: IRole) -> None: ...
    def give_access_to_user(self, user: IUser) -> None: ...
    def notify_on_stack_events(self, product: IProduct, topic: ITopic, *, description: str | None = None,
                               message_language: MessageLanguage | None = None) -> None: ...
    def set_launch_role(self, product: IProduct, launch_role: IRole, *, description: str | None = None,
                        message_language: MessageLanguage | None = None) -> None: ...
    def set_local_launch_role(self, product: IProduct, launch_role: IRole, *, description: str | None = None,
                              message_language: MessageLanguage | None = None) -> None: ...
    def set_local_launch_role_name(self, product: IProduct, launch_role_name: str, *,
                                   description: str | None = None,
                                   message_language: MessageLanguage | None = None) -> IRole: ...
    def share_with_account(self, account_id: str, *, message_language: MessageLanguage | None = None,
                           share_tag_options: bool | None = None) -> None: ...


def _addr(construct: Any) -> str:
    return str(construct.node.addr)


class _PortfolioBase(Resource):
    portfolio_arn: str
    portfolio_id: str

    def _init_base(self) -> None:
        self._associated_principals: set[str] = set()
        self._asset_buckets: dict[int, IBucket] = {}
        self._shared_accounts: list[str] = []

    @property
    def portfolio_ref(self) -> PortfolioReference:
        """The portfolio's id, as a reference."""
        return PortfolioReference(portfolio_id=self.portfolio_id)

    def _unique_hash(self, value: str) -> str:
        raise NotImplementedError

    def give_access_to_role(self, role: IRole) -> None:
        """Let a role use the portfolio's products."""
        self._associate_principal(role.role_arn, _addr(role))

    def give_access_to_user(self, user: IUser) -> None:
        """Let a user use the portfolio's products."""
        self._associate_principal(user.user_arn, _addr(user))

    def give_access_to_group(self, group: IGroup) -> None:
        """Let a group use the portfolio's products."""
        self._associate_principal(group.group_arn, _addr(group))

    def add_product(self, product: IProduct) -> None:
        """Add a product to the portfolio."""
        for bucket in product.asset_buckets:
            self._asset_buckets[id(bucket)] = bucket
        association_manager.associate_product_with_portfolio(self, product, None)

    def share_with_account(self, account_id: str, *, message_language: MessageLanguage | None = None,
                           share_tag_options: bool | None = None) -> None:
        """Share the portfolio with another account."""
        hash_id = self._unique_hash(account_id)
        self._shared_accounts.append(account_id)
        CfnPortfolioShare(self, f"PortfolioShare{hash_id}", portfolio_id=self.portfolio_id, account_id=account_id,
                          share_tag_options=share_tag_options,
                          accept_language=message_language.value if message_language is not None else None)

    def associate_tag_options(self, tag_options: TagOptions) -> None:
        """Associate TagOptions with the portfolio."""
        association_manager.associate_tag_options(self, self.portfolio_id, tag_options)

    def constrain_tag_updates(self, product: IProduct, *, allow: bool | None = None, description: str | None = None,
                              message_language: MessageLanguage | None = None) -> None:
        """Allow or forbid end users to update the tags of the product's provisioned products."""
        association_manager.constrain_tag_updates(self, product, TagUpdateConstraintOptions(
            allow=allow, description=description, message_language=message_language))

    def notify_on_stack_events(self, product: IProduct, topic: ITopic, *, description: str | None = None,
                               message_language: MessageLanguage | None = None) -> None:
        """Send the stack events of the product's provisioned products to an SNS topic."""
        association_manager.notify_on_stack_events(self, product, topic, CommonConstraintOptions(
            description=description, message_language=message_language))

    def constrain_cloud_formation_parameters(self, product: IProduct, *, rule: TemplateRule,
                                             description: str | None = None,
                                             message_language: MessageLanguage | None = None) -> None:
        """Restrict the product's template parameters with a rule."""
        association_manager.constrain_cloud_formation_parameters(self, product, CloudFormationRuleConstraintOptions(
            rule=rule, description=description, message_language=message_language))

    def set_launch_role(self, product: IProduct, launch_role: IRole, *, description: str | None = None,
                        message_language: MessageLanguage | None = None) -> None:
        """Provision the product with this role (by ARN)."""
        association_manager.set_launch_role(self, product, launch_role.role_arn, None, CommonConstraintOptions(
            description=description, message_language=message_language))

    def set_local_launch_role_name(self, product: IProduct, launch_role_name: str, *,
                                   description: str | None = None,
                                   message_language: MessageLanguage | None = None) -> IRole:
        """Create a role of this name trusted by Service Catalog and provision the product with the role of that
        name in the account it is provisioned in; the created role."""
        iam_ = iam()
        role = iam_.Role(self, f"LaunchRole{launch_role_name}", role_name=launch_role_name,
                         assumed_by=iam_.ServicePrincipal("servicecatalog.amazonaws.com"))
        association_manager.set_launch_role(self, product, None, role.role_name, CommonConstraintOptions(
            description=description, message_language=message_language))
        return role

    def set_local_launch_role(self, product: IProduct, launch_role: IRole, *, description: str | None = None,
                              message_language: MessageLanguage | None = None) -> None:
        """Provision the product with the role of ``launch_role``'s name in the account it is provisioned in (the
        role must have an explicit name)."""
        validate_role_name_set_for_local_launch_role(launch_role)
        association_manager.set_launch_role(self, product, None, launch_role.role_name, CommonConstraintOptions(
            description=description, message_language=message_language))

    def deploy_with_stack_sets(self, product: IProduct, *, accounts: Sequence[str], admin_role: IRole,
                               execution_role_name: str, regions: Sequence[str],
                               allow_stack_set_instance_operations: bool | None = None,
                               description: str | None = None,
                               message_language: MessageLanguage | None = None) -> None:
        """Deploy the product with StackSets to these accounts and regions."""
        association_manager.deploy_with_stack_sets(self, product, StackSetsConstraintOptions(
            accounts=accounts, admin_role=admin_role, execution_role_name=execution_role_name, regions=regions,
            allow_stack_set_instance_operations=allow_stack_set_instance_operations, description=description,
            message_language=message_language))

    def _associate_principal(self, principal_arn: str, principal_id: str) -> None:
        if principal_arn in self._associated_principals:
            return
        hash_id = self._unique_hash(principal_id)
        CfnPortfolioPrincipalAssociation(self, f"PortolioPrincipalAssociation{hash_id}",
                                         portfolio_id=self.portfolio_id, principal_arn=principal_arn,
                                         principal_type="IAM")
        self._associated_principals.add(principal_arn)

    def _add_bucket_permissions_to_shared_accounts(self) -> None:
        if not self._shared_accounts:
            return
        iam_ = iam()
        for bucket in self._asset_buckets.values():
            bucket.grant_read(iam_.CompositePrincipal(*[iam_.AccountPrincipal(a) for a in self._shared_accounts]))


class _ImportedPortfolio(_PortfolioBase):
    def __init__(self, scope: Construct, id: str, *, portfolio_arn: str, portfolio_id: str) -> None:
        super().__init__(scope, id, environment_from_arn=portfolio_arn)
        self._init_base()
        self.portfolio_arn = portfolio_arn
        self.portfolio_id = portfolio_id

    def _unique_hash(self, value: str) -> str:
        return hash_values(self.portfolio_arn, value)


class _SharedAccountsBucketGrants:
    """At synthesis, let the accounts the portfolio is shared with read its products' asset buckets."""

    def __init__(self, portfolio: Portfolio) -> None:
        self.portfolio = portfolio

    def visit(self, node: Any) -> None:
        if node is self.portfolio:
            node._add_bucket_permissions_to_shared_accounts()


class Portfolio(_PortfolioBase):
    """A Service Catalog portfolio (``AWS::ServiceCatalog::Portfolio``).

    Args:
        display_name: the portfolio's name (1-100 characters).
        provider_name: who provides the portfolio (1-50 characters).
        description: the portfolio's description (at most 2000 characters).
        message_language: the language of Service Catalog's messages (default English).
        tag_options: TagOptions to associate with the portfolio.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-servicecatalog.Portfolio"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        display_name: str,
        provider_name: str,
        description: str | None = None,
        message_language: MessageLanguage | None = None,
        tag_options: TagOptions | None = None,
    ) -> None:
        super().__init__(scope, id)
        self._init_base()
        path = self.node.path
        validate_length(path, "portfolio display name", 1, 100, display_name)
        validate_length(path, "portfolio provider name", 1, 50, provider_name)
        validate_length(path, "portfolio description", 0, 2000, description)
        self._portfolio = CfnPortfolio(
            self, "Resource", display_name=display_name, provider_name=provider_name, description=description,
            accept_language=message_language.value if message_language is not None else None)
        self.portfolio_id: str = self._portfolio.ref
        self.portfolio_arn: str = Stack.of(self).format_arn(service="catalog", resource="portfolio",
                                                       resource_name=self.portfolio_id)
        if tag_options is not None:
            self.associate_tag_options(tag_options)
        from constructs import AspectPriority

        Aspects.of(self).add(_SharedAccountsBucketGrants(self), priority=AspectPriority.MUTATING)

    def _unique_hash(self, value: str) -> str:
        return hash_values(Names.node_unique_id(self._portfolio.node), value)

    @staticmethod
    def from_portfolio_arn(scope: Construct, id: str, portfolio_arn: str) -> IPortfolio:
        """An existing portfolio, from its ARN (``arn:...:catalog:...:portfolio/port-...``)."""
        portfolio_id = Stack.of(scope).split_arn(portfolio_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name
        if not portfolio_id:
            raise ValidationError("Missing required Portfolio ID from Portfolio ARN: " + portfolio_arn, scope)
        return _ImportedPortfolio(scope, id, portfolio_arn=portfolio_arn, portfolio_id=portfolio_id)
