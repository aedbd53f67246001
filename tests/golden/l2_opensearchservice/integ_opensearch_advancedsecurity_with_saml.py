"""Port of aws-cdk's integ.opensearch.advancedsecurity-with-saml: fine-grained access control with SAML."""

import aws_cdk as cdk
from aws_cdk import aws_opensearchservice as opensearch
from aws_cdk import aws_iam as iam
import os
import tempfile

app = cdk.App()
stack = cdk.Stack(app, "cdk-opensearch-advancedsecurity-with-saml")

user = iam.User(stack, "User")

# the original reads saml-metadata-document.xml next to the test: a stand-in document
workdir = tempfile.mkdtemp()
metadata_path = os.path.join(workdir, "saml-metadata-document.xml")
with open(metadata_path, "w") as f:
    f.write('<?xml version="1.0"?>\n<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" '
            'entityID="https://example.com/saml"></md:EntityDescriptor>\n')
metadata_document = iam.SamlMetadataDocument.from_file(metadata_path)

opensearch.Domain(
    stack,
    "Domain",
    removal_policy=cdk.RemovalPolicy.DESTROY,
    version=opensearch.EngineVersion.ELASTICSEARCH_7_1,
    fine_grained_access_control=opensearch.AdvancedSecurityOptions(
        master_user_arn=user.user_arn,
        saml_authentication_enabled=True,
        saml_authentication_options=opensearch.SAMLOptionsProperty(
            idp_entity_id="entity-id",
            idp_metadata_content=metadata_document.xml,
            master_backend_role="backend-role",
            master_user_name="master-username",
        ),
    ),
    encryption_at_rest=opensearch.EncryptionAtRestOptions(enabled=True),
    node_to_node_encryption=True,
    enforce_https=True,
    capacity=opensearch.CapacityConfig(multi_az_with_standby_enabled=False),
)

app.synth()
