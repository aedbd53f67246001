"""``PolicyDocument``: a list of statements that renders to an IAM policy JSON when resolved."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Token, UnscopedValidationError
from constructs._construct import CONTEXT_KEYS

from ._policy_statement import PolicyStatement
from ._private.merge import _no_two_alike, merge_statements, size_options
from ._private.postprocess import PostProcessPolicyDocument

if TYPE_CHECKING:
    from constructs import IResolveContext

MINIMIZE_POLICIES_FLAG = "@aws-cdk/aws-iam:minimizePolicies"


class PolicyDocument:
    """An IAM policy document (a token: it resolves to ``{"Statement": [...], "Version": "2012-10-17"}``).

    Statements are rendered in insertion order; statements whose resolved JSON is identical to an earlier
    one are dropped. With ``minimize=True`` (or the ``@aws-cdk/aws-iam:minimizePolicies`` context flag)
    compatible statements are merged and actions, resources and principals sorted.

    Args:
        assign_sids: give statements without a Sid their index as Sid.
        minimize: merge statements (default: the feature flag, off when unset).
        statements: initial statements.
    """

    def __init__(
        self,
        *,
        assign_sids: bool | None = None,
        minimize: bool | None = None,
        statements: Sequence[PolicyStatement] | None = None,
    ) -> None:
        self._auto_assign_sids = bool(assign_sids)
        self._minimize = minimize
        self._statements: list[PolicyStatement] = []
        self.add_statements(*(statements or ()))

    @staticmethod
    def from_json(obj: Mapping[str, object]) -> PolicyDocument:
        """Build a document from its JSON form.

        Raises:
            UnscopedValidationError: ``Statement`` is not a list, or a statement is invalid.
        """
        statement = obj.get("Statement")
        if statement is None:
            statement = []
        if not isinstance(statement, list):
            raise UnscopedValidationError("Statement must be an array")
        doc = PolicyDocument()
        doc.add_statements(*(PolicyStatement.from_json(s) for s in statement))
        return doc

    @property
    def creation_stack(self) -> list[str]:
        return []

    @property
    def is_empty(self) -> bool:
        """True when the document has no statements."""
        return not self._statements

    @property
    def statement_count(self) -> int:
        """The number of statements."""
        return len(self._statements)

    def add_statements(self, *statement: PolicyStatement) -> None:
        """Append statements."""
        self._statements.extend(statement)

    def resolve(self, context: IResolveContext) -> Any:
        """Freeze the statements, merge them if minimizing, and render (post-processing de-duplicates)."""
        self._freeze_statements()
        merge = self._should_merge(context.scope)
        if merge:
            self._statements[:] = merge_statements(self._statements, scope=context.scope)[0]
        if self._auto_assign_sids or merge or len(self._statements) > 1:
            # post-processing leaves a document of one statement as it is unless it assigns Sids or sorts
            context.register_post_processor(PostProcessPolicyDocument(self._auto_assign_sids, merge))
        return self._render()

    def to_string(self) -> str:
        """A string token for the document."""
        return Token.as_string(self, display_hint="PolicyDocument")

    def __str__(self) -> str:
        return self.to_string()

    def to_json(self) -> Any:
        """The document JSON with tokens unresolved (``None`` when empty)."""
        return self._render()

    def validate_for_any_policy(self) -> list[str]:
        """Errors of every statement for any kind of policy."""
        return [e for s in self._statements for e in s.validate_for_any_policy()]

    def validate_for_resource_policy(self, *, skip_resource_validation: bool | None = None) -> list[str]:
        """Errors of every statement for a resource-based policy."""
        return [
            e
            for s in self._statements
            for e in s.validate_for_resource_policy(skip_resource_validation=skip_resource_validation)
        ]

    def validate_for_trust_policy(self) -> list[str]:
        """Errors of every statement for a trust policy."""
        return [e for s in self._statements for e in s.validate_for_trust_policy()]

    def validate_for_identity_policy(self) -> list[str]:
        """Errors of every statement for an identity-based policy."""
        return [e for s in self._statements for e in s.validate_for_identity_policy()]

    # -- internals used by Role ------------------------------------------------------------------------
    @property
    def _statement_list(self) -> list[PolicyStatement]:
        return self._statements

    def _render(self) -> Any:
        if not self._statements:
            return None
        return {"Statement": [s.to_statement_json() for s in self._statements], "Version": "2012-10-17"}

    def _should_merge(self, scope: Any) -> bool:
        if self._minimize is not None:
            return self._minimize
        if scope is None or MINIMIZE_POLICIES_FLAG not in CONTEXT_KEYS:  # never set on any node (see size_options)
            return False
        flag = scope.node.try_get_context(MINIMIZE_POLICIES_FLAG)
        return flag is True or flag == "true"

    def _freeze_statements(self) -> None:
        for s in self._statements:
            if type(s) is PolicyStatement:
                s._frozen = True  # what ``freeze`` does, without the call
            else:
                s.freeze()

    def _split_document(
        self, scope: Any, self_maximum_size: int, split_maximum_size: int
    ) -> list[tuple[PolicyDocument, list[PolicyStatement]]]:
        """Move statements that do not fit into new documents; returns each document with its original statements."""
        self._freeze_statements()
        options = size_options(scope)
        combinable = self._should_merge(scope)
        statements = self._statements
        if (
            not combinable
            and (len(statements) < 2 or _no_two_alike(statements))
            and sum([s._estimate_size(options, upper_bound=True) for s in statements]) < self_maximum_size
        ):  # (a list comprehension: a generator object per role costs more)
            # no two statements merge (what merge_statements would find) and everything fits: no statement moves
            return [(self, list(statements))]
        merged, origins = merge_statements(
            statements, scope=scope, limit_size=True, merge_if_combinable=combinable, options=options,
        )
        self._statements[:] = merged

        def originals(doc: PolicyDocument) -> list[PolicyStatement]:
            return [o for s in doc._statements for o in origins.get(id(s), [s])]

        if sum(s._estimate_size(options, upper_bound=True) for s in merged) < self_maximum_size:
            return [(self, originals(self))]  # everything fits: no statement moves
        sizes = {id(s): s._estimate_size(options) for s in self._statements}
        new_docs: list[PolicyDocument] = []
        doc_sizes: dict[int, int] = {}
        self_size = 0
        i = 0
        while i < len(self._statements):
            statement = self._statements[i]
            size = sizes[id(statement)]
            if self_size + size < self_maximum_size:
                self_size += size
                i += 1
                continue
            target = None
            for doc in new_docs:
                if doc_sizes.get(id(doc), 0) + size <= split_maximum_size:
                    target = doc
                    break
            if target is None:
                target = PolicyDocument(assign_sids=self._auto_assign_sids, minimize=self._minimize)
                new_docs.append(target)
            target.add_statements(statement)
            doc_sizes[id(target)] = doc_sizes.get(id(target), 0) + size
            del self._statements[i]
        return [(self, originals(self)), *((d, originals(d)) for d in new_docs)]
