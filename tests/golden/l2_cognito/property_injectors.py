"""Property injectors for UserPool, UserPoolClient and an identity provider (``PROPERTY_INJECTION_ID``)."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_cognito as cognito


@jsii.implements(cdk.IPropertyInjector)
class PoolDefaults:
    @property
    def construct_unique_id(self):
        return cognito.UserPool.PROPERTY_INJECTION_ID

    def inject(self, original_props, *, id, scope):
        return {
            "removalPolicy": cdk.RemovalPolicy.DESTROY,
            "deletionProtection": False,
            "featurePlan": cognito.FeaturePlan.ESSENTIALS,
            "selfSignUpEnabled": True,
            **original_props,
        }


@jsii.implements(cdk.IPropertyInjector)
class ClientDefaults:
    @property
    def construct_unique_id(self):
        return cognito.UserPoolClient.PROPERTY_INJECTION_ID

    def inject(self, original_props, *, id, scope):
        return {"preventUserExistenceErrors": True, "enableTokenRevocation": True, **original_props}


@jsii.implements(cdk.IPropertyInjector)
class GroupDefaults:
    @property
    def construct_unique_id(self):
        return cognito.UserPoolGroup.PROPERTY_INJECTION_ID

    def inject(self, original_props, *, id, scope):
        return {"description": f"group {id}", **original_props}


app = cdk.App(property_injectors=[PoolDefaults()])
stack = cdk.Stack(app, "Injected", property_injectors=[ClientDefaults(), GroupDefaults()])

pool = cognito.UserPool(stack, "Pool", user_pool_name="injected")
pool.add_client("Client")
pool.add_client("Legacy", prevent_user_existence_errors=False)
pool.add_group("Admins", group_name="admins")

app.synth()
