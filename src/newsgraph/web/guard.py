"""The web server's guards against abuse (issue 11): body limits, security headers, the Host
allow-list, and a deadline for slow or idle connections.

The first three are ASGI middleware around the app; the last is a uvicorn protocol class, as a
connection that never finishes its request never reaches the app.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import ipaddress
import re
from collections.abc import Iterable
from typing import Any

from fastapi import HTTPException
from fastapi.responses import JSONResponse
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOCAL_NAMES = ("localhost",)
_TOO_SLOW = b"the request took too long to send"
TIMED_OUT = (
    b"HTTP/1.1 408 Request Timeout\r\ncontent-type: text/plain; charset=utf-8\r\nconnection: close\r\n"
    b"content-security-policy: default-src 'none'; frame-ancestors 'none'\r\n"
    b"x-content-type-options: nosniff\r\nx-frame-options: DENY\r\nreferrer-policy: no-referrer\r\n"
    b"content-length: %d\r\n\r\n%s" % (len(_TOO_SLOW), _TOO_SLOW)
)
GRACE_S = 10  # seconds the requests in flight have to finish when the server stops
IDLE_S = 5  # uvicorn's keep-alive default: an idle connection between requests is closed after this


def _size(n: int) -> str:
    """Bytes as people say them: 16 MB, 256 KB, 1000 bytes."""
    for unit, scale in (("MB", 2**20), ("KB", 2**10)):
        if n >= scale and n % scale == 0:
            return f"{n // scale} {unit}"
    return f"{n} bytes"


# -- body limits -------------------------------------------------------------------------


class BodyLimit:
    """A 413 for a request body over its limit, before it is read whole: at once when its
    Content-Length says so, else as soon as the bytes received pass the limit (the HTTPException
    raised while FastAPI reads the body becomes its JSON answer).

    The limit is `limit`, except `POST /api/code` without the write token: `code_limit` (anyone
    may code, and coding costs ~40 ms and ~2 KB of memory per KB of text)."""

    def __init__(self, app: ASGIApp, limit: int, code_limit: int, token: str | None) -> None:
        self.app = app
        self.limit = limit
        self.code_limit = code_limit
        self.token = token

    def _authorized(self, headers: Headers) -> bool:
        scheme, _, given = headers.get("authorization", "").partition(" ")
        return (
            self.token is not None
            and scheme.lower() == "bearer"
            and hmac.compare_digest(given.strip().encode(), self.token.encode())
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = Headers(scope=scope)
        limit, too_large = self.limit, f"the request body is over {_size(self.limit)}"
        if scope["path"] == "/api/code" and self.code_limit < self.limit and not self._authorized(headers):
            limit = self.code_limit
            too_large = (
                f"the request body is over {_size(limit)}, the limit of /api/code without the write "
                f"token (serve --max-code-bytes); with the token it is {_size(self.limit)}"
            )
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            return await JSONResponse({"detail": too_large}, status_code=413)(scope, receive, send)
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > limit:
                raise HTTPException(413, too_large)
            return message

        await self.app(scope, counted, send)


# -- security headers -----------------------------------------------------------------------


def inline_script_hashes(html: str) -> list[str]:
    """CSP sources for the inline scripts of a page (its import map): allowed by their hash, so
    no other inline script runs."""
    found = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, re.DOTALL | re.IGNORECASE)
    return [f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'" for s in found]


def content_security_policy(script_hashes: Iterable[str] = ()) -> str:
    """Everything from this server only: scripts, styles, data, and no framing by other pages."""
    scripts = " ".join(["'self'", *script_hashes])
    return (
        "default-src 'self'; "
        f"script-src {scripts}; "
        "style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )


class SecurityHeaders:
    """Adds the headers to every answer, the refusals of the other guards included."""

    def __init__(self, app: ASGIApp, csp: str) -> None:
        self.app = app
        self.headers = [
            (b"content-security-policy", csp.encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"DENY"),
            (b"referrer-policy", b"no-referrer"),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(n, v) for n, v in self.headers if n not in names]
                message = {
                    **message,
                    "headers": [*message.get("headers", []), *extra],
                }  # a copy: cached answers are reused
            await send(message)

        await self.app(scope, receive, with_headers)


# -- the Host allow-list -------------------------------------------------------------------------


def host_name(host: str) -> str:
    """The name in a Host header, without its port: 'Example.org:8000' -> 'example.org', '[::1]:80' -> '::1'."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:].partition("]")[0]
    return host.rpartition(":")[0] if host.count(":") == 1 else host


def is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def check_allowed_host(name: str) -> str:
    """An --allowed-host value, lower-cased: a host name, '*.example.org' (it and its subdomains) or '*'."""
    name = name.strip().lower().rstrip(".")
    if name == "*" or is_ip(name.strip("[]")):
        return name.strip("[]")
    if not re.fullmatch(r"(\*\.)?[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*", name):
        raise ValueError(f"{name!r} is not a host name (example.org, *.example.org or *)")
    return name


def default_allowed_hosts(bound: str) -> list[str]:
    """The names a server bound to `bound` answers to unless told more: localhost, and the bound
    name itself when it is one (an address is always answered, see AllowedHosts)."""
    bound = bound.strip("[]").lower()
    names = list(LOCAL_NAMES)
    if bound and not is_ip(bound) and bound not in names:
        names.append(bound)
    return names


class AllowedHosts:
    """A 400 for a request whose Host header names a host not in `allowed`: against DNS rebinding,
    where a page of another site reaches this server by a name of its own that it made point here.

    An IP address in the Host header is always answered (a page can only reach it by that address,
    so it is no other site's), as are names in `allowed`: exact, '*.example.org' for it and its
    subdomains, or '*' for any."""

    def __init__(self, app: ASGIApp, allowed: Iterable[str]) -> None:
        self.app = app
        self.allowed = [check_allowed_host(a) for a in allowed]
        self.any = "*" in self.allowed

    def allows(self, host: str) -> bool:
        name = host_name(host)
        if not name:
            return False
        if self.any or is_ip(name) or name in self.allowed:
            return True
        return any(a.startswith("*.") and (name == a[2:] or name.endswith(a[1:])) for a in self.allowed)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket") or self.any:
            return await self.app(scope, receive, send)
        host = Headers(scope=scope).get("host", "")
        if self.allows(host):
            return await self.app(scope, receive, send)
        name = host_name(host)
        detail = (
            f"this server does not answer to the host {name!r}; start it with --allowed-host {name} to let it"
            if name
            else "a Host header is required"
        )
        await JSONResponse({"detail": detail}, status_code=400)(scope, receive, send)


# -- slow and idle connections -------------------------------------------------------------------


class _RequestDeadline:
    """Mixed into uvicorn's HTTP protocol: a connection must deliver a whole request (head and body)
    within `request_timeout` seconds of opening, or of its previous answer; else it is answered
    408 (if it is between requests) and closed. uvicorn alone closes only connections idle after
    an answer: one that trickles its headers a byte at a time is kept for ever (slowloris).
    How long the app then takes to answer is not limited here."""

    request_timeout: float = 20.0
    _deadline: asyncio.TimerHandle | None = None

    def _arm(self) -> None:
        self._disarm()
        self._deadline = self.loop.call_later(self.request_timeout, self._expired)  # type: ignore[attr-defined]

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def connection_made(self, transport: Any) -> None:
        super().connection_made(transport)  # type: ignore[misc]
        self._arm()

    def on_response_complete(self) -> None:
        super().on_response_complete()  # type: ignore[misc]
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)  # type: ignore[misc]

    def _expired(self) -> None:
        self._deadline = None
        transport = self.transport  # type: ignore[attr-defined]
        cycle = self.cycle  # type: ignore[attr-defined]
        if transport.is_closing():
            return
        if cycle is not None and not cycle.response_complete and not cycle.more_body:
            return  # the request arrived whole: the app is answering it
        if cycle is None or cycle.response_complete:
            transport.write(TIMED_OUT)
        transport.close()


def guarded_protocol(request_timeout: float) -> type[asyncio.Protocol]:
    """uvicorn's HTTP protocol (httptools, else h11) with the request deadline."""
    from uvicorn.protocols.http.auto import AutoHTTPProtocol

    return type("GuardedHTTPProtocol", (_RequestDeadline, AutoHTTPProtocol), {"request_timeout": request_timeout})


def uvicorn_options(request_timeout: float, grace: float = GRACE_S) -> dict[str, Any]:
    """What `uvicorn.run` needs besides the app, host and port: the guarded protocol, idle
    connections closed after min(IDLE_S, request_timeout) seconds, and at shutdown the requests
    still waiting cancelled after `grace` seconds (uvicorn would wait for every queued article)."""
    return {
        "http": guarded_protocol(request_timeout),
        "timeout_keep_alive": max(1, min(IDLE_S, round(request_timeout))),
        "timeout_graceful_shutdown": grace,
    }
