"""CORS: default_cors_preflight_options on the API (ALL_ORIGINS/ALL_METHODS) and add_cors_preflight variants."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway

app = cdk.App()
stack = cdk.Stack(app, "CorsApi")
api = apigateway.RestApi(stack, "Api", default_cors_preflight_options=apigateway.CorsOptions(
    allow_origins=apigateway.Cors.ALL_ORIGINS, allow_methods=apigateway.Cors.ALL_METHODS))
api.root.add_method("GET")
child = api.root.add_resource("child")
child.add_method("GET")
other = apigateway.RestApi(stack, "Other")
res = other.root.add_resource("multi")
res.add_cors_preflight(allow_origins=["https://a.example.com", "https://b.example.com", "https://c.example.com"],
                       allow_methods=["GET", "PUT"], allow_headers=["X-One", "X-Two"], allow_credentials=True,
                       expose_headers=["X-Exposed"], max_age=cdk.Duration.minutes(10), status_code=200)
res.add_method("GET")
single = other.root.add_resource("single")
single.add_cors_preflight(allow_origins=["https://only.example.com"], disable_cache=True,
                          allow_methods=["ANY"])
single.add_method("POST")
app.synth()
