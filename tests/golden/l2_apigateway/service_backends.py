"""Backends whose service has no pycdk L2 yet, on interface-shaped objects: Step Functions (the integration and
``StepFunctionsRestApi`` on an EXPRESS ``CfnStateMachine``), a Cognito authorizer, SageMaker, and a VPC link to a
Network Load Balancer."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_sagemaker as sagemaker
from aws_cdk import aws_stepfunctions as sfn


@jsii.implements(sfn.IStateMachine)
class ExpressMachine(cdk.Resource):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        role = iam.Role(self, "Role", assumed_by=iam.ServicePrincipal("states.amazonaws.com"))
        self._cfn = sfn.CfnStateMachine(
            self,
            "Resource",
            role_arn=role.role_arn,
            state_machine_type="EXPRESS",
            definition_string='{"StartAt":"Pass","States":{"Pass":{"Type":"Pass","End":true}}}',
        )

    @property
    def state_machine_arn(self):
        return self._cfn.ref

    def grant_start_sync_execution(self, identity):
        return iam.Grant.add_to_principal(
            grantee=identity, actions=["states:StartSyncExecution"], resource_arns=[self._cfn.ref]
        )


@jsii.implements(sfn.IStateMachine)
class ImportedMachine(cdk.Resource):
    def __init__(self, scope, id, arn):
        super().__init__(scope, id)
        self._arn = arn

    @property
    def state_machine_arn(self):
        return self._arn

    def grant_start_sync_execution(self, identity):
        return iam.Grant.add_to_principal(
            grantee=identity, actions=["states:StartSyncExecution"], resource_arns=[self._arn]
        )


@jsii.implements(cognito.IUserPool)
class UserPoolLike(cdk.Resource):
    def __init__(self, scope, id, arn):
        super().__init__(scope, id)
        self._arn = arn

    @property
    def user_pool_arn(self):
        return self._arn


@jsii.implements(sagemaker.IEndpoint)
class EndpointLike(cdk.Resource):
    def __init__(self, scope, id, name):
        super().__init__(scope, id)
        self._name = name

    @property
    def endpoint_name(self):
        return self._name

    def grant_invoke(self, grantee):
        return iam.Grant.add_to_principal(
            grantee=grantee,
            actions=["sagemaker:InvokeEndpoint"],
            resource_arns=[f"arn:aws:sagemaker:us-east-1:123456789012:endpoint/{self._name}"],
        )


@jsii.implements(elbv2.INetworkLoadBalancer)
class NlbLike(cdk.Resource):
    def __init__(self, scope, id, name):
        super().__init__(scope, id)
        self._name = name

    @property
    def load_balancer_arn(self):
        return f"arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/{self._name}/abc"

    @property
    def load_balancer_dns_name(self):
        return f"{self._name}.elb.us-east-1.amazonaws.com"


app = cdk.App()
stack = cdk.Stack(app, "ServiceBackends")

# StepFunctionsRestApi: every option of the request template
machine = ExpressMachine(stack, "Machine")
apigateway.StepFunctionsRestApi(
    stack,
    "SfnApi",
    state_machine=machine,
    headers=True,
    authorizer=True,
    path=False,
    request_context=apigateway.RequestContext(account_id=True, caller=True, user_arn=True, resource_path=True),
    deploy_options=apigateway.StageOptions(stage_name="beta"),
)

# StepFunctionsIntegration on an imported machine, with a given role and without default method responses
api = apigateway.RestApi(stack, "Api", cloud_watch_role=False)
imported = ImportedMachine(stack, "Imported", "arn:aws:states:us-east-1:123456789012:stateMachine:Imported")
api.root.add_resource("start").add_method(
    "POST", apigateway.StepFunctionsIntegration.start_execution(imported, querystring=False)
)
role = iam.Role(stack, "SfnRole", assumed_by=iam.ServicePrincipal("apigateway.amazonaws.com"))
api.root.add_resource("quiet").add_method(
    "POST",
    apigateway.StepFunctionsIntegration.start_execution(
        imported,
        credentials_role=role,
        use_default_method_responses=False,
        request_context=apigateway.RequestContext(),
        timeout=cdk.Duration.seconds(10),
    ),
)

# Cognito authorizer
pools = [
    UserPoolLike(stack, "PoolA", "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_A"),
    UserPoolLike(stack, "PoolB", "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_B"),
]
cognito_auth = apigateway.CognitoUserPoolsAuthorizer(
    stack, "Cognito", cognito_user_pools=pools, results_cache_ttl=cdk.Duration.minutes(2)
)
api.root.add_resource("secure").add_method("GET", authorizer=cognito_auth, authorization_scopes=["read"])
named_auth = apigateway.CognitoUserPoolsAuthorizer(
    stack,
    "CognitoNamed",
    cognito_user_pools=[pools[0]],
    authorizer_name="named",
    identity_source=apigateway.IdentitySource.header("X-Token"),
)
api.root.add_resource("named").add_method("GET", authorizer=named_auth)
cdk.CfnOutput(stack, "CognitoArn", value=cognito_auth.authorizer_arn)

# SageMaker
endpoint = EndpointLike(stack, "Endpoint", "my-endpoint")
api.root.add_resource("predict").add_method("POST", apigateway.SagemakerIntegration(endpoint))
api.root.add_resource("predict2").add_method(
    "POST",
    apigateway.SagemakerIntegration(
        endpoint,
        credentials_role=role,
        integration_responses=[apigateway.IntegrationResponse(status_code="200", selection_pattern="2\\d{2}")],
    ),
)

# VPC link: targets given and added, an integration through it, an imported link
link = apigateway.VpcLink(stack, "Link", targets=[NlbLike(stack, "NlbA", "a")], description="to the NLB")
link.add_targets(NlbLike(stack, "NlbB", "b"))
single = apigateway.VpcLink(stack, "Single", vpc_link_name="single")
single.add_targets(NlbLike(stack, "NlbC", "c"))
api.root.add_resource("private").add_method(
    "GET",
    apigateway.Integration(
        type=apigateway.IntegrationType.HTTP_PROXY,
        integration_http_method="GET",
        options=apigateway.IntegrationOptions(connection_type=apigateway.ConnectionType.VPC_LINK, vpc_link=single),
    ),
)
imported_link = apigateway.VpcLink.from_vpc_link_id(stack, "ImportedLink", "vl-123")
api.root.add_resource("private2").add_method(
    "GET",
    apigateway.HttpIntegration(
        "http://internal.example.com", options=apigateway.IntegrationOptions(vpc_link=imported_link)
    ),
)
cdk.CfnOutput(stack, "LinkId", value=link.vpc_link_id)
cdk.CfnOutput(stack, "LinkRef", value=link.vpc_link_ref.vpc_link_id)
app.synth()
