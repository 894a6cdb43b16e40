"""Build Session Runner for the machine this runs on: a self-contained app folder and its archive.

    python packaging/build.py            # dist/session-runner/ and dist/session-runner-VERSION-linux-ARCH.tar.gz
    python packaging/build.py --deb      # and, on Debian or Ubuntu, dist/session-runner_VERSION_ARCH.deb

With PyInstaller (`pip install -e '.[package]'`), one folder (no self-extracting single file:
that unpacks ~180 MB into a temp folder on every start). On Windows the folder is what the Inno
Setup script (packaging/windows/session-runner.iss) installs; on macOS it is `Session Runner.app`,
which .github/workflows/package.yml puts in a .dmg. Prints the unpacked, archive and .deb sizes.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"
LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")
SIZE_LIMIT_MB = 250  # issue 28: the unpacked app on Linux
# The fonts the windows and the PDF report ask for by name (runner/ui/base/translations.py
# SCRIPT_FONTS, and Noto Sans for Latin and Cyrillic), where Debian's fonts-noto-core,
# fonts-noto-ui-core, fonts-noto-cjk and fonts-dejavu-core put them. Bundled so that a host with none of them still
# reads Arabic with its joining forms and Chinese at all. Windows and macOS ship fonts for both.
FONTS = {
    "NotoSans-Regular.ttf": "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf": "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
    "NotoSansArabicUI-Regular.ttf": "/usr/share/fonts/truetype/noto/NotoSansArabicUI-Regular.ttf",
    "NotoSansArabicUI-Bold.ttf": "/usr/share/fonts/truetype/noto/NotoSansArabicUI-Bold.ttf",
    "NotoSansCJK-Regular.ttc": "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    # The symbols the windows draw (⚠ ✓ ✕ ⚑ ▲ ▼), which Noto Sans lacks (fonts-dejavu-core).
    "DejaVuSans.ttf": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
}
FONT_LICENCES = {
    "fonts-noto-core.copyright": "/usr/share/doc/fonts-noto-core/copyright",
    "fonts-noto-cjk.copyright": "/usr/share/doc/fonts-noto-cjk/copyright",
    "fonts-dejavu-core.copyright": "/usr/share/doc/fonts-dejavu-core/copyright",
}


def version() -> str:
    text = (REPO / "runner" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    if not found:
        raise SystemExit("build: no __version__ in runner/__init__.py")
    return found.group(1)


def system_name() -> str:
    return {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")


def machine() -> str:
    return {"amd64": "x86_64", "arm64": "aarch64"}.get(platform.machine().lower(), platform.machine().lower())


def say(text: str) -> None:
    print(f"build: {text}", flush=True)


def compile_catalogues(target: Path) -> None:
    """The windows' `.qm` catalogues, compiled with the lrelease that ships with PySide6: a built
    app carries them compiled and never needs lrelease (nor writes a compiled one anywhere)."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    tool = next((folder / name for name in ("lrelease", "lrelease.exe") if (folder / name).exists()), None)
    if tool is None:
        found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
        if found is None:
            raise SystemExit("build: no lrelease (it ships with PySide6-Essentials)")
        tool = Path(found)
    target.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        source = REPO / "runner" / "translations" / f"session_runner_{language}.ts"
        subprocess.run(
            [str(tool), "-silent", str(source), "-qm", str(target / source.with_suffix(".qm").name)], check=True
        )


def gather_fonts(target: Path) -> list[str]:
    """Copy the bundled fonts and their licences into `target`; the names of those not found."""
    target.mkdir(parents=True, exist_ok=True)
    missing = []
    for name, source in {**FONTS, **FONT_LICENCES}.items():
        if Path(source).exists():
            shutil.copyfile(source, target / name)
        elif name in FONTS:
            missing.append(name)
    return missing


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def run_pyinstaller(
    work: Path, dist: Path, catalogues: Path, fonts: Path, entry: Path | None = None, name: str | None = None
) -> None:
    """PyInstaller on packaging/session-runner.spec; `entry` and `name` build another script the
    same way (bench/built_startup.py's bare window)."""
    icon: dict[str, str] = {}
    if sys.platform in ("win32", "darwin"):  # Linux desktops take the icon from the .desktop entry
        from icon import SVG, render_png

        render_png(SVG, work / "session-runner.png", 512)
        icon["SESSION_RUNNER_ICON"] = str(work / "session-runner.png")
    env = {
        **os.environ,
        **icon,
        "SESSION_RUNNER_QM": str(catalogues),
        "SESSION_RUNNER_FONTS": str(fonts),
        "SESSION_RUNNER_VERSION": version(),
        **({"SESSION_RUNNER_ENTRY": str(entry)} if entry else {}),
        **({"SESSION_RUNNER_NAME": name} if name else {}),
    }
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work / "pyinstaller" / (name or "session-runner")),
        str(PACKAGING / "session-runner.spec"),
    ]
    subprocess.run(command, check=True, env=env, cwd=REPO)


def make_archive(app: Path, dist: Path) -> Path:
    """dist/session-runner-VERSION-SYSTEM-ARCH.tar.gz holding the folder `session-runner/`."""
    archive = dist / f"session-runner-{version()}-{system_name()}-{machine()}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(app, arcname="session-runner")
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--deb", action="store_true", help="also build the .deb (Linux, needs dpkg-deb)")
    parser.add_argument("--no-archive", action="store_true", help="build the folder only")
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="where the results go (default: dist/)")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("build: PyInstaller is not installed; run: pip install -e '.[package]'", file=sys.stderr)
        return 1
    work = REPO / "build" / "package"
    shutil.rmtree(work, ignore_errors=True)
    dist: Path = args.dist.resolve()
    compile_catalogues(work / "catalogues")
    missing = gather_fonts(work / "fonts")
    if missing and sys.platform.startswith("linux"):
        packages = "fonts-noto-core fonts-noto-ui-core fonts-noto-cjk"
        say(f"fonts not found, left out (install {packages}): {', '.join(missing)}")
    say(f"PyInstaller: Session Runner {version()} for {system_name()}-{machine()}")
    run_pyinstaller(work, dist, work / "catalogues", work / "fonts")
    app = dist / "session-runner"
    size = folder_size(app)
    say(f"app folder {app}: {megabytes(size)} unpacked")
    status = 0
    if sys.platform.startswith("linux") and size > SIZE_LIMIT_MB * 1_000_000:
        say(f"the app is larger than {SIZE_LIMIT_MB} MB")
        status = 1
    if not args.no_archive and sys.platform != "win32":
        archive = make_archive(app, dist)
        say(f"archive {archive}: {megabytes(archive.stat().st_size)}")
    if args.deb:
        from deb import build_deb  # packaging/deb.py, beside this file

        package = build_deb(app, dist, version(), size)
        say(f"deb {package}: {megabytes(package.stat().st_size)}")
    return status


if __name__ == "__main__":
    sys.path.insert(0, str(PACKAGING))
    sys.exit(main())
