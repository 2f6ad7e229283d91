"""Operator commands: `python -m app.cli create-admin --email you@example.com` (prompts for the password)."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys

from app.core.config import get_settings
from app.core.db import create_engine, create_session_factory, session_scope
from app.services.accounts import auth as accounts


async def _create_admin(email: str, password: str, name: str) -> None:
    engine = create_engine(get_settings())
    try:
        async with session_scope(create_session_factory(engine)) as db:
            user = await accounts.ensure_admin(db, email, password, name)
            print(f"Admin ready: {user.email} (id {user.id})")
    finally:
        await engine.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.cli")
    sub = parser.add_subparsers(dest="command", required=True)
    admin = sub.add_parser("create-admin", help="create an admin account, or promote an existing one")
    admin.add_argument("--email", required=True)
    admin.add_argument("--name", default="Administrator")
    admin.add_argument("--password", help="omit to be prompted (keeps it out of shell history)")
    args = parser.parse_args(argv)
    if args.command == "create-admin":
        password = args.password or getpass.getpass("Password: ")
        if len(password) < 6:
            print("Password must be at least 6 characters", file=sys.stderr)
            return 2
        asyncio.run(_create_admin(args.email, password, args.name))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
