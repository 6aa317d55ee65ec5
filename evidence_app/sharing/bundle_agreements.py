"""Agreement records in library bundles: an organisation publishes corrections to the
agreements' terms, other libraries take them in.

A bundle carries `agreements.json` ({"agreements": [record, ...]}, the shipped files' shape)
only when the library holds records that differ from the shipped ones (edited by the user or
taken from a bundle), so other bundles stay readable by earlier versions. On reading, every
record is validated like a shipped file (agreement_data.parse_agreement) or the bundle is
refused. On merging, a record with a later as-of date replaces a shipped or bundle record,
never one the user edited (reported as held); the report says what changed. Agreement records
are public facts: no case data goes near them.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..agreements.data import AgreementInvalid, agreement_to_dict, parse_agreement, record_json
from ..agreements.data import shipped_agreement as _shipped
from ..errors import BundleRejected
from ..model.agreements import Agreement
from ..model.sharing import AgreementChange

if TYPE_CHECKING:
    from ..store import Store
    from .bundle import VerifiedBundle

AGREEMENTS = "agreements.json"
MAX_AGREEMENTS = 500


# ---------------------------------------------------------------- export
def agreements_to_export(store: Store) -> list[Agreement]:
    """The records that differ from the ones shipped with the app."""
    out = []
    for agreement in store.agreements.list_agreements():
        shipped = _shipped(agreement.id)
        if shipped is None or record_json(shipped) != record_json(agreement):
            out.append(agreement)
    return out


def agreements_member(records: list[Agreement]) -> bytes:
    data = {"agreements": [agreement_to_dict(a) for a in records]}
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


# ---------------------------------------------------------------- reading
def read_agreements(bundle: VerifiedBundle) -> list[Agreement]:
    """The bundle's agreement records, validated; BundleRejected("invalid") otherwise."""
    path = bundle.file(AGREEMENTS)
    if not path.exists():
        return []
    try:
        data: Any = json.loads(path.read_bytes().decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BundleRejected(str(bundle.path), "invalid", f"{AGREEMENTS}: {exc}") from None
    records = data.get("agreements") if isinstance(data, dict) else None
    if not isinstance(records, list):
        raise BundleRejected(str(bundle.path), "invalid", f"{AGREEMENTS}: no agreements list")
    if len(records) > MAX_AGREEMENTS:
        raise BundleRejected(str(bundle.path), "too_large",
                             f"{AGREEMENTS}: {len(records)} records (limit {MAX_AGREEMENTS})")
    out: list[Agreement] = []
    for i, raw in enumerate(records):
        try:
            out.append(parse_agreement(raw, f"{AGREEMENTS} record {i + 1}"))
        except AgreementInvalid as exc:
            raise BundleRejected(str(bundle.path), "invalid", str(exc)) from None
    ids = [a.id for a in out]
    if len(set(ids)) != len(ids):
        raise BundleRejected(str(bundle.path), "invalid", f"{AGREEMENTS}: an id appears twice")
    return out


# ---------------------------------------------------------------- merging
def merge_agreements(store: Store, records: list[Agreement],
                     countries: set[str]) -> list[AgreementChange]:
    """Inside the merge's transaction."""
    changes = []
    local = {a.id: a for a in store.agreements.list_agreements()}
    for record in records:
        mine = local.get(record.id)
        if record.country not in countries:
            changes.append(AgreementChange(record.id, "skipped", bundle_as_of=record.status.as_of))
            continue
        if mine is None:
            store.agreements.put_agreement(record, "bundle", False)
            changes.append(AgreementChange(record.id, "added", bundle_as_of=record.status.as_of))
            continue
        if record_json(mine) == record_json(record):
            continue
        newer = record.status.as_of > mine.status.as_of
        what = "kept" if not newer else "held" if mine.user_edited else "updated"
        if what == "updated":
            store.agreements.put_agreement(record, "bundle", False)
        changes.append(AgreementChange(record.id, what, mine.status.as_of, record.status.as_of,
                                       record if what == "held" else None))
    return changes
