"""Port of aws-cdk's integ.portfolio.ts: portfolio access, tag options, shares, product constraints."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_servicecatalog as servicecatalog
from aws_cdk import aws_sns as sns

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "integ-servicecatalog-portfolio")

role = iam.Role(stack, "TestRole", assumed_by=iam.AccountRootPrincipal())
group = iam.Group(stack, "TestGroup")

portfolio = servicecatalog.Portfolio(
    stack, "TestPortfolio",
    display_name="TestPortfolio",
    provider_name="TestProvider",
    description="This is our Service Catalog Portfolio",
    message_language=servicecatalog.MessageLanguage.EN,
)
portfolio.give_access_to_role(role)
portfolio.give_access_to_group(group)

tag_options = servicecatalog.TagOptions(stack, "TagOptions", allowed_values_for_tags={
    "key1": ["value1", "value2"],
    "key2": ["value1"],
})
portfolio.associate_tag_options(tag_options)
portfolio.share_with_account("123456789012")

product = servicecatalog.CloudFormationProduct(
    stack, "TestProduct",
    product_name="testProduct",
    owner="testOwner",
    product_versions=[
        servicecatalog.CloudFormationProductVersion(
            validate_template=False,
            cloud_formation_template=servicecatalog.CloudFormationTemplate.from_url(
                "https://awsdocs.s3.amazonaws.com/servicecatalog/development-environment.template"),
        ),
    ],
    tag_options=tag_options,
)
portfolio.add_product(product)
portfolio.constrain_tag_updates(product)

topic = sns.Topic(stack, "Topic1")
special_topic = sns.Topic(stack, "specialTopic")
portfolio.notify_on_stack_events(product, topic)
portfolio.notify_on_stack_events(product, special_topic, description="special topic description",
                                 message_language=servicecatalog.MessageLanguage.EN)

launch_role = iam.Role(stack, "LaunchRole", assumed_by=iam.ServicePrincipal("servicecatalog.amazonaws.com"))
portfolio.set_launch_role(product, launch_role)

second_portfolio = servicecatalog.Portfolio(stack, "SecondTestPortfolio", display_name="SecondTestPortfolio",
                                            provider_name="TestProvider")
admin_role = iam.Role(stack, "AdminRole", assumed_by=iam.AccountRootPrincipal())
second_portfolio.deploy_with_stack_sets(
    product,
    accounts=["000000000000", "111111111111", "222222222222"],
    regions=["us-east-1", "us-west-2", "eu-west-1"],
    admin_role=admin_role,
    execution_role_name="StackSetExecutionRole",
    allow_stack_set_instance_operations=True,
)

portfolio.constrain_cloud_formation_parameters(product, rule=servicecatalog.TemplateRule(
    rule_name="SubnetsinVPC",
    assertions=[servicecatalog.TemplateRuleAssertion(
        assert_=cdk.Fn.condition_each_member_in(
            cdk.Fn.value_of_all("AWs::EC2::Subnet::Id", "VpcId"), cdk.Fn.ref_all("AWS::EC2::VPC::Id")),
        description="test description",
    )],
))

app.synth()
