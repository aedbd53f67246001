"""What the domains of ``l2.elasticsearch`` and ``l2.opensearchservice`` share.

aws-cdk-lib has two parallel modules for Amazon OpenSearch Service domains (``aws_elasticsearch``, deprecated, and
``aws_opensearchservice``), with distinct public classes that behave the same in most respects. The logic they share
lives here, parametrized by what differs (instance type suffixes, access-policy custom resource, version types);
each service package keeps its own public classes (their names, signatures, docstrings and defaults), built on
these: ``grants`` (``DomainGrants``), ``interfaces`` (the ``IDomain`` members), ``base`` (``DomainBase``: grants
and metrics), ``policies`` (the custom resources a domain uses) and ``domain`` (the ``Domain`` construct's shared
steps). Importing one service package loads none of the other's.
"""
