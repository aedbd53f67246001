"""Port of aws-cdk's integ.restapi-import.lit.ts: a RestApi's resources, methods and deployment split across
nested stacks through imports by id and by attributes."""

from aws_cdk import App, CfnOutput, NestedStack, Stack
from aws_cdk.aws_apigateway import (
    Deployment,
    IntegrationResponse,
    MethodResponse,
    MockIntegration,
    PassthroughBehavior,
    RestApi,
    Stage,
)


class RootStack(Stack):
    def __init__(self, scope):
        super().__init__(scope, "integ-restapi-import-RootStack")

        rest_api = RestApi(self, "RestApi", cloud_watch_role=True, deploy=False)
        rest_api.root.add_method("ANY")

        pets_stack = PetsStack(self, rest_api_id=rest_api.rest_api_id, root_resource_id=rest_api.rest_api_root_resource_id)
        books_stack = BooksStack(
            self, rest_api_id=rest_api.rest_api_id, root_resource_id=rest_api.rest_api_root_resource_id
        )
        DeployStack(self, rest_api_id=rest_api.rest_api_id, methods=pets_stack.methods + books_stack.methods)

        CfnOutput(
            self, "PetsURL", value=f"https://{rest_api.rest_api_id}.execute-api.{self.region}.amazonaws.com/prod/pets"
        )
        CfnOutput(
            self, "BooksURL", value=f"https://{rest_api.rest_api_id}.execute-api.{self.region}.amazonaws.com/prod/books"
        )


def mock():
    return MockIntegration(
        integration_responses=[IntegrationResponse(status_code="200")],
        passthrough_behavior=PassthroughBehavior.NEVER,
        request_templates={"application/json": '{ "statusCode": 200 }'},
    )


class PetsStack(NestedStack):
    def __init__(self, scope, *, rest_api_id, root_resource_id):
        super().__init__(scope, "integ-restapi-import-PetsStack")
        self.methods = []
        api = RestApi.from_rest_api_attributes(self, "RestApi", rest_api_id=rest_api_id, root_resource_id=root_resource_id)
        method = api.root.add_resource("pets").add_method(
            "GET", mock(), method_responses=[MethodResponse(status_code="200")]
        )
        self.methods.append(method)


class BooksStack(NestedStack):
    def __init__(self, scope, *, rest_api_id, root_resource_id):
        super().__init__(scope, "integ-restapi-import-BooksStack")
        self.methods = []
        api = RestApi.from_rest_api_attributes(self, "RestApi", rest_api_id=rest_api_id, root_resource_id=root_resource_id)
        method = api.root.add_resource("books").add_method(
            "GET", mock(), method_responses=[MethodResponse(status_code="200")]
        )
        self.methods.append(method)


class DeployStack(NestedStack):
    def __init__(self, scope, *, rest_api_id, methods=None):
        super().__init__(scope, "integ-restapi-import-DeployStack")
        deployment = Deployment(self, "Deployment", api=RestApi.from_rest_api_id(self, "RestApi", rest_api_id))
        if methods:
            for method in methods:
                deployment.node.add_dependency(method)
        Stage(self, "Stage", deployment=deployment)


app = App(context={"@aws-cdk/core:disableGitSource": True})
RootStack(app)
app.synth()
