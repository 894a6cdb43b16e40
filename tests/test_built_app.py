"""The built app's contents (packaging/prune.py, packaging/build.py): the rules that decide what
goes in, checked without building. The build itself (~30 s) and a start of what it built run in
CI (.ci/run, packaging/smoke.py)."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from runner import __version__
from runner.core import i18n

REPO = Path(__file__).resolve().parents[1]


def _load(name: str) -> ModuleType:
    """packaging/NAME.py by its path: `build` is also the name of a PyPI package."""
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", REPO / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _load("build")
prune = _load("prune")


def test_the_build_knows_the_version_and_languages() -> None:
    assert build.version() == __version__
    assert build.LANGUAGES == prune.LANGUAGES == i18n.LANGUAGES


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", True),
        ("PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", True),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/Qt/lib/libQt6Svg.so.6", True),
        ("PySide6/Qt/lib/libQt6Multimedia.so.6", True),
        ("PySide6/Qt/lib/libQt6WaylandClient.so.6", True),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", True),
        ("PySide6/Qt/lib/libQt6Qml.so.6", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
        ("PySide6/Qt/lib/libQt6VirtualKeyboard.so.6", False),
        ("libgtk-3.so.0", False),
        (r"PySide6\Qt6Qml.dll", False),
        (r"PySide6\Qt6Widgets.dll", True),
        ("PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick", False),
        ("PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets", True),
        ("libxkbcommon.so.0", True),
        (r"PySide6\Qt\plugins\platforms\qwindows.dll", True),
        (r"PySide6\Qt\plugins\platforms\qdirect2d.dll", False),
        (r"PySide6\Qt\plugins\styles\qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
    ],
)
def test_only_the_qt_the_app_uses_goes_in(name: str, kept: bool) -> None:
    assert prune.keep_binary(name) is kept


def test_qt_catalogues_of_our_languages_only() -> None:
    assert prune.keep_data("PySide6/Qt/translations/qtbase_ar.qm")
    assert prune.keep_data("PySide6/Qt/translations/qtbase_zh_CN.qm")
    assert not prune.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not prune.keep_data("PySide6/Qt/translations/qt_help_fr.qm")
    assert prune.keep_data("runner/translations/session_runner_ar.qm")


def _babel_chain(locale: str) -> list[str]:
    """`locale` and the CLDR parents Babel reads its data through, up to root."""
    from babel.core import get_global

    chain = [locale]
    while chain[-1] != "root":
        name = chain[-1]
        parent = get_global("parent_exceptions").get(name) or ("_".join(name.split("_")[:-1]) or "root")
        chain.append(parent)
    return chain


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_babel_keeps_every_locale_a_report_reads(language: str) -> None:
    from babel import Locale

    locale = i18n.Catalogue(language).locale
    names = {*_babel_chain(locale), *_babel_chain(str(Locale.parse(locale)))}
    for name in names:
        assert prune.keep_data(f"babel/locale-data/{name}.dat"), name
    assert not prune.keep_data("babel/locale-data/de.dat")


LINUX = REPO / "packaging" / "linux"


def test_the_desktop_entry_starts_the_command_on_path_with_the_icon() -> None:
    import configparser

    deb = _load("deb")
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(LINUX / f"{deb.APP_ID}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"].split()[0] == "session-runner"
    assert (LINUX / f"{desktop['Icon']}.svg").exists()
    from runner.ui.app import DESKTOP_FILE

    assert DESKTOP_FILE == deb.APP_ID  # the window names its entry (Wayland's icon)


def test_the_appstream_metadata_names_the_entry_and_the_command() -> None:
    import shutil
    import subprocess
    import xml.etree.ElementTree as ET

    deb = _load("deb")
    path = LINUX / f"{deb.APP_ID}.metainfo.xml"
    root = ET.parse(path).getroot()
    assert root.findtext("id") == deb.APP_ID
    assert root.findtext("launchable") == f"{deb.APP_ID}.desktop"
    assert root.findtext("provides/binary") == "session-runner"
    assert next(release.get("version") for release in root.iter("release")) == __version__
    if shutil.which("appstreamcli"):
        done = subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(path)], capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stdout + done.stderr


def test_the_package_depends_on_what_the_folder_leaves_to_the_system() -> None:
    """PyInstaller never bundles libGL, libEGL or libxcb (they must match the host's drivers and X
    server): the .deb brings them, as a clean Debian 12 needed them for the window and PDFs."""
    deb = _load("deb")
    for package in ("libgl1", "libegl1", "libxcb1"):
        assert package in deb.DEPENDS


def test_the_windows_and_macos_workflow_builds_signs_and_says_it_was_not_run() -> None:
    import yaml

    path = REPO / ".github" / "workflows" / "package.yml"
    text = path.read_text(encoding="utf-8")
    workflow = yaml.safe_load(text)
    assert set(workflow["jobs"]) == {"windows", "macos"}
    steps = {job: " ".join(str(step) for step in workflow["jobs"][job]["steps"]) for job in workflow["jobs"]}
    for job in ("windows", "macos"):
        assert "python packaging/build.py" in steps[job]
        assert "--version" in steps[job]
    assert "ISCC.exe" in steps["windows"] and "signtool" in steps["windows"]
    assert "hdiutil" in steps["macos"] and "notarytool" in steps["macos"] and "codesign" in steps["macos"]
    for secret in ("WINDOWS_CERTIFICATE_PFX", "MACOS_CERTIFICATE_P12", "APPLE_ID", "APPLE_APP_PASSWORD"):
        assert f"secrets.{secret}" in text and f"#     {secret}" in text
    assert "NOT RUN" in text
    assert "NOT RUN HERE" in (REPO / "packaging" / "windows" / "session-runner.iss").read_text(encoding="utf-8")
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "Windows and macOS: written, not run." in readme


def test_the_runtime_hooks_for_what_the_app_never_does_stay_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SESSION_RUNNER_ALL_RUNTIME_HOOKS", raising=False)
    for hook in ("pyi_rth_inspect", "pyi_rth_pkgutil", "pyi_rth_multiprocessing"):
        assert not prune.keep_runtime_hook(hook)
    assert prune.keep_runtime_hook("pyi_rth_pyside6")  # Qt's paths inside the folder


def _workflow() -> dict[str, Any]:
    import yaml

    workflow: dict[str, Any] = yaml.safe_load((REPO / ".github" / "workflows" / "package.yml").read_text("utf-8"))
    if True in workflow:  # YAML 1.1 reads the key `on` as true; GitHub reads it as the word
        workflow["on"] = workflow.pop(True)
    return workflow


def test_the_workflow_keeps_to_githubs_schema_of_a_workflow() -> None:
    """No hosted runner here (see above): SchemaStore's schema (tests/data/SOURCES.md) catches a
    mistyped key, a misplaced `if` or a wrong type before GitHub would refuse the file."""
    import json

    import jsonschema

    schema = json.loads((REPO / "tests" / "data" / "schemas" / "github-workflow.json").read_text("utf-8"))
    validator = jsonschema.Draft7Validator(schema)
    workflow = _workflow()
    assert [error.json_path for error in validator.iter_errors(workflow)] == []
    broken = {**workflow, "jobs": {"macos": {**workflow["jobs"]["macos"], "timeout-minutes": "soon"}}}
    assert [error.json_path for error in validator.iter_errors(broken)] == ["$.jobs.macos"]


@pytest.mark.skipif(shutil.which("shellcheck") is None, reason="needs Debian's shellcheck (.ci/run installs it)")
def test_the_workflows_bash_steps_pass_shellcheck(tmp_path: Path) -> None:
    """The macOS job's steps run in bash (the Windows job's in PowerShell, which nothing here can
    check). Each as GitHub runs it (`bash -e`), with its `${{ }}` expressions as placeholders."""
    checked = 0
    for job in _workflow()["jobs"].values():
        default_shell = "pwsh" if "windows" in str(job["runs-on"]) else "bash"
        for step in job["steps"]:
            if "run" not in step or step.get("shell", default_shell) != "bash":
                continue
            script = tmp_path / f"step-{checked}.sh"
            script.write_text("#!/bin/bash\nset -e\n" + re.sub(r"\$\{\{.*?\}\}", "X", step["run"]), "utf-8")
            found = subprocess.run(["shellcheck", "-S", "warning", str(script)], capture_output=True, text=True)
            assert found.returncode == 0, f"{step.get('name')}:\n{found.stdout}"
            checked += 1
    assert checked >= 5  # install, build, start, sign, pack, notarise
