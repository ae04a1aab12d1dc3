"""waitress's HTTP channel for `kpibot serve`: the same bytes read and written, for less work.

Two of waitress's methods, copied from waitress 3.0.2 (ZPL 2.1) with one change each; everything
else is waitress's own (tests/unit/test_ack_cuts31.py checks the copies against the installed
waitress's source, and both against waitress over fuzzed requests and answers):

- `Parser.parse_header`: a single byte looked for in a header line as an int (`13 in line`, not
  `b"\\r" in line`: `bytes.__contains__` tries its argument as an int first, and for a bytes
  argument formats and clears a TypeError each time, 27 a served request, ~58 k instructions),
  and a header name looked for in the dict rather than a KeyError raised and caught for each
  header. The same headers, the same errors.
- `Task.write`: the response's header and its first piece of body handed to the channel as one
  (waitress wrote each on its own: two `send` system calls, two releases of the GIL, and the
  channel's buffer work twice for every answer). The same bytes, in the same order.

ack31 (bench/HISTORY.md): counted per served /logmeeting."""

from __future__ import annotations

from typing import Any

from waitress.buffers import OverflowableBuffer
from waitress.channel import HTTPChannel
from waitress.parser import (
    HTTPRequestParser,
    ParsingError,
    TransferEncodingNotImplemented,
    crack_first_line,
    split_uri,
)
from waitress.receiver import ChunkedReceiver, FixedStreamReceiver
from waitress.rfc7230 import HEADER_FIELD_RE, ONLY_DIGIT_RE
from waitress.server import BaseWSGIServer, MultiSocketServer
from waitress.task import WSGITask

_CR, _LF, _UNDERSCORE = 13, 10, 95  # b"\r", b"\n", b"_" as the ints `in` takes at once


def header_lines(header: bytes) -> list[bytes]:
    """waitress.parser.get_header_lines: the header split into lines, a folded line joined to
    the one before."""
    r: list[bytes] = []
    lines = header.split(b"\r\n")

    for line in lines:
        if not line:
            continue

        if _CR in line or _LF in line:
            raise ParsingError(f'Bare CR or LF found in header line "{str(line, "latin-1")}"')

        if line.startswith((b" ", b"\t")):
            if not r:
                # https://corte.si/posts/code/pathod/pythonservers/index.html
                raise ParsingError(f'Malformed header line "{str(line, "latin-1")}"')
            r[-1] += line
        else:
            r.append(line)

    return r


class Parser(HTTPRequestParser):
    def parse_header(self, header_plus: bytes) -> None:
        """waitress.parser.HTTPRequestParser.parse_header."""
        index = header_plus.find(b"\r\n")

        if index >= 0:
            first_line = header_plus[:index].rstrip()
            header = header_plus[index + 2 :]
        else:
            raise ParsingError("HTTP message header invalid")

        if _CR in first_line or _LF in first_line:
            raise ParsingError("Bare CR or LF found in HTTP message")

        self.first_line = first_line  # for testing

        lines = header_lines(header)

        headers = self.headers

        for line in lines:
            found = HEADER_FIELD_RE.match(line)

            if not found:
                raise ParsingError("Invalid header")

            key, value = found.group("name", "value")

            if _UNDERSCORE in key:
                continue

            # Only strip off whitespace that is considered valid whitespace by
            # RFC7230, don't strip the rest
            value = value.strip(b" \t")
            key1 = key.upper().replace(b"-", b"_").decode("latin-1")
            # If a header already exists, we append subsequent values separated by a comma.
            if key1 in headers:
                headers[key1] += (b", " + value).decode("latin-1")
            else:
                headers[key1] = value.decode("latin-1")

        # command, uri, version will be bytes
        command, uri, version = crack_first_line(first_line)
        if command == uri == version == b"":
            raise ParsingError("Start line is invalid")

        self.request_uri = uri.decode("latin-1")
        version = version.decode("latin-1")
        command = command.decode("latin-1")
        self.command = command
        self.version = version
        (
            self.proxy_scheme,
            self.proxy_netloc,
            self.path,
            self.query,
            self.fragment,
        ) = split_uri(uri)
        self.url_scheme = self.adj.url_scheme
        connection = headers.get("CONNECTION", "")

        if version == "1.0":
            if connection.lower() != "keep-alive":
                self.connection_close = True

        if version == "1.1":
            te = headers.pop("TRANSFER_ENCODING", "")
            encodings = [encoding.strip(" \t").lower() for encoding in te.split(",") if encoding]

            for encoding in encodings:
                if encoding not in {"chunked"}:
                    raise TransferEncodingNotImplemented(
                        "Transfer-Encoding requested is not supported."
                    )

            if encodings and encodings[-1] == "chunked":
                self.chunked = True
                buf = OverflowableBuffer(self.adj.inbuf_overflow)
                self.body_rcv = ChunkedReceiver(buf)
            elif encodings:  # pragma: nocover
                raise TransferEncodingNotImplemented(
                    "Transfer-Encoding requested is not supported."
                )

            expect = headers.get("EXPECT", "").lower()
            self.expect_continue = expect == "100-continue"

            if connection.lower() == "close":
                self.connection_close = True

        if not self.chunked:
            cl = headers.get("CONTENT_LENGTH", "0")

            if not ONLY_DIGIT_RE.match(cl.encode("latin-1")):
                raise ParsingError("Content-Length is invalid")

            cl = int(cl)
            self.content_length = cl

            if cl > 0:
                buf = OverflowableBuffer(self.adj.inbuf_overflow)
                self.body_rcv = FixedStreamReceiver(cl, buf)


class Task(WSGITask):
    def write(self, data: bytes) -> None:
        """waitress.task.Task.write, the header handed to the channel with the first piece of
        the body (it was handed on alone first): the bytes and their order as before."""
        if not self.complete:
            raise RuntimeError("start_response was not called before body written")
        channel = self.channel
        head = b""
        if not self.wrote_header:
            head = self.build_response_header()

        if data and self.has_body:
            towrite = data
            cl = self.content_length
            if self.chunked_response:
                # use chunked encoding response
                towrite = hex(len(data))[2:].upper().encode("latin-1") + b"\r\n"
                towrite += data + b"\r\n"
            elif cl is not None:
                towrite = data[: cl - self.content_bytes_written]
                self.content_bytes_written += len(towrite)
                if towrite != data and not self.logged_write_excess:
                    self.logger.warning(
                        "application-written content exceeded the number of "
                        f"bytes specified by Content-Length header ({cl})"
                    )
                    self.logged_write_excess = True
            if head:
                channel.write_soon(head + towrite)
                self.wrote_header = True
            elif towrite:
                channel.write_soon(towrite)
            return
        if head:
            channel.write_soon(head)
            self.wrote_header = True
        if data:
            # Cheat, and tell the application we have written all of the bytes,
            # even though the response shouldn't have a body and we are
            # ignoring it entirely.
            self.content_bytes_written += len(data)

            if not self.logged_write_no_body:
                self.logger.warning(
                    "application-written content was ignored due to HTTP "
                    f"response that may not contain a message-body: ({self.status})"
                )
                self.logged_write_no_body = True


class Channel(HTTPChannel):
    parser_class = Parser
    task_class = Task


def use_channel(server: Any) -> None:
    """Every listener of a server `waitress.create_server` made (one, or several in a
    MultiSocketServer's map) makes its connections' channels as `Channel`."""
    listeners = server.map.values() if isinstance(server, MultiSocketServer) else [server]
    for listener in list(listeners):
        if isinstance(listener, BaseWSGIServer):
            listener.channel_class = Channel
