"""Port of aws-cdk's integ.opensearch.cognitodashboardsauth: Cognito authentication for Dashboards."""

import aws_cdk as cdk
from aws_cdk import aws_opensearchservice as opensearch
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "cdk-integ-opensearch-cognitodashboardsauth")

identity_pool = cognito.CfnIdentityPool(stack, "IdentityPool", allow_unauthenticated_identities=True)

user_pool = cognito.UserPool(stack, "UserPool", removal_policy=cdk.RemovalPolicy.DESTROY)
user_pool.add_domain(
    "UserPoolDomain",
    cognito_domain=cognito.CognitoDomainOptions(domain_prefix="integ-test-domain-prefix"),
)

role = iam.Role(
    stack,
    "Role",
    assumed_by=iam.ServicePrincipal("opensearchservice.amazonaws.com"),
    managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("AmazonOpenSearchServiceCognitoAccess")],
)

opensearch.Domain(
    stack,
    "Domain",
    removal_policy=cdk.RemovalPolicy.DESTROY,
    version=opensearch.EngineVersion.OPENSEARCH_1_0,
    cognito_dashboards_auth=opensearch.CognitoOptions(
        role=role, identity_pool_id=identity_pool.ref, user_pool_id=user_pool.user_pool_id,
    ),
    capacity=opensearch.CapacityConfig(multi_az_with_standby_enabled=False),
)

app.synth()
