"""The .deb on this machine: installed with dpkg -i, the installed app runs in a real tray under
Xvfb and answers --version, and dpkg -r leaves nothing behind. Needs root (CI runs as root)."""

from __future__ import annotations

import fcntl
import io
import os
import shutil
import signal
import subprocess
import tarfile
import tempfile
from pathlib import Path

import pytest

from omnisync import __version__
from omnisync.appinfo import DISPLAY_NAME
from support.desktop_session import wait_for_window, window_tree, windows_in_tray, xvfb_with_tray

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "packaging" / "examples" / "policy.toml"


def deb_file(dist: Path) -> Path:
    found = sorted(dist.glob(f"omnisync_{__version__}_*.deb"))
    assert len(found) == 1, found
    return found[0]


def packaged_paths(deb: Path) -> list[Path]:
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True,
                             check=True).stdout  # fmt: skip
    entries = [line.split(" ./", 1)[1] for line in listing.splitlines() if " ./" in line]
    return [Path("/" + e.split(" -> ")[0].rstrip("/")) for e in entries if e.strip("/")]


def run(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, timeout=120, check=False, env=env)


def test_the_package_layout(dist):
    paths = {str(p) for p in packaged_paths(deb_file(dist))}
    for expected in (
        "/usr/bin/omnisync",
        "/usr/lib/omnisync/omnisync",
        "/usr/share/applications/omnisync.desktop",
        "/usr/share/icons/hicolor/scalable/apps/omnisync.svg",
        "/etc/xdg/omnisync",
        "/usr/share/doc/omnisync/examples/policy.toml",
    ):
        assert expected in paths
    assert not [
        p
        for p in paths
        if p.startswith("/etc/") and p != "/etc/xdg/omnisync" and p not in ("/etc", "/etc/xdg")
    ]  # fmt: skip  (no conffiles: dpkg -r removes all)
    fields = run("dpkg-deb", "-f", str(deb_file(dist)), "Depends").stdout
    assert "libxcb1" in fields and "libc6" in fields
    control = subprocess.run(["dpkg-deb", "--ctrl-tarfile", str(deb_file(dist))],
                             capture_output=True, check=True).stdout  # fmt: skip
    with tarfile.open(fileobj=io.BytesIO(control)) as control_tar:
        members = sorted(Path(n).name for n in control_tar.getnames() if n not in (".", "./"))
    assert members == ["control"]  # no maintainer scripts, no conffiles


@pytest.fixture
def installed(dist):
    if os.geteuid() != 0 or shutil.which("dpkg") is None:
        pytest.skip("installing the .deb needs root and dpkg (CI runs as root on Debian)")
    # One machine may run several checkouts' suites at once: one installs at a time.
    lock = (Path(tempfile.gettempdir()) / "omnisync-deb-test.lock").open("a")
    fcntl.flock(lock, fcntl.LOCK_EX)  # waits (blocked, not polling) for the other run's removal
    try:
        yield from _installed(dist)
    finally:
        fcntl.flock(lock, fcntl.LOCK_UN)
        lock.close()


def _installed(dist):
    assert run("dpkg", "-s", "omnisync").returncode != 0, "omnisync is installed already"
    deb = deb_file(dist)
    existed = {p for p in packaged_paths(deb) if p.exists()}
    assert not [p for p in existed if not p.is_dir()], "files of the package exist already"
    result = run("dpkg", "-i", str(deb))
    try:
        assert result.returncode == 0, result.stdout + result.stderr
        yield deb, existed
    finally:
        removed = run("dpkg", "-r", "omnisync")
        assert removed.returncode == 0, removed.stdout + removed.stderr


def app_env(home: Path, display: str, policy_dir: Path) -> dict[str, str]:
    runtime = home / "run"
    runtime.mkdir(parents=True, mode=0o700)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("QT_", "PYTHON", "VIRTUAL_ENV", "WAYLAND"))}  # fmt: skip
    env.update(
        DISPLAY=display, HOME=str(home), XDG_RUNTIME_DIR=str(runtime),
        XDG_CONFIG_HOME=str(home / "config"), XDG_STATE_HOME=str(home / "state"),
        XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"),
        XDG_CONFIG_DIRS=f"{policy_dir}:/etc/xdg",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )  # fmt: skip
    return env


def test_installed_app_runs_in_the_tray_and_is_removed_cleanly(installed, tmp_path):
    deb, existed = installed
    files = packaged_paths(deb)
    assert all(p.exists() or p.is_symlink() for p in files)
    version = run("/usr/bin/omnisync", "--version")
    assert version.returncode == 0 and version.stdout.strip() == f"omnisync {__version__}"
    example = Path("/usr/share/doc/omnisync/examples/policy.toml")
    checked = run("/usr/bin/omnisync", "policy", "--file", str(example))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    demo = run("/usr/bin/omnisync", "demo", "--headless")
    assert demo.returncode == 1
    assert "agents' build" in demo.stderr and "omnisync-companion[sandbox]" in demo.stderr

    policy_dir = tmp_path / "xdg"
    (policy_dir / "omnisync").mkdir(parents=True)
    shutil.copy(EXAMPLE, policy_dir / "omnisync" / "policy.toml")
    with xvfb_with_tray() as display:
        env = app_env(tmp_path / "home", display, policy_dir)
        in_force = run("/usr/bin/omnisync", "policy", env=env)
        assert "(found: in force)" in in_force.stdout, in_force.stdout
        app = subprocess.Popen(["omnisync"], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)  # fmt: skip
        try:
            # The status window opens once the app is fully up (its Quit on SIGTERM included);
            # Qt ends every window title with the app's display name.
            window = wait_for_window(app, lambda: window_tree(display), f' — {DISPLAY_NAME}": (')
            assert "cannot start" not in window
            wait_for_window(app, lambda: windows_in_tray(display), '("omnisync"')
        finally:
            app.send_signal(signal.SIGTERM)
            _out, err = app.communicate(timeout=30)
        assert app.returncode == 0, err.decode()

    removed = run("dpkg", "-r", "omnisync")
    assert removed.returncode == 0, removed.stderr
    left = {p for p in files if p.exists() or p.is_symlink()}
    assert left <= existed, sorted(left - existed)  # only shared folders that were there before
    assert not Path("/usr/lib/omnisync").exists() and not Path("/etc/xdg/omnisync").exists()
    assert run("dpkg", "-s", "omnisync").returncode != 0  # not even a config-files state


def test_the_tarball_runs_where_it_is_unpacked(dist, tmp_path):
    tarballs = sorted(dist.glob(f"omnisync-{__version__}-linux-*.tar.gz"))
    assert len(tarballs) == 1
    with tarfile.open(tarballs[0]) as archive:
        archive.extractall(tmp_path, filter="tar")
    (folder,) = tmp_path.iterdir()
    assert (folder / "omnisync.desktop").is_file() and (folder / "omnisync.svg").is_file()
    version = run(str(folder / "omnisync" / "omnisync"), "--version")
    assert version.stdout.strip() == f"omnisync {__version__}", version.stderr
