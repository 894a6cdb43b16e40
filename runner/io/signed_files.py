"""What is known of signed summaries without pyHanko: which files can be signed, where a detached
signature lies, whether a summary carries one; and `missing_pyhanko`, for the one line a user without
pyHanko gets from `runner.io.signing`'s callers."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from runner.core.i18n import tr

PASSPHRASE_VARIABLE = "SESSION_RUNNER_KEY_PASSPHRASE"
SIGNED_SUFFIXES = (".pdf", ".html", ".md")
DETACHED_SUFFIX = ".p7s"


class SigningError(Exception):
    """A key that cannot be used, or a signature that does not hold: the one line to print."""


@dataclass(frozen=True)
class SignatureCheck:
    """A signature that holds: who signed (the certificate's subject and SHA-256), and whether the
    certificate is the one given with --trust (None: none was given)."""

    signer: str
    fingerprint: str
    trusted: bool | None

    def describe(self) -> str:
        line = tr(
            "signed by {signer} (certificate SHA-256 {fingerprint})", signer=self.signer, fingerprint=self.fingerprint
        )
        if self.trusted is None:
            return line + ", " + tr("a certificate not checked against any given with --trust")
        return line + ", " + tr("the certificate given with --trust")


def detached_path(summary: Path) -> Path:
    return summary.with_name(summary.name + DETACHED_SUFFIX)


def is_signed(summary: Path, data: bytes) -> bool:
    """Whether the summary carries a signature to check (a PDF's own, or a .p7s beside it)."""
    if summary.suffix.lower() == ".pdf":
        return b"/ByteRange" in data
    return detached_path(summary).is_file()


def missing_pyhanko(exc: ModuleNotFoundError) -> SigningError:
    """The one line for an `import runner.io.signing` that failed for want of pyHanko; re-raises others."""
    if not exc.name or exc.name.split(".")[0] not in ("pyhanko", "pyhanko_certvalidator", "asn1crypto"):
        raise exc
    return SigningError(tr("signing needs pyHanko, which is not installed: pip install 'session-runner[sign]'"))
