"""The sandbox is an optional part: the commands that need it say how to get it when it is absent.

Agents' installs and the frozen build leave out ``omnisync.sandbox`` and its web stack (Starlette,
uvicorn), so ``omnisync demo`` and ``omnisync sandbox`` must fail with an instruction, not a
traceback.
"""

from __future__ import annotations

import sys

INSTALL_HINT = "pip install 'omnisync-companion[sandbox]'"


def sandbox_missing() -> str | None:
    """Why the sandbox cannot run here, with what to install; None when it can."""
    try:
        import omnisync.sandbox.server  # noqa: F401  (imports uvicorn and Starlette)
    except ImportError as exc:
        if getattr(sys, "frozen", False):
            return (
                "this is the agents' build, which leaves the sandbox (the fake clouds for the "
                "demo and tests) out. To run the demo, install the Python package with its "
                f"sandbox part on a developer's machine: {INSTALL_HINT}"
            )
        return (
            f"The sandbox (the fake clouds for the demo and tests) is not installed here "
            f"({exc.name or exc} is missing). It is a developer and demo tool, left out of "
            f"agents' installs. To get it, install the package with its sandbox part: "
            f"{INSTALL_HINT}  (in a source checkout, `make demo` does that)."
        )
    return None


def require_sandbox(command: str) -> int | None:
    """Print why ``command`` cannot run and return its exit status 1; None when it can run."""
    reason = sandbox_missing()
    if reason is None:
        return None
    print(f"omnisync {command}: {reason}", file=sys.stderr)
    return 1
