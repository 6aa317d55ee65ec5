"""Make any network connection attempt visible (and fail) while a block runs.

An audit hook sees every socket.connect, name lookup and sendto in this process; while a
`no_network()` block is active they raise and are recorded. Audit hooks cannot be removed,
so the hook stays installed and does nothing outside such a block. Local (AF_UNIX) sockets
are not network and pass. Work done in other processes is not seen: extract with workers=0.
"""

from __future__ import annotations

import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_WATCHED = {"socket.connect", "socket.getaddrinfo", "socket.gethostbyname",
            "socket.gethostbyname_ex", "socket.gethostbyaddr", "socket.sendto",
            "socket.sendmsg", "urllib.Request", "http.client.connect", "ftplib.connect",
            "smtplib.connect", "socket.getnameinfo"}
_INET = {socket.AF_INET, socket.AF_INET6}
_state: dict[str, Any] = {"active": False, "installed": False, "attempts": []}


class NetworkAttempt(RuntimeError):
    pass


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if not _state["active"] or event not in _WATCHED:
        return
    if event in ("socket.connect", "socket.sendto", "socket.sendmsg"):
        sock = args[0]
        if getattr(sock, "family", None) not in _INET:
            return
    _state["attempts"].append(f"{event} {args[1:]!r}"[:200])
    raise NetworkAttempt(f"network use is not allowed: {event}")


@contextmanager
def no_network() -> Iterator[list[str]]:
    """Yields the list of attempts seen inside the block (each one also raised)."""
    if not _state["installed"]:
        sys.addaudithook(_hook)
        _state["installed"] = True
    attempts: list[str] = []
    _state["attempts"], _state["active"] = attempts, True
    try:
        yield attempts
    finally:
        _state["active"] = False


def self_test() -> bool:
    """The guard works: a connection attempt inside the block is seen."""
    with no_network() as attempts:
        try:
            socket.create_connection(("192.0.2.1", 9), timeout=0.01)
        except OSError:
            pass
        except NetworkAttempt:
            pass
    return bool(attempts)
