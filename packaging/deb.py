"""The Debian package of a built app folder (packaging/build.py --deb), with dpkg-deb:

    /opt/session-runner/                      the app folder as PyInstaller left it
    /usr/bin/session-runner                   a link to it: the command on PATH
    /usr/share/applications/…desktop          the menu entry (and .yaml files open with it)
    /usr/share/icons/hicolor/…/session-runner the icon, as SVG and as 256-pixel PNG
    /usr/share/metainfo/…metainfo.xml         AppStream: what software centres show
    /usr/share/doc/session-runner/copyright   the licences

Installed with `apt install ./session-runner_VERSION_ARCH.deb`, which brings what it depends on:
the libraries that must come from the system because they match its graphics drivers and X
server (PyInstaller leaves libGL, libEGL and libxcb out of the folder on purpose)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LINUX = REPO / "packaging" / "linux"
APP_ID = "org.sessionrunner.SessionRunner"
# libc: the folder's Python and Qt were built against Debian 12's glibc 2.36 (the build machine's).
DEPENDS = "libc6 (>= 2.36), libgl1, libegl1, libxcb1"
DESCRIPTION = """\
Run the clock of virtual events
 Session Runner runs the clock for virtual events: conferences, UN-style
 dialogues, panels and fireside chats. It reads the programme from a YAML
 agenda, shows the host and the chair what is on now, how long it has left
 and who speaks next, raises alerts, and keeps a timing log from which it
 writes the chair's summary. In Arabic, Chinese, English, French, Russian and
 Spanish.
 .
 This package carries its own Python and Qt under /opt/session-runner."""


def architecture() -> str:
    done = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def copyright_text() -> str:
    fonts = sorted((REPO / "build" / "package" / "fonts").glob("*.copyright"))
    parts = [
        "Session Runner: MIT licence (see the project's README).",
        "Bundled: CPython (PSF licence), Qt 6 and PySide6 (LGPLv3), and the Python libraries in",
        "/opt/session-runner/_internal, each under its own licence (their *.dist-info folders).",
        "",
    ]
    for path in fonts:
        parts += [f"--- {path.stem} ---", path.read_text(encoding="utf-8", errors="replace"), ""]
    return "\n".join(parts)


def build_deb(app: Path, dist: Path, version: str, app_size: int) -> Path:
    """dist/session-runner_VERSION_ARCH.deb from the app folder `app`."""
    from icon import render_png  # packaging/icon.py: build.py runs with packaging/ on the path

    if shutil.which("dpkg-deb") is None:
        raise SystemExit("build: --deb needs dpkg-deb (Debian or Ubuntu)")
    arch = architecture()
    root = REPO / "build" / "package" / "deb"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(app, root / "opt" / "session-runner", symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "session-runner").symlink_to("/opt/session-runner/session-runner")
    share = root / "usr" / "share"
    for source, target in (
        (LINUX / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop"),
        (LINUX / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml"),
        (LINUX / "session-runner.svg", share / "icons" / "hicolor" / "scalable" / "apps" / "session-runner.svg"),
    ):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    render_png(LINUX / "session-runner.svg", share / "icons" / "hicolor" / "256x256" / "apps" / "session-runner.png")
    doc = share / "doc" / "session-runner"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(copyright_text(), encoding="utf-8")
    control = root / "DEBIAN"
    control.mkdir()
    installed_kb = (app_size + 1023) // 1024 + 64
    (control / "control").write_text(
        f"Package: session-runner\n"
        f"Version: {version}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: Session Runner <session-runner@users.noreply.invalid>\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {DEPENDS}\n"
        f"Recommends: libpulse0, xdg-desktop-portal\n"
        f"Section: utils\n"
        f"Priority: optional\n"
        f"Description: {DESCRIPTION}\n",
        encoding="utf-8",
    )
    for path in root.rglob("*"):  # as dpkg expects: no group- or world-writable files
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or path.stat().st_mode & 0o111 else 0o644)
    package = dist / f"session-runner_{version}_{arch}.deb"
    # xz at level 6 with every core: ~4x smaller than the folder; gzip would be ~15% larger.
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--threads-max=0", "--build", str(root), str(package)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return package
