"""Grant factories: principal only, principal-or-resource, principal-and-resource, depends on, combine."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_iam as iam


@jsii.implements(iam.IResourceWithPolicy)
class Thing(cdk.Resource):
    """A resource with a resource policy rendered by a raw L1."""

    def __init__(self, scope, id):
        super().__init__(scope, id)
        self.document = iam.PolicyDocument()
        self.res = cdk.CfnResource(self, "Resource", type="AWS::SQS::Queue")
        cdk.CfnResource(self, "Policy", type="AWS::SQS::QueuePolicy",
                        properties={"PolicyDocument": self.document, "Queues": [self.res.ref]})

    @property
    def arn(self):
        return self.res.get_att("Arn").to_string()

    def add_to_resource_policy(self, statement):
        self.document.add_statements(statement)
        return iam.AddToResourcePolicyResult(statement_added=True, policy_dependable=self.node.find_child("Policy"))


app = cdk.App()
stack = cdk.Stack(app, "Grants")
thing = Thing(stack, "Thing")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
g1 = iam.Grant.add_to_principal(grantee=role, actions=["sqs:SendMessage"], resource_arns=[thing.arn])
g2 = iam.Grant.add_to_principal_or_resource(grantee=role, actions=["sqs:ReceiveMessage"], resource_arns=[thing.arn],
                                            resource=thing)
g3 = iam.Grant.add_to_principal_or_resource(grantee=iam.ServicePrincipal("sns.amazonaws.com"),
                                            actions=["sqs:SendMessage"], resource_arns=[thing.arn], resource=thing)
g4 = iam.Grant.add_to_principal_and_resource(grantee=role, actions=["sqs:GetQueueAttributes"],
                                             resource_arns=[thing.arn], resource=thing)
g5 = iam.Grant.add_to_principal_or_resource(grantee=iam.AccountPrincipal("999999999999"), actions=["sqs:Purge*"],
                                            resource_arns=[thing.arn], resource=thing, resource_self_arns=["*"])
consumer = cdk.CfnResource(stack, "Consumer", type="AWS::SNS::Topic")
later = cdk.CfnResource(stack, "Later", type="AWS::SNS::Topic")
g1.apply_before(consumer)
g3.apply_before(later)
g2.combine(g4).apply_before(cdk.CfnResource(stack, "Combined", type="AWS::SNS::Topic"))
dropped = iam.Grant.drop(role, "nothing to do")
cdk.CfnOutput(stack, "Results", value=",".join(str(g.success) for g in (g1, g2, g3, g4, g5, dropped)))
app.synth()
