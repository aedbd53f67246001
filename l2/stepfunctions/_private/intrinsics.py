"""A parser of Step Functions intrinsic function calls (``States.Format('{}', $.x)``), to find the paths they use."""

from __future__ import annotations

import json
from typing import Any

from constructs import UnscopedValidationError


def _is_alnum(c: str) -> bool:
    return len(c) == 1 and c.isascii() and c.isalnum()


class IntrinsicParser:
    """Parse one expression: a path (``$.a.b``) or a function call whose arguments are paths, calls or strings."""

    def __init__(self, expression: str) -> None:
        self.expression = expression
        self.i = 0

    def parse_top_level_intrinsic(self) -> dict[str, Any]:
        """The parsed expression; raises if it is neither a path nor a call, or has trailing characters."""
        self._ws()
        if self._char() == "$":
            ret = self._parse_path()
        elif _is_alnum(self._char()):
            ret = self._parse_fn_call()
        else:
            self._raise("expected '$' or a function call")
        self._ws()
        if not self._eof:
            self._raise("unexpected trailing characters")
        return ret

    def _parse_intrinsic(self) -> dict[str, Any]:
        self._ws()
        if self._char() == "$":
            return self._parse_path()
        if _is_alnum(self._char()):
            return self._parse_fn_call()
        if self._char() == "'":
            return {"type": "string-literal", "literal": self._consume_quoted()[1]}
        return self._raise("expected $, function or single-quoted string")

    def _parse_path(self) -> dict[str, Any]:
        out = [self._consume()]
        while not self._eof:
            c = self._char()
            if c in ".$":
                out.append(self._consume())
            elif c == "'":
                out.append(self._consume_quoted()[0])
            elif c == "[":
                out.append(self._consume_bracketed("]"))
            elif _is_alnum(c):
                out.append(self._consume())
            else:
                break
        return {"type": "path", "path": "".join(out)}

    def _parse_fn_call(self) -> dict[str, Any]:
        name: list[str] = []
        while self._char() != "(":
            name.append(self._consume())
        self.i += 1
        self._ws()
        args: list[dict[str, Any]] = []
        while self._char() != ")":
            args.append(self._parse_intrinsic())
            self._ws()
            if self._char() == ",":
                self.i += 1
                continue
            if self._char() == ")":
                continue
            self._raise("expected , or )")
        self.i += 1
        return {"type": "fncall", "arguments": args, "functionName": "".join(name)}

    def _consume_bracketed(self, closing: str) -> str:
        out = [self._consume()]
        while self._char() != closing:
            c = self._char()
            if c == "[":
                out.append(self._consume_bracketed("]"))
            elif c == "{":
                out.append(self._consume_bracketed("}"))
            else:
                out.append(self._consume())
        out.append(self._consume())
        return "".join(out)

    def _consume_quoted(self) -> tuple[str, str]:
        quoted = [self._consume()]
        unquoted: list[str] = []
        while self._char() != "'":
            if self._char() == "\\":
                quoted.append(self._consume())
            quoted.append(self._char())
            unquoted.append(self._char())
            self.i += 1
        quoted.append(self._consume())
        return "".join(quoted), "".join(unquoted)

    def _ws(self) -> None:
        while not self._eof and self._char() in (" ", "\t", "\n"):
            self.i += 1

    @property
    def _eof(self) -> bool:
        return self.i >= len(self.expression)

    def _char(self) -> str:
        if self._eof:
            self._raise("unexpected end of string")
        return self.expression[self.i]

    def _consume(self) -> str:
        c = self._char()
        self.i += 1
        return c

    def _raise(self, message: str) -> Any:
        raise UnscopedValidationError(
            f"Invalid JSONPath expression: {message} at index {self.i} in {json.dumps(self.expression)}"
        )
