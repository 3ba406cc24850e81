"""A free port of 127.0.0.1 for one test, so that the desktop's direct link and the sandbox's
console component meet there and not on the registered range, which another checkout's test
or demo on the same machine may hold."""

from __future__ import annotations

import socket

from omnisync.demo import DemoOptions


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def private_demo(profile: str | None = None) -> DemoOptions:
    """The demo's options for a test or bench: any free sandbox port, no browser, and the
    console link on a port of its own (both ends), never the registered range."""
    return DemoOptions(port=0, profile=profile, browser=False, link_ports=(free_port(),))
