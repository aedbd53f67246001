"""Portfolio and product features the integ tests leave out: users, local launch roles, share options, imported
portfolios and products, product tag options and support fields, a rule condition, message languages."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_servicecatalog as servicecatalog

app = cdk.App()
stack = cdk.Stack(app, "PortfolioFeatures", env=cdk.Environment(account="123456789012", region="us-east-1"))

portfolio = servicecatalog.Portfolio(stack, "Portfolio", display_name="Platform", provider_name="Platform Team",
                                     message_language=servicecatalog.MessageLanguage.JP)
user = iam.User(stack, "User")
portfolio.give_access_to_user(user)
portfolio.give_access_to_user(user)
portfolio.share_with_account("210987654321", share_tag_options=True, message_language=servicecatalog.MessageLanguage.ZH)

tag_options = servicecatalog.TagOptions(stack, "TagOptions", allowed_values_for_tags={"stage": ["dev", "prod", "dev"]})
product = servicecatalog.CloudFormationProduct(
    stack, "Product",
    product_name="Network",
    owner="Platform",
    description="A VPC",
    distributor="Platform Team",
    support_description="Ask the platform team",
    support_email="platform@example.com",
    support_url="https://example.com/support",
    message_language=servicecatalog.MessageLanguage.EN,
    replace_product_version_ids=True,
    product_versions=[servicecatalog.CloudFormationProductVersion(
        product_version_name="v1", description="first",
        cloud_formation_template=servicecatalog.CloudFormationTemplate.from_url("https://example.com/vpc.json"),
    )],
)
product.associate_tag_options(tag_options)
portfolio.add_product(product)
portfolio.add_product(product)
local_role = portfolio.set_local_launch_role_name(product, "LocalLaunch", description="local role")
portfolio.constrain_tag_updates(product, allow=False, description="no tag updates",
                                message_language=servicecatalog.MessageLanguage.EN)
portfolio.constrain_cloud_formation_parameters(product, rule=servicecatalog.TemplateRule(
    rule_name="ProdOnly",
    condition=cdk.Fn.condition_equals(cdk.Fn.ref("Environment"), "prod"),
    assertions=[servicecatalog.TemplateRuleAssertion(
        assert_=cdk.Fn.condition_contains(["m5.large"], cdk.Fn.ref("InstanceType")),
        description="prod uses m5.large"),
        servicecatalog.TemplateRuleAssertion(assert_=cdk.Fn.condition_not(cdk.Fn.condition_equals(cdk.Fn.ref("Size"), "0")))],
), description="prod rule")

other = servicecatalog.Portfolio(stack, "Other", display_name="Other", provider_name="Platform", tag_options=tag_options)
named_role = iam.Role(stack, "NamedLaunch", role_name="NamedLaunch",
                      assumed_by=iam.ServicePrincipal("servicecatalog.amazonaws.com"))
other.set_local_launch_role(product, named_role, message_language=servicecatalog.MessageLanguage.EN)

imported = servicecatalog.Portfolio.from_portfolio_arn(
    stack, "Imported", "arn:aws:catalog:us-east-1:123456789012:portfolio/port-abcdefghijklm")
imported_product = servicecatalog.Product.from_product_arn(
    stack, "ImportedProduct", "arn:aws:catalog:us-east-1:123456789012:product/prod-abcdefghijklm")
imported.add_product(imported_product)
imported.give_access_to_role(named_role)
imported_product.associate_tag_options(tag_options)
imported.associate_tag_options(tag_options)

cdk.CfnOutput(stack, "Ids", value=cdk.Fn.join(",", [
    portfolio.portfolio_arn, portfolio.portfolio_id, product.product_arn, product.product_id,
    imported.portfolio_id, imported_product.product_id, local_role.role_arn]))

app.synth()
