"""
A mitmproxy addon for `npm run record:captures`: every request the proxy
receives is answered by the local sink (`--set sink=127.0.0.1:<port>`), never
by the host the client asked for, and is recorded under that host. Load it
before the HAR writer, so the writer sees the request as the client sent it.
"""

from mitmproxy import ctx, http


def load(loader):
    loader.add_option("sink", str, "", "host:port of the local sink that answers every request")


def request(flow: http.HTTPFlow) -> None:
    if not ctx.options.sink:
        # Without a sink nothing may go out: answer here.
        flow.response = http.Response.make(502, b"no sink configured", {"content-type": "text/plain"})
        return
    host, port = ctx.options.sink.rsplit(":", 1)
    asked = flow.request.data
    flow.metadata["asked"] = (asked.scheme, asked.host, asked.port)
    # The fields themselves, not the setters: those rewrite the Host header too.
    asked.scheme = b"http"
    asked.host = host
    asked.port = int(port)


def response(flow: http.HTTPFlow) -> None:
    asked = flow.metadata.get("asked")
    if asked:
        flow.request.data.scheme, flow.request.data.host, flow.request.data.port = asked
