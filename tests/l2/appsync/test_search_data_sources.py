"""OpenSearch and Elasticsearch data sources (pycdk has no OpenSearch L2 yet: any object with the ``IDomain``
members works). Expected properties are aws-cdk-lib 2.275's for ``Domain.from_domain_endpoint`` domains."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from constructs import Stack
from l2 import appsync, elasticsearch, iam, opensearchservice


def _domain(stack: Stack, service: Any, id: str, endpoint: str) -> Any:
    """An imported OpenSearch / Elasticsearch domain whose ``grant_read_write`` calls are recorded in ``granted``."""
    domain = service.Domain.from_domain_endpoint(stack, id, f"https://{endpoint}")
    domain.granted = []
    grant = domain.grant_read_write

    def recorded(identity: iam.IGrantable) -> iam.Grant:
        domain.granted.append(identity)
        return grant(identity)

    domain.grant_read_write = recorded
    return domain


def _data_sources(template: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {k: v["Properties"] for k, v in template["Resources"].items() if v["Type"] == "AWS::AppSync::DataSource"}


def test_search_data_sources_render_as_aws_cdk_lib_s(
    stack: Stack, tmp_path: Path, synth: Callable[[Stack], dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    schema = tmp_path / "s.graphql"
    schema.write_text("type Query { a: String }\n")
    api = appsync.GraphqlApi(stack, "Api", name="api", definition=appsync.Definition.from_file(str(schema)))
    domain = _domain(stack, opensearchservice, "Dom", "search-dom-abc.us-east-1.es.amazonaws.com")
    es_domain = _domain(stack, elasticsearch, "EsDom", "search-edom-abc.us-east-1.es.amazonaws.com")
    os_ds = api.add_open_search_data_source("Os", domain)
    es_ds = api.add_elasticsearch_data_source("Es", es_domain)
    events = appsync.EventApi(stack, "Ev", api_name="ev")
    ev_ds = events.add_open_search_data_source("EvOs", domain)
    assert domain.granted == [os_ds, ev_ds]
    assert es_domain.granted == [es_ds]

    sources = _data_sources(synth(stack))
    assert sources["ApiOs97EF6E8A"] == {
        "ApiId": {"Fn::GetAtt": ["ApiF70053CD", "ApiId"]},
        "Name": "Os",
        "OpenSearchServiceConfig": {
            "AwsRegion": {"Ref": "AWS::Region"}, "Endpoint": "https://search-dom-abc.us-east-1.es.amazonaws.com"
        },
        "ServiceRoleArn": {"Fn::GetAtt": ["ApiOsServiceRole03CE4029", "Arn"]},
        "Type": "AMAZON_OPENSEARCH_SERVICE",
    }
    assert sources["ApiEs6D4011F4"] == {
        "ApiId": {"Fn::GetAtt": ["ApiF70053CD", "ApiId"]},
        "ElasticsearchConfig": {
            "AwsRegion": {"Ref": "AWS::Region"}, "Endpoint": "https://search-edom-abc.us-east-1.es.amazonaws.com"
        },
        "Name": "Es",
        "ServiceRoleArn": {"Fn::GetAtt": ["ApiEsServiceRole884D7F20", "Arn"]},
        "Type": "AMAZON_ELASTICSEARCH",
    }
    assert sources["EvEvOsCA7AB762"] == {
        "ApiId": {"Fn::GetAtt": ["EvE65B58F1", "ApiId"]},
        "Name": "EvOs",
        "OpenSearchServiceConfig": {
            "AwsRegion": {"Ref": "AWS::Region"}, "Endpoint": "https://search-dom-abc.us-east-1.es.amazonaws.com"
        },
        "ServiceRoleArn": {"Fn::GetAtt": ["EvEvOsServiceRole5E80E55D", "Arn"]},
        "Type": "AMAZON_OPENSEARCH_SERVICE",
    }


def test_elasticsearch_reports_jsii_s_deprecations(
    stack: Stack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    schema = tmp_path / "s.graphql"
    schema.write_text("type Query { a: String }\n")
    api = appsync.GraphqlApi(stack, "Api", name="api", definition=appsync.Definition.from_file(str(schema)))
    monkeypatch.setenv("JSII_DEPRECATED", "fail")
    with pytest.raises(Exception, match="GraphqlApiBase#addElasticsearchDataSource is deprecated"):
        api.add_elasticsearch_data_source("Es", _domain(stack, elasticsearch, "EsDom", "e.example.com"))
    with pytest.raises(Exception, match="GraphqlApiProps#schema is deprecated"):
        appsync.GraphqlApi(stack, "Old", name="old", schema=appsync.SchemaFile.from_asset(str(schema)))
