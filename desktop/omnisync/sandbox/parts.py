"""The parts the sandbox serves by default: add a product here, in one line."""

from __future__ import annotations

from starlette.applications import Starlette

from omnisync.sandbox.app import create_app
from omnisync.sandbox.genesys_part import GenesysPart
from omnisync.sandbox.part import SandboxContext, SandboxPart
from omnisync.sandbox.salesforce_part import SalesforcePart


def build_default_parts(context: SandboxContext) -> list[SandboxPart]:
    parts: list[SandboxPart] = [GenesysPart(context)]
    parts.append(SalesforcePart(context))
    return parts


def build_sandbox_app(context: SandboxContext | None = None) -> Starlette:
    context = context or SandboxContext()
    return create_app(build_default_parts(context), context)
