"""A contract type import-linter lacks: forbid a submodule of an external package.

import-linter sees an external package as one node (`PySide6`), so it cannot forbid
`PySide6.QtWidgets` while allowing `PySide6.QtGui` (the PDF writer draws with QtGui alone). This
contract reads the import lines grimp keeps for each edge to the package and refuses any that
names a forbidden submodule. Registered in pyproject.toml's `contract_types`.
"""

from __future__ import annotations

from grimp import ImportGraph
from importlinter.application import output
from importlinter.domain import fields
from importlinter.domain.contract import Contract, ContractCheck


class ForbiddenSubmodulesContract(Contract):
    """`source_modules` (and their submodules) never import any of `forbidden_submodules`."""

    type_name = "forbidden_submodules"
    source_modules = fields.ListField(subfield=fields.StringField())
    forbidden_submodules = fields.ListField(subfield=fields.StringField())

    def check(self, graph: ImportGraph, verbose: bool) -> ContractCheck:
        broken = []
        for wanted in self.forbidden_submodules:  # type: ignore[attr-defined]
            package = wanted.split(".")[0]
            for source in self.source_modules:  # type: ignore[attr-defined]
                importers = {source} | graph.find_descendants(source)
                for importer in sorted(importers):
                    details = graph.get_import_details(importer=importer, imported=package)
                    hits = [d for d in details if wanted in d["line_contents"]]
                    broken += [f"{importer}:{d['line_number']}: {d['line_contents']}" for d in hits]
        return ContractCheck(kept=not broken, metadata={"broken": broken})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for line in check.metadata["broken"]:
            output.print_error(line)
