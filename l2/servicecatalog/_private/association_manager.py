"""Associations and constraints between a portfolio and a product (aws-cdk-lib's ``AssociationManager``): the
construct ids are hashes of the construct addresses, so adding the same thing twice reuses the first."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from constructs import Stack, ValidationError
from l1.servicecatalog import (
    CfnLaunchNotificationConstraint,
    CfnLaunchRoleConstraint,
    CfnLaunchTemplateConstraint,
    CfnPortfolioProductAssociation,
    CfnResourceUpdateConstraint,
    CfnStackSetConstraint,
    CfnTagOptionAssociation,
)
from l2.servicecatalog._private.util import hash_values, validate_length

if TYPE_CHECKING:
    from l2.servicecatalog._constraints import TemplateRule
    from l2.servicecatalog._tag_options import TagOptions


def _pretty(portfolio: Any, product: Any) -> str:
    return f"- Portfolio: {portfolio.node.path} | Product: {product.node.path}"


def _language(options: Any) -> str | None:
    lang = getattr(options, "message_language", None)
    return lang.value if lang is not None else None


def associate_product_with_portfolio(portfolio: Any, product: Any, options: Any) -> tuple[str, Any]:
    validate_length(_pretty(portfolio, product), "description", 0, 2000, getattr(options, "description", None))
    key = hash_values(portfolio.node.addr, product.node.addr, Stack.of(product).node.addr)
    cid = f"PortfolioProductAssociation{key}"
    existing = portfolio.node.try_find_child(cid)
    association = existing or CfnPortfolioProductAssociation(
        portfolio, cid, portfolio_id=portfolio.portfolio_id, product_id=product.product_id)
    return key, association


def constrain_tag_updates(portfolio: Any, product: Any, options: Any) -> None:
    key, association = associate_product_with_portfolio(portfolio, product, options)
    cid = f"ResourceUpdateConstraint{key}"
    if portfolio.node.try_find_child(cid) is not None:
        raise ValidationError(
            f"Cannot have multiple tag update constraints for association {_pretty(portfolio, product)}", portfolio)
    CfnResourceUpdateConstraint(
        portfolio, cid, accept_language=_language(options), description=options.description,
        portfolio_id=portfolio.portfolio_id, product_id=product.product_id,
        tag_update_on_provisioned_product="NOT_ALLOWED" if options.allow is False else "ALLOWED",
    ).add_resource_dependency(association)


def notify_on_stack_events(portfolio: Any, product: Any, topic: Any, options: Any) -> None:
    key, association = associate_product_with_portfolio(portfolio, product, options)
    cid = f"LaunchNotificationConstraint{hash_values(topic.node.addr, Stack.of(topic).node.addr, key)}"
    if portfolio.node.try_find_child(cid) is not None:
        raise ValidationError(
            f"Topic {topic.node.path} is already subscribed to association {_pretty(portfolio, product)}", portfolio)
    CfnLaunchNotificationConstraint(
        portfolio, cid, accept_language=_language(options), description=options.description,
        portfolio_id=portfolio.portfolio_id, product_id=product.product_id, notification_arns=[topic.topic_arn],
    ).add_resource_dependency(association)


def constrain_cloud_formation_parameters(portfolio: Any, product: Any, options: Any) -> None:
    key, association = associate_product_with_portfolio(portfolio, product, options)
    cid = f"LaunchTemplateConstraint{hash_values(key, options.rule.rule_name)}"
    if portfolio.node.try_find_child(cid) is not None:
        raise ValidationError(
            f"Provisioning rule {options.rule.rule_name} already configured on association "
            f"{_pretty(portfolio, product)}", portfolio)
    CfnLaunchTemplateConstraint(
        portfolio, cid, accept_language=_language(options), description=options.description,
        portfolio_id=portfolio.portfolio_id, product_id=product.product_id,
        rules=_format_rule(Stack.of(portfolio), options.rule),
    ).add_resource_dependency(association)


def set_launch_role(portfolio: Any, product: Any, role_arn: str | None, local_role_name: str | None,
                    options: Any) -> None:
    key, association = associate_product_with_portfolio(portfolio, product, options)
    if portfolio.node.try_find_child(f"StackSetConstraint{key}") is not None:
        raise ValidationError(
            f"Cannot set launch role when a StackSet rule is already defined for association "
            f"{_pretty(portfolio, product)}", portfolio)
    cid = f"LaunchRoleConstraint{key}"
    if portfolio.node.try_find_child(cid) is not None:
        raise ValidationError(f"Cannot set multiple launch roles for association {_pretty(portfolio, product)}",
                              portfolio)
    CfnLaunchRoleConstraint(
        portfolio, cid, accept_language=_language(options), description=options.description,
        portfolio_id=portfolio.portfolio_id, product_id=product.product_id, role_arn=role_arn,
        local_role_name=local_role_name,
    ).add_resource_dependency(association)


def deploy_with_stack_sets(portfolio: Any, product: Any, options: Any) -> None:
    key, association = associate_product_with_portfolio(portfolio, product, options)
    if portfolio.node.try_find_child(f"LaunchRoleConstraint{key}") is not None:
        raise ValidationError(
            f"Cannot configure StackSet deployment when a launch role is already defined for association "
            f"{_pretty(portfolio, product)}", portfolio)
    cid = f"StackSetConstraint{key}"
    if portfolio.node.try_find_child(cid) is not None:
        raise ValidationError(
            f"Cannot configure multiple StackSet deployment constraints for association {_pretty(portfolio, product)}",
            portfolio)
    CfnStackSetConstraint(
        portfolio, cid, accept_language=_language(options),
        description=options.description if options.description is not None else "",
        portfolio_id=portfolio.portfolio_id, product_id=product.product_id, account_list=list(options.accounts),
        region_list=list(options.regions), admin_role=options.admin_role.role_arn,
        execution_role=options.execution_role_name,
        stack_instance_control="ALLOWED" if options.allow_stack_set_instance_operations else "NOT_ALLOWED",
    ).add_resource_dependency(association)


def associate_tag_options(resource: Any, resource_id: str, tag_options: TagOptions) -> None:
    for option in tag_options._cfn_tag_options:
        cid = f"TagOptionAssociation{hash_values(option.key, option.value, resource.node.addr)}"
        if resource.node.try_find_child(cid) is None:
            CfnTagOptionAssociation(resource, cid, resource_id=resource_id, tag_option_id=option.ref)


def _format_rule(stack: Stack, rule: TemplateRule) -> str:
    assertions = []
    for a in rule.assertions:
        entry: dict[str, Any] = {"Assert": stack.resolve(a.assert_)}
        if a.description is not None:
            entry["AssertDescription"] = a.description
        assertions.append(entry)
    body: dict[str, Any] = {"Assertions": assertions}
    if rule.condition is not None:
        body["RuleCondition"] = stack.resolve(rule.condition)
    return json.dumps({rule.rule_name: body}, separators=(",", ":"), ensure_ascii=False)
