"""Start at login on all three platforms, against a temporary home and a fake registry."""

from __future__ import annotations

import plistlib
import stat
import sys
from pathlib import Path

import pytest

from omnisync.ui.autostart import (
    AUTOSTART_ARGS,
    AutostartError,
    LaunchAgentAutostart,
    WindowsRunKeyAutostart,
    XdgAutostart,
    autostart_for_platform,
    launch_command,
)
from omnisync.ui.autostart.windows import APPROVED_KEY, RUN_KEY
from omnisync.ui.autostart.xdg import quote_exec_arg
from support.fake_winreg import FakeWinReg

COMMAND = ["/opt/Omni Sync/bin/omnisync", "tray", "--background"]


# ---- the command line -------------------------------------------------------------------------


def test_frozen_app_runs_itself(tmp_path):
    exe = tmp_path / "OmniSync.exe"
    assert launch_command(executable=str(exe), frozen=True, platform="win32") == [
        str(exe),
        *AUTOSTART_ARGS,
    ]


def test_venv_uses_the_installed_script_beside_python(tmp_path):
    (tmp_path / "python").touch()
    (tmp_path / "omnisync").touch()
    argv = launch_command(executable=str(tmp_path / "python"), frozen=False, platform="linux")
    assert argv == [str(tmp_path / "omnisync"), *AUTOSTART_ARGS]


def test_without_script_runs_the_module(tmp_path):
    (tmp_path / "python3").touch()
    argv = launch_command(
        ["x"], executable=str(tmp_path / "python3"), frozen=False, platform="linux"
    )
    assert argv == [str(tmp_path / "python3"), "-m", "omnisync", "x"]


def test_windows_prefers_pythonw_so_no_console_opens(tmp_path):
    (tmp_path / "python.exe").touch()
    (tmp_path / "pythonw.exe").touch()
    argv = launch_command(executable=str(tmp_path / "python.exe"), frozen=False, platform="win32")
    assert argv[:3] == [str(tmp_path / "pythonw.exe"), "-m", "omnisync"]


def test_command_is_absolute_even_from_a_relative_interpreter(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    argv = launch_command(executable="python", frozen=False, platform="linux")
    assert Path(argv[0]).is_absolute()


# ---- Linux: XDG autostart -----------------------------------------------------------------------


def exec_line(path: Path) -> str:
    line = next(x for x in path.read_text().splitlines() if x.startswith("Exec="))
    return line.removeprefix("Exec=")


def unquote_exec(value: str) -> list[str]:
    """What a desktop does with Exec=: undo the string escape, then the spec's quoting."""
    value = value.replace("\\\\", "\\")
    args: list[str] = []
    current: str | None = None
    quoted = False
    chars = iter(value)
    for c in chars:
        if quoted:
            if c == "\\":
                current = (current or "") + next(chars)
            elif c == '"':
                quoted = False
            else:
                current = (current or "") + c
        elif c == '"':
            quoted = True
            current = current or ""
        elif c == " ":
            if current is not None:
                args.append(current)
            current = None
        else:
            current = (current or "") + c
    assert not quoted, f"unterminated quote in {value!r}"
    if current is not None:
        args.append(current)
    return [a.replace("%%", "%") for a in args]


def hermetic(tmp_path: Path) -> dict[str, str]:
    """No machine-wide entries from this computer's /etc/xdg."""
    return {"XDG_CONFIG_DIRS": str(tmp_path / "no-system-dirs")}


def test_xdg_respects_xdg_config_home(tmp_path):
    config = tmp_path / "cfg"
    env = {**hermetic(tmp_path), "XDG_CONFIG_HOME": str(config)}
    auto = XdgAutostart(COMMAND, environ=env, home=tmp_path / "h")
    assert not auto.is_enabled()
    auto.enable()
    assert auto.path == config / "autostart" / "omnisync.desktop"
    assert auto.is_enabled()
    text = auto.path.read_text()
    assert text.startswith("[Desktop Entry]\n")
    assert "Type=Application\n" in text
    assert unquote_exec(exec_line(auto.path)) == COMMAND
    auto.disable()
    assert not auto.path.exists()
    assert not auto.is_enabled()
    auto.disable()  # idempotent


@pytest.mark.parametrize("config_home", ["", "relative/dir"])
def test_xdg_falls_back_to_dot_config(tmp_path, config_home):
    env = {**hermetic(tmp_path), "XDG_CONFIG_HOME": config_home}
    auto = XdgAutostart(COMMAND, environ=env, home=tmp_path)
    assert auto.path == tmp_path / ".config" / "autostart" / "omnisync.desktop"


@pytest.mark.parametrize(
    ("raw", "quoted"),
    [
        ("/usr/bin/omnisync", "/usr/bin/omnisync"),
        ("/opt/Omni Sync/omnisync", '"/opt/Omni Sync/omnisync"'),
        ("50%", "50%%"),
        ('a"b', '"a\\\\"b"'),
        ("$HOME", '"\\\\$HOME"'),
        ("C:\\x", '"C:\\\\\\\\x"'),
        ("", '""'),
    ],
)
def test_exec_quoting_follows_the_desktop_entry_spec(raw, quoted):
    assert quote_exec_arg(raw) == quoted


def test_exec_round_trips_awkward_paths(tmp_path):
    argv = ["/home/a b/$x/`q`/it's/50%/omnisync", "tray"]
    auto = XdgAutostart(argv, environ=hermetic(tmp_path), home=tmp_path)
    auto.enable()
    assert unquote_exec(exec_line(auto.path)) == argv


def test_exec_refuses_line_breaks(tmp_path):
    auto = XdgAutostart(["/bin/omni\nsync"], environ=hermetic(tmp_path), home=tmp_path)
    with pytest.raises(AutostartError, match="line break"):
        auto.enable()
    assert not auto.path.exists()


@pytest.mark.parametrize("line", ["Hidden=true", "X-GNOME-Autostart-enabled=false"])
def test_xdg_entry_switched_off_by_the_desktop_counts_as_off(tmp_path, line):
    auto = XdgAutostart(COMMAND, environ=hermetic(tmp_path), home=tmp_path)
    auto.enable()
    text = auto.path.read_text().replace("X-GNOME-Autostart-enabled=true\n", "")
    auto.path.write_text(text + line + "\n")
    assert not auto.is_enabled()
    auto.enable()  # our explicit "on" rewrites the entry
    assert auto.is_enabled()


def test_machine_wide_entry_is_honoured_and_switched_off_per_user(tmp_path):
    system = tmp_path / "etc-xdg"
    env = {"XDG_CONFIG_HOME": str(tmp_path / "cfg"), "XDG_CONFIG_DIRS": f"relative:{system}"}
    auto = XdgAutostart(COMMAND, environ=env, home=tmp_path)
    assert auto.system_paths == [system / "autostart" / "omnisync.desktop"]
    (system / "autostart").mkdir(parents=True)
    (system / "autostart" / "omnisync.desktop").write_text(
        "[Desktop Entry]\nType=Application\nName=OmniSync\nExec=omnisync tray\n"
    )
    assert auto.is_enabled(), "the administrator's entry starts the app for everyone"
    auto.disable()
    assert auto.path.is_file(), "deleting our file would not stop the machine-wide entry"
    assert "Hidden=true" in auto.path.read_text()
    assert not auto.is_enabled()
    auto.enable()
    assert auto.is_enabled()
    assert unquote_exec(exec_line(auto.path)) == COMMAND


def test_without_machine_wide_entry_disable_removes_the_file(tmp_path):
    env = {"XDG_CONFIG_DIRS": str(tmp_path / "empty")}
    auto = XdgAutostart(COMMAND, environ=env, home=tmp_path)
    auto.enable()
    auto.disable()
    assert not auto.path.exists()


def test_xdg_enable_rewrites_a_stale_command(tmp_path):
    XdgAutostart(["/old/omnisync"], environ=hermetic(tmp_path), home=tmp_path).enable()
    auto = XdgAutostart(COMMAND, environ=hermetic(tmp_path), home=tmp_path)
    auto.enable()
    assert unquote_exec(exec_line(auto.path)) == COMMAND


def test_refresh_rewrites_only_an_enabled_entry_of_ours_with_another_command(tmp_path):
    env = hermetic(tmp_path)
    old = XdgAutostart(["/old/omnisync"], environ=env, home=tmp_path)
    auto = XdgAutostart(COMMAND, environ=env, home=tmp_path)
    assert auto.refresh() is False  # nothing there: nothing created
    assert not auto.path.exists()
    old.enable()
    assert auto.refresh() is True
    assert unquote_exec(exec_line(auto.path)) == COMMAND
    assert auto.refresh() is False  # already current
    old.enable()
    auto.path.write_text(auto.path.read_text().replace("enabled=true", "enabled=false"))
    assert auto.refresh() is False  # switched off by the desktop: left alone
    assert "/old/omnisync" in auto.path.read_text()


def test_refresh_leaves_a_machine_wide_entry_alone(tmp_path):
    system = tmp_path / "sys"
    (system / "autostart").mkdir(parents=True)
    (system / "autostart" / "omnisync.desktop").write_text("[Desktop Entry]\nExec=x\n")
    auto = XdgAutostart(COMMAND, environ={"XDG_CONFIG_DIRS": str(system)}, home=tmp_path)
    assert auto.refresh() is False
    assert not auto.path.exists()


def test_xdg_unwritable_folder_is_a_clear_error(tmp_path):
    (tmp_path / ".config").write_text("a file where a folder should be")
    auto = XdgAutostart(COMMAND, environ=hermetic(tmp_path), home=tmp_path)
    with pytest.raises(AutostartError, match=r"Cannot turn on start at login: writing .*omnisync"):
        auto.enable()


# ---- Windows: HKCU Run key ----------------------------------------------------------------------


WIN_COMMAND = [r"C:\Program Files\OmniSync\pythonw.exe", "-m", "omnisync", "tray"]


def test_windows_run_key_enable_disable():
    reg = FakeWinReg()
    auto = WindowsRunKeyAutostart(WIN_COMMAND, winreg=reg)
    assert not auto.is_enabled()
    auto.disable()  # nothing there: no error
    auto.enable()
    value, kind = reg.keys[RUN_KEY]["OmniSync Companion"]
    assert kind == reg.REG_SZ
    assert value == r'"C:\Program Files\OmniSync\pythonw.exe" -m omnisync tray'
    assert auto.is_enabled()
    assert auto.location.startswith("HKEY_CURRENT_USER\\Software\\Microsoft")
    auto.disable()
    assert "OmniSync Companion" not in reg.keys[RUN_KEY]
    assert not auto.is_enabled()


def test_windows_task_manager_switch_off_is_honoured_and_our_enable_clears_it():
    reg = FakeWinReg()
    auto = WindowsRunKeyAutostart(WIN_COMMAND, winreg=reg)
    auto.enable()
    reg.keys[APPROVED_KEY] = {"OmniSync Companion": (b"\x03" + bytes(11), reg.REG_BINARY)}
    assert not auto.is_enabled()
    reg.keys[APPROVED_KEY]["OmniSync Companion"] = (b"\x02" + bytes(11), reg.REG_BINARY)
    assert auto.is_enabled()
    reg.keys[APPROVED_KEY]["OmniSync Companion"] = (b"\x03" + bytes(11), reg.REG_BINARY)
    auto.enable()
    assert "OmniSync Companion" not in reg.keys[APPROVED_KEY]
    assert auto.is_enabled()


def test_windows_refresh_updates_a_moved_command():
    reg = FakeWinReg()
    WindowsRunKeyAutostart([r"C:\old\pythonw.exe", "-m", "omnisync"], winreg=reg).enable()
    auto = WindowsRunKeyAutostart(WIN_COMMAND, winreg=reg)
    assert auto.refresh() is True
    assert reg.keys[RUN_KEY]["OmniSync Companion"][0] == auto.command_line
    assert auto.refresh() is False
    reg.keys[APPROVED_KEY] = {"OmniSync Companion": (b"\x03" + bytes(11), reg.REG_BINARY)}
    reg.keys[RUN_KEY]["OmniSync Companion"] = ("C:\\old\\pythonw.exe", reg.REG_SZ)
    assert auto.refresh() is False  # switched off in Task Manager: left alone
    assert WindowsRunKeyAutostart(WIN_COMMAND, winreg=FakeWinReg()).refresh() is False


def test_windows_registry_failure_is_a_clear_error():
    class DeniedWinReg(FakeWinReg):
        def SetValueEx(self, *args):
            raise PermissionError(5, "Access is denied")

    auto = WindowsRunKeyAutostart(WIN_COMMAND, winreg=DeniedWinReg())
    with pytest.raises(AutostartError, match=r"HKEY_CURRENT_USER\\.*Run\\OmniSync.*denied"):
        auto.enable()


def test_windows_unreadable_key_counts_as_off():
    class UnreadableWinReg(FakeWinReg):
        def QueryValueEx(self, key, name):
            raise PermissionError(5, "Access is denied")

    reg = UnreadableWinReg()
    auto = WindowsRunKeyAutostart(WIN_COMMAND, winreg=reg)
    auto.enable()
    assert auto.is_enabled() is False


def test_windows_task_manager_mark_that_cannot_be_cleared_is_explained():
    class LockedApproval(FakeWinReg):
        def DeleteValue(self, key, name):
            if key.path == APPROVED_KEY:
                raise PermissionError(5, "Access is denied")
            super().DeleteValue(key, name)

    reg = LockedApproval()
    reg.keys[APPROVED_KEY] = {"OmniSync Companion": (b"\x03" + bytes(11), reg.REG_BINARY)}
    auto = WindowsRunKeyAutostart(WIN_COMMAND, winreg=reg)
    with pytest.raises(AutostartError, match="Task Manager > Startup apps"):
        auto.enable()
    assert "OmniSync Companion" in reg.keys[RUN_KEY]


# ---- macOS: LaunchAgent -------------------------------------------------------------------------


def test_launch_agent_enable_disable(tmp_path):
    auto = LaunchAgentAutostart(COMMAND, home=tmp_path)
    assert not auto.is_enabled()
    auto.enable()
    assert auto.path == tmp_path / "Library" / "LaunchAgents" / "com.omnisync.companion.plist"
    with auto.path.open("rb") as handle:
        agent = plistlib.load(handle)
    assert agent["Label"] == "com.omnisync.companion"
    assert agent["ProgramArguments"] == COMMAND
    assert agent["RunAtLoad"] is True
    # launchd ignores agents that others can write to.
    assert not auto.path.stat().st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    assert auto.is_enabled()
    auto.disable()
    assert not auto.path.exists()
    assert not auto.is_enabled()


def test_launch_agent_refresh(tmp_path):
    LaunchAgentAutostart(["/old/omnisync"], home=tmp_path).enable()
    auto = LaunchAgentAutostart(COMMAND, home=tmp_path)
    assert auto.refresh() is True
    assert plistlib.loads(auto.path.read_bytes())["ProgramArguments"] == COMMAND
    assert auto.refresh() is False


def test_launch_agent_disabled_or_broken_counts_as_off(tmp_path):
    auto = LaunchAgentAutostart(COMMAND, home=tmp_path)
    auto.enable()
    agent = plistlib.loads(auto.path.read_bytes())
    auto.path.write_bytes(plistlib.dumps({**agent, "Disabled": True}))
    assert not auto.is_enabled()
    auto.path.write_bytes(b"<plist><dict><key>Label</key>")
    assert not auto.is_enabled()
    auto.enable()
    assert auto.is_enabled()


# ---- the factory --------------------------------------------------------------------------------


def test_factory_picks_by_platform(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "no-system-dirs"))
    linux = autostart_for_platform("linux", command=COMMAND, home=tmp_path)
    assert isinstance(linux, XdgAutostart)
    assert linux.path.parent == tmp_path / "xdg" / "autostart"
    mac = autostart_for_platform("darwin", command=COMMAND, home=tmp_path)
    assert isinstance(mac, LaunchAgentAutostart)
    assert mac.path.is_relative_to(tmp_path)
    freebsd = autostart_for_platform("freebsd14", command=COMMAND, home=tmp_path)
    assert isinstance(freebsd, XdgAutostart)


@pytest.mark.skipif(sys.platform == "win32", reason="winreg exists on Windows")
def test_factory_on_windows_needs_winreg():
    with pytest.raises(ModuleNotFoundError):
        autostart_for_platform("win32", command=COMMAND)


def test_factory_default_command_is_absolute(tmp_path):
    auto = autostart_for_platform("darwin", home=tmp_path)
    assert isinstance(auto, LaunchAgentAutostart)
    assert Path(auto.command[0]).is_absolute()
    assert auto.command[-len(AUTOSTART_ARGS) :] == list(AUTOSTART_ARGS)
