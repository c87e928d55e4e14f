"""A read-only SPARQL 1.1 Protocol endpoint over a built OUTDIR.

Built on pyoxigraph and Python's :class:`http.server.ThreadingHTTPServer` rather
than the ``oxigraph serve`` binary, because that server accepts SPARQL Update and
Graph Store writes and cannot serve the map; here the store is opened read-only
(or loaded in memory from ``graph.json``) and every write is refused.

* ``GET /sparql?query=...`` and ``POST /sparql`` (``application/sparql-query`` or a
  form with ``query=``); ``update=`` or ``application/sparql-update`` -> 403.
* Results by content negotiation: SPARQL JSON (default), XML, CSV, TSV; Turtle
  (default) or N-Triples for CONSTRUCT/DESCRIBE; anything else -> 406.
* ``GET /`` serves ``OUTDIR/map.html``.
* Limits: request bodies over ``max_body`` bytes -> 413; results over ``max_rows``
  rows -> 400; queries running longer than ``timeout`` seconds -> 503.  pyoxigraph
  cannot cancel a running query, so a timed-out query is abandoned (its thread
  finishes in the background) and at most ``max_running`` queries run at once.
"""
from __future__ import annotations

import logging
import threading
import urllib.parse
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .errors import ActorgraphError, QueryError, StoreError
from .query import QueryResult, ResultTooLarge, UpdateRefused, execute_sparql, format_result, open_target

__all__ = ["ServerOptions", "SparqlServer", "make_server", "serve", "negotiate", "LOOPBACK"]

log = logging.getLogger(__name__)

LOOPBACK = ("127.0.0.1", "::1", "localhost")

_RESULT_TYPES = {  # media type -> format name, for SELECT and ASK
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
_GRAPH_TYPES = {  # for CONSTRUCT and DESCRIBE
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
    max_running: int = 4


def negotiate(accept: str | None, form: str) -> str | None:
    """The result format for an Accept header (None when nothing offered is acceptable)."""
    table = _GRAPH_TYPES if form in ("CONSTRUCT", "DESCRIBE") else _RESULT_TYPES
    default = "turtle" if table is _GRAPH_TYPES else "json"
    if not accept or not accept.strip():
        return default
    offers = []
    for i, part in enumerate(accept.split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for p in params:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        offers.append((-q, i, media.lower()))
    for negq, _, media in sorted(offers):
        if negq == 0:
            continue
        if media in table:
            return table[media]
        if media in ("*/*", "application/*", "text/*"):
            return default
    return None


class _Handler(BaseHTTPRequestHandler):
    server: "SparqlServer"
    server_version = "actorgraph-sparql"
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):  # noqa: D401 - route access logs to logging
        log.info("%s %s", self.address_string(), fmt % args)

    # ------------------------------------------------------------ responses
    def _send(self, status: int, body: bytes | str, ctype: str = "text/plain; charset=utf-8",
              extra: dict[str, str] | None = None) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _error(self, status: int, message: str) -> None:
        self._send(status, message.rstrip("\n") + "\n")

    # ------------------------------------------------------------ routes
    def do_GET(self) -> None:  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        if url.path in ("/", "/index.html", "/map.html"):
            return self._map()
        if url.path != "/sparql":
            return self._error(404, f"nothing at {url.path}; the SPARQL endpoint is /sparql")
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if "update" in params:
            return self._error(403, "this endpoint is read-only: SPARQL Update is refused")
        if "query" not in params:
            return self._error(400, "missing query: GET /sparql?query=SELECT...")
        self._query(params["query"][0])

    do_HEAD = do_GET

    def do_POST(self) -> None:  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            return self._error(404, f"nothing at {url.path}; the SPARQL endpoint is /sparql")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/sparql-update":
            return self._error(403, "this endpoint is read-only: SPARQL Update is refused")
        length = self.headers.get("Content-Length")
        if length is None:
            return self._error(411, "POST needs a Content-Length header")
        try:
            size = int(length)
        except ValueError:
            return self._error(400, "bad Content-Length header")
        if size > self.server.options.max_body:
            self.close_connection = True
            return self._error(413, f"request body over {self.server.options.max_body} bytes")
        body = self.rfile.read(size).decode("utf-8", "replace")
        if ctype == "application/sparql-query":
            return self._query(body)
        if ctype == "application/x-www-form-urlencoded":
            params = urllib.parse.parse_qs(body, keep_blank_values=True)
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
            res = self.server.run(text)
        except UpdateRefused as err:
            return self._error(403, str(err))
        except TimeoutError as err:
            return self._error(503, str(err))
        except ResultTooLarge as err:
            return self._error(400, str(err))
        except QueryError as err:
            return self._error(400, str(err))
        except ActorgraphError as err:
            return self._error(500, str(err))
        fmt = negotiate(self.headers.get("Accept"), res.form)
        if fmt is None:
            offered = _GRAPH_TYPES if res.form in ("CONSTRUCT", "DESCRIBE") else _RESULT_TYPES
            return self._error(406, "acceptable result types: " + ", ".join(offered))
        self._send(200, format_result(res, fmt), _FORMAT_TYPE[fmt] + "; charset=utf-8",
                   {"Vary": "Accept"})


class SparqlServer(ThreadingHTTPServer):
    """The endpoint; ``start()`` serves from a background thread, ``stop()`` shuts it down."""

    daemon_threads = True

    def __init__(self, target, outdir: Path | None, options: ServerOptions) -> None:
        self.target = target
        self.outdir = outdir
        self.options = options
        self._slots = threading.BoundedSemaphore(options.max_running)
        self._thread: threading.Thread | None = None
        super().__init__((options.host, options.port), _Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = f"[{host}]" if ":" in str(host) else host
        return f"http://{host}:{port}"

    def run(self, text: str) -> QueryResult:
        """Evaluate a query within the time limit, in a worker thread holding a slot."""
        if not self._slots.acquire(blocking=False):
            raise TimeoutError("too many queries running; retry later")
        box: dict = {}

        def work() -> None:
            try:
                box["result"] = execute_sparql(self.target, text, max_rows=self.options.max_rows)
            except BaseException as err:  # handed to the request thread
                # drop the frames: they hold pyoxigraph results, which must die on this thread
                err.__traceback__ = err.__context__ = err.__cause__ = None
                box["error"] = err
            finally:
                self._slots.release()

        worker = threading.Thread(target=work, name="sparql-query", daemon=True)
        worker.start()
        worker.join(self.options.timeout)
        if worker.is_alive():
            raise TimeoutError(f"the query ran over the {self.options.timeout:g} s time limit")
        if "error" in box:
            raise box["error"]
        return box["result"]

    def start(self) -> "SparqlServer":
        self._thread = threading.Thread(target=self.serve_forever, name="sparql-server", daemon=True)
        self._thread.start()
        return self

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
    if options.timeout <= 0:
        raise QueryError("--timeout must be a positive number of seconds")
    outdir = Path(outdir)
    target = open_target(outdir)
    try:
        return SparqlServer(target, outdir, options)
    except OSError as err:
        raise StoreError(f"cannot listen on {options.host}:{options.port} ({err}); "
                         "choose another --port or stop the other server") from err


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
