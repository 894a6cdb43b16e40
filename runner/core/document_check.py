"""Reading a state document that came from elsewhere (a broker, an integrator's publisher): one
function decides whether it has the contract's shape, and says in one line why not.

Every reader of other machines' documents goes through `read_state_document` (the `serve --from`
relays, the organiser's overview): a document that does not fit is dropped whole, never half used,
so no reader ever meets a `"speaker": ["x"]` or a running clock without `remaining_ms`. Keys the
contract does not name are let through as they are (the contract says "at least"; integrators and
later rounds add keys); the ones it names must have its types, as the typed model
(runner.core.document_model) declares them: the check reads the model, so the writer, the readers
and the published schema cannot disagree.
"""

from __future__ import annotations

import json
from typing import Any, cast

from runner.core.document_model import STATE_FIELDS, StateDocument

# A real document is 1-3 KB (a floor of 193 delegations: ~10 KB); bigger is not one of ours, and is
# refused before it is parsed, so a 10 MB message costs a length check and not a parse and a relay.
MAX_DOCUMENT_BYTES = 64 * 1024


class DocumentRefused(ValueError):
    """A message that is not a state document of the contract's shape; `str()` says why in one line."""


def read_state_document(payload: bytes) -> StateDocument:
    """The document in `payload`, checked; raises DocumentRefused with the reason."""
    if len(payload) > MAX_DOCUMENT_BYTES:
        raise DocumentRefused(f"{len(payload):,} bytes, more than the {MAX_DOCUMENT_BYTES:,} a state document may be")
    try:
        data = json.loads(payload, parse_constant=_no_constant)
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
        raise DocumentRefused(f"not JSON ({type(exc).__name__})") from None
    check_state_document(data)
    return cast(StateDocument, data)  # checked just above


def check_state_document(data: Any) -> None:
    """Raise DocumentRefused unless `data` has the contract's state document's shape (the model's)."""
    if not isinstance(data, dict):
        raise DocumentRefused("not a JSON object")
    for field in STATE_FIELDS:
        if field.name not in data:
            if field.required:
                raise DocumentRefused(f"no '{field.name}'")
        elif not field.kind.check(data[field.name]):
            raise DocumentRefused(f"'{field.name}' is not {field.kind.said}")
    if data["status"] in ("running", "paused") and data["remaining_ms"] is None:
        raise DocumentRefused(f"'remaining_ms' is null while {data['status']}")


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")
