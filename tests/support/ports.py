"""A free port of 127.0.0.1 for one test, so that the desktop's direct link and the sandbox's
console component meet there and not on the registered range, which another checkout's test
or demo on the same machine may hold."""

from __future__ import annotations

import random
import socket
from pathlib import Path

from omnisync.demo import DemoOptions

_LOWEST = 10_000


def _ephemeral_low() -> int:
    """Where the kernel's range for ``bind(port 0)`` starts (Linux; 32768 elsewhere)."""
    try:
        return int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32_768


def free_port() -> int:
    """A port free now and below the kernel's ephemeral range: the port is given out before
    the servers that use it start, and a server of the sandbox binding port 0 meanwhile could
    otherwise be handed the same one (seen once in CI: the test dialled a sandbox host)."""
    low = _ephemeral_low()
    for _ in range(50):
        port = random.randrange(_LOWEST, low) if low > _LOWEST else 0
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return int(sock.getsockname()[1])
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def private_demo(profile: str | None = None) -> DemoOptions:
    """The demo's options for a test or bench: any free sandbox port, no browser, and the
    console link on a port of its own (both ends), never the registered range."""
    return DemoOptions(port=0, profile=profile, browser=False, link_ports=(free_port(),))
