"""A read-only SPARQL 1.1 Protocol endpoint over a built OUTDIR.

Built on pyoxigraph and Python's :mod:`http.server` rather than the ``oxigraph serve`` binary,
because that server accepts SPARQL Update and Graph Store writes and cannot serve the map; here
the store is opened read-only (or loaded in memory from ``graph.json``) and every write is refused.

* ``GET /sparql?query=...`` and ``POST /sparql`` (``application/sparql-query`` or a
  form with ``query=``); ``update=`` or ``application/sparql-update`` -> 403.
* Results by content negotiation: SPARQL JSON (default), XML, CSV, TSV; Turtle
  (default) or N-Triples for CONSTRUCT/DESCRIBE; anything else -> 406.
* ``GET /`` serves ``OUTDIR/map.html``.
* Queries run in worker processes (:mod:`graph.sparql.querypool`): one running longer than ``timeout``
  seconds is stopped (its worker killed and replaced) and answered 503; so is a request that
  finds every worker busy for ``timeout`` seconds.  Results over ``max_rows`` rows -> 400;
  ``SERVICE`` -> 403 unless ``allow_service``.
* Connections: ``threads`` handler threads take requests from a queue of ``backlog``
  (beyond it: 503 at once); the request line and headers, and then the body, must each arrive
  within ``read_timeout`` seconds.  Request bodies over ``max_body`` bytes -> 413; a malformed
  ``Content-Length`` -> 400.
* ``Host`` must name this server (loopback names and the bound address, with its port, plus
  ``allowed_hosts``; ``*`` accepts any), against DNS rebinding -> 403 otherwise.
"""
from __future__ import annotations

import io
import logging
import queue
import re
import socket
import threading
import time
import urllib.parse
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import mimeparse

from ..errors import ActorgraphError, QueryError, StoreError
from .querypool import PoolBusy, QueryJob, QueryPool, QueryTimeout
from .sparqlscan import ServiceRefused, UpdateRefused, query_form, refuse_service

__all__ = ["ServerOptions", "SparqlServer", "make_server", "serve", "negotiate", "host_allowed", "LOOPBACK"]

log = logging.getLogger(__name__)

LOOPBACK = ("127.0.0.1", "::1", "localhost")
_WILDCARD = ("0.0.0.0", "::", "")
_WRITE_TIMEOUT = 60.0  # seconds to send one response
_CONTENT_LENGTH = re.compile(r"[0-9]{1,18}")
_BUSY_TEXT = b"too many connections waiting; retry later\n"
_BUSY = (b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
         b"Content-Length: %d\r\nConnection: close\r\n\r\n%s" % (len(_BUSY_TEXT), _BUSY_TEXT))

_RESULT_TYPES = {  # media type -> format name, for SELECT and ASK, in order of preference
    "application/sparql-results+json": "json",
    "application/json": "json",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
}
_GRAPH_TYPES = {  # for CONSTRUCT and DESCRIBE, in order of preference
    "text/turtle": "turtle",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
}
_FORMAT_TYPE = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
                "ntriples": "application/n-triples"}


@dataclass(frozen=True)
class ServerOptions:
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 30.0  # seconds per query
    max_rows: int = 100_000
    max_body: int = 1_000_000  # bytes
    max_running: int = 4  # query worker processes
    threads: int = 16  # connection handler threads
    backlog: int = 64  # accepted connections waiting for a thread
    read_timeout: float = 5.0  # seconds for a request's line and headers, and again for its body
    allowed_hosts: tuple[str, ...] = ()  # more Host names to accept ("*": any)
    allow_service: bool = False


def negotiate(accept: str | None, form: str) -> str | None:
    """The result format for an Accept header (None when nothing offered is acceptable), by
    python-mimeparse's RFC 9110 matching: quality weights, ``type/*`` and ``*/*`` ranges.
    Among equal matches the earlier media type of the table wins (its first is the default), so
    ``text/*`` gets a text format and ``*/*`` the default."""
    table = _GRAPH_TYPES if form in ("CONSTRUCT", "DESCRIBE") else _RESULT_TYPES
    if not accept or not accept.strip():
        return next(iter(table.values()))
    try:
        best = mimeparse.best_match(list(reversed(table)), accept)
    except (ValueError, IndexError):  # a media range that is no type/subtype pair
        return None
    return table.get(best)


def _host_name(host: str) -> str:
    """A host as it appears in a Host header: IPv6 addresses in brackets, lower case."""
    host = host.strip().lower().rstrip(".")
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def host_allowed(header: str | None, allowed: frozenset[str], port: int) -> bool:
    """Whether a ``Host`` header names this server: one of ``allowed`` (see :func:`_host_name`)
    with our ``port`` (omitted: 80).  ``*`` in ``allowed`` accepts anything."""
    if "*" in allowed:
        return True
    if not header:
        return False
    header = header.strip().lower()
    if header.startswith("["):
        name, _, rest = header.partition("]")
        name, given = name + "]", rest[1:] if rest.startswith(":") else rest
    else:
        name, _, given = header.partition(":")
    return _host_name(name) in allowed and given == (str(port) if given or port != 80 else "")


class _DeadlineReader(io.RawIOBase):
    """A connection's reads, each allowed only the time left before the handler's deadline, so a
    request sent a byte at a time is dropped as surely as one that stalls."""

    def __init__(self, sock: socket.socket, handler: "_Handler") -> None:
        self.sock, self.handler = sock, handler

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        left = self.handler.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the request was not received in time")
        self.sock.settimeout(left)
        return self.sock.recv_into(buffer)


class _Handler(BaseHTTPRequestHandler):
    server: "SparqlServer"
    server_version = "actorgraph-sparql"
    protocol_version = "HTTP/1.1"
    deadline = 0.0

    def setup(self) -> None:
        super().setup()
        plain, self.rfile = self.rfile, io.BufferedReader(_DeadlineReader(self.connection, self))
        plain.close()

    def handle_one_request(self) -> None:
        self.restart_clock()
        super().handle_one_request()

    def restart_clock(self) -> None:
        self.deadline = time.monotonic() + self.server.options.read_timeout

    def log_message(self, fmt, *args):  # noqa: D401 - route access logs to logging
        log.info("%s %s", self.address_string(), fmt % args)

    # ------------------------------------------------------------ responses
    def _send(self, status: int, body: bytes | str, ctype: str = "text/plain; charset=utf-8",
              extra: dict[str, str] | None = None) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.connection.settimeout(_WRITE_TIMEOUT)
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _error(self, status: int, message: str) -> None:
        self.close_connection = True  # after an error, trust nothing more on this connection
        self._send(status, message.rstrip("\n") + "\n")

    # ------------------------------------------------------------ checks
    def _refused_host(self) -> bool:
        """Answer 403 unless the Host header names this server (DNS rebinding)."""
        host = self.headers.get("Host")
        if host_allowed(host, self.server.allowed_hosts, self.server.server_address[1]):
            return False
        shown = repr(host[:100]) if host else "missing"
        self._error(403, f"Host header {shown} does not name this server; start `actorgraph serve` "
                         "with --allowed-host NAME to accept it")
        return True

    def _body(self) -> bytes | None:
        """The request body, or None once an error has been answered."""
        if self.headers.get("Transfer-Encoding"):
            self._error(501, "chunked request bodies are not supported: send a Content-Length")
            return None
        lengths = {v.strip() for v in self.headers.get_all("Content-Length") or ()}
        if not lengths:
            self._error(411, "POST needs a Content-Length header")
            return None
        length = lengths.pop()
        if lengths or not _CONTENT_LENGTH.fullmatch(length):
            self._error(400, "bad Content-Length header: give the body's size in bytes, once")
            return None
        if int(length) > self.server.options.max_body:
            self._error(413, f"request body over {self.server.options.max_body} bytes")
            return None
        self.restart_clock()
        try:
            body = self.rfile.read(int(length))
        except TimeoutError:
            self._error(408, f"the body did not arrive within {self.server.options.read_timeout:g} s")
            return None
        if len(body) < int(length):
            self._error(400, "the body is shorter than its Content-Length")
            return None
        return body

    # ------------------------------------------------------------ routes
    def do_GET(self) -> None:  # noqa: N802
        if self.headers.get("Content-Length") or self.headers.get("Transfer-Encoding"):
            self.close_connection = True  # a body we do not read must not be taken for a request
        if self._refused_host():
            return
        url = urllib.parse.urlsplit(self.path)
        if url.path in ("/", "/index.html", "/map.html"):
            return self._map()
        if url.path != "/sparql":
            return self._error(404, f"nothing at {url.path[:200]}; the SPARQL endpoint is /sparql")
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if "update" in params:
            return self._error(403, "this endpoint is read-only: SPARQL Update is refused")
        if "query" not in params:
            return self._error(400, "missing query: GET /sparql?query=SELECT...")
        self._query(params["query"][0])

    do_HEAD = do_GET

    def do_POST(self) -> None:  # noqa: N802
        if self._refused_host():
            return
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            return self._error(404, f"nothing at {url.path[:200]}; the SPARQL endpoint is /sparql")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/sparql-update":
            return self._error(403, "this endpoint is read-only: SPARQL Update is refused")
        body = self._body()
        if body is None:
            return
        text = body.decode("utf-8", "replace")
        if ctype == "application/sparql-query":
            return self._query(text)
        if ctype == "application/x-www-form-urlencoded":
            params = urllib.parse.parse_qs(text, keep_blank_values=True)
            if "update" in params:
                return self._error(403, "this endpoint is read-only: SPARQL Update is refused")
            if "query" not in params:
                return self._error(400, "missing query= in the form")
            return self._query(params["query"][0])
        self._error(415, "POST application/sparql-query or an application/x-www-form-urlencoded form")

    def _map(self) -> None:
        path = self.server.outdir / "map.html" if self.server.outdir else None
        if path is None or not path.is_file():
            return self._error(404, "no map.html in this output directory; the SPARQL endpoint is /sparql")
        self._send(200, path.read_bytes(), "text/html; charset=utf-8")

    def _query(self, text: str) -> None:
        try:
            form = query_form(text)
            refuse_service(text, self.server.options.allow_service)
        except (UpdateRefused, ServiceRefused) as err:
            return self._error(403, str(err))
        except QueryError as err:
            return self._error(400, str(err))
        fmt = negotiate(self.headers.get("Accept"), form)
        if fmt is None:
            offered = _GRAPH_TYPES if form in ("CONSTRUCT", "DESCRIBE") else _RESULT_TYPES
            return self._error(406, "acceptable result types: " + ", ".join(offered))
        try:
            body = self.server.run(text, fmt)
        except (QueryTimeout, PoolBusy) as err:
            return self._error(503, str(err))
        except (UpdateRefused, ServiceRefused) as err:
            return self._error(403, str(err))
        except QueryError as err:
            return self._error(400, str(err))
        except ActorgraphError as err:
            return self._error(500, str(err))
        self._send(200, body, _FORMAT_TYPE[fmt] + "; charset=utf-8", {"Vary": "Accept"})


class SparqlServer(HTTPServer):
    """The endpoint; ``start()`` serves from a background thread, ``stop()`` shuts it down.

    Accepted connections wait in a queue of ``options.backlog`` for one of ``options.threads``
    handler threads (a full queue is answered 503 at once); queries go to a :class:`QueryPool`.
    """

    def __init__(self, outdir: Path, options: ServerOptions) -> None:
        self.outdir = outdir
        self.options = options
        self.address_family = socket.AF_INET6 if ":" in options.host else socket.AF_INET
        try:
            super().__init__((options.host, options.port), _Handler)
        except OSError as err:
            raise StoreError(f"cannot listen on {options.host}:{options.port} ({err}); "
                             "choose another --port or stop the other server") from err
        self.allowed_hosts = self._allowed_hosts()
        self._requests: queue.Queue = queue.Queue(maxsize=max(1, options.backlog))
        self._handlers = [threading.Thread(target=self._handle_requests, name="sparql-http", daemon=True)
                          for _ in range(max(1, options.threads))]
        self._thread: threading.Thread | None = None
        try:
            self.pool = QueryPool(str(outdir), options.max_running)
        except BaseException:
            super().server_close()
            raise
        for t in self._handlers:
            t.start()

    def _allowed_hosts(self) -> frozenset[str]:
        names = set(map(_host_name, LOOPBACK)) | {_host_name(h) for h in self.options.allowed_hosts}
        if self.options.host not in _WILDCARD:
            names.add(_host_name(self.options.host))
        return frozenset(names)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = f"[{host}]" if ":" in str(host) else host
        return f"http://{host}:{port}"

    def run(self, text: str, fmt: str) -> bytes:
        """A query's formatted result, from a worker process, within the time limit."""
        job = QueryJob(text, fmt, self.options.max_rows, self.options.allow_service)
        return self.pool.run(job, self.options.timeout)

    # ------------------------------------------------------------ the bounded thread pool
    def process_request(self, request, client_address) -> None:
        try:
            self._requests.put_nowait((request, client_address))
        except queue.Full:
            try:
                request.settimeout(1)
                request.sendall(_BUSY)
            except OSError:
                pass
            self.shutdown_request(request)

    def _handle_requests(self) -> None:
        while True:
            item = self._requests.get()
            if item is None:
                return
            request, client_address = item
            try:
                self.finish_request(request, client_address)
            except Exception as err:  # noqa: BLE001 - one bad connection never stops a thread
                self.handle_error(request, client_address, err)
            finally:
                self.shutdown_request(request)

    def handle_error(self, request, client_address, err: BaseException | None = None) -> None:
        log.warning("connection from %s failed: %s", client_address[0] if client_address else "?", err)

    def start(self) -> "SparqlServer":
        self._thread = threading.Thread(target=self.serve_forever, name="sparql-server", daemon=True)
        self._thread.start()
        return self

    def server_close(self) -> None:
        super().server_close()
        for _ in self._handlers:
            try:
                self._requests.put((None), timeout=1)
            except queue.Full:
                break
        self.pool.close()

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
        if self._thread:
            self._thread.join(5)


def make_server(outdir: str | Path, options: ServerOptions | None = None) -> SparqlServer:
    """A (not yet serving) endpoint over ``outdir``'s store, or its graph.json loaded in memory.

    ``port=0`` picks a free port (see ``server.url``).
    """
    options = options or ServerOptions()
    if not options.timeout > 0 or not options.read_timeout > 0:
        raise QueryError("--timeout must be a positive number of seconds")
    if options.max_rows is not None and options.max_rows < 1:
        raise QueryError("--max-rows must be at least 1")
    return SparqlServer(Path(outdir), options)


def serve(outdir: str | Path, options: ServerOptions | None = None, ready=None) -> None:
    """Serve until interrupted; ``ready(server)`` is called once listening."""
    server = make_server(outdir, options)
    if ready:
        ready(server)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
